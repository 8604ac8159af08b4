"""Folders of the demo."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = REPO / "smartcity_qgis" / "example"  # the demo town, shipped in the plugin
