"""The repository zip follows the QGIS plugin repository's upload rules."""

import configparser
import os
import subprocess
import zipfile

import pytest

from tests.conftest import REPO

REQUIRED = (
    "name",
    "description",
    "about",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "tracker",
    "repository",
    "homepage",
    "tags",
    "category",
    "icon",
)
MAX_BYTES = 25 * 1024 * 1024


@pytest.fixture(scope="module")
def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]


@pytest.fixture(scope="module")
def package(metadata):
    path = REPO / "dist" / f"smartcity_qgis-{metadata['version']}.zip"
    assert path.exists(), "run `make package` first"
    return path


def test_required_metadata(metadata):
    assert [key for key in REQUIRED if not metadata.get(key, "").strip()] == []
    assert (metadata["qgisMinimumVersion"], metadata["qgisMaximumVersion"]) == ("3.22", "3.44")  # the matrix
    assert metadata["hasProcessingProvider"] == "yes"


def test_zip_contents(package, metadata):
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    assert package.stat().st_size < MAX_BYTES
    assert all(name.startswith("smartcity_qgis/") for name in names)
    for required in (
        "metadata.txt",
        "LICENSE",
        "__init__.py",
        "resources_rc.py",
        "i18n/smartcity_qgis_de.qm",
        "core/twin/schemas/citygml/citygml/2.0/building.xsd",  # the validation's offline schemas
        "core/twin/schemas/citygml/LICENSE-citygml4j-Apache-2.0.txt",
        "core/twin/schemas/cityjson-2.0/cityjson.min.schema.json",
        metadata["icon"],
    ):
        assert f"smartcity_qgis/{required}" in names
    assert [name for name in names if "__pycache__" in name or name.endswith(".pyc")] == []
    assert [name for name in names if name.endswith((".so", ".dll", ".exe", ".ts"))] == []
    with zipfile.ZipFile(package) as archive:
        resources = archive.read("smartcity_qgis/resources_rc.py").decode()
    assert "from qgis.PyQt import QtCore" in resources and "import PyQt5" not in resources  # Qt 6 too


def test_unzipped_package_loads_in_qgis_process(package, tmp_path):
    """What "Install from ZIP" puts in the plugins folder works on its own."""
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    environment = dict(
        os.environ,
        QGIS_PLUGINPATH=str(plugins),
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
        QT_QPA_PLATFORM="offscreen",
    )
    for command in (["plugins", "enable", "smartcity_qgis"], ["list"]):
        answer = subprocess.run(
            ["qgis_process.bin", *command], env=environment, capture_output=True, text=True, timeout=300
        )
        assert answer.returncode == 0, answer.stdout + answer.stderr
    assert "smartcity:parkingfeed" in answer.stdout
