"""Where numba keeps the compiled heavy-rain kernels: in the user profile, one folder per plugin
version. The plugin folder may be read-only and is replaced by every update; the profile keeps the
kernels from one run to the next, and an update compiles them once."""

import configparser
import shutil
from pathlib import Path

from qgis.core import QgsApplication

PACKAGE = Path(__file__).resolve().parent.parent
PREFIX = "numba-"


def plugin_version():
    """The ``version`` of the plugin's metadata.txt (beside the package when run from a checkout)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read([PACKAGE / "metadata.txt", PACKAGE.parent / "metadata.txt"], encoding="utf-8")
    return parser.get("general", "version", fallback="0")


def kernel_cache_folder():
    """``(folder, new)``: this version's kernel folder in the profile, and whether it is new (the
    kernels are compiled on this run). Folders of other plugin versions are removed."""
    root = Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "smartcity_qgis"
    folder = root / (PREFIX + plugin_version())
    if root.is_dir():
        for old in root.glob(PREFIX + "*"):
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
    new = not folder.is_dir() or not any(folder.rglob("*.nbi"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder, new
