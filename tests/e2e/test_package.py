"""The repository zip follows the QGIS plugin repository's upload rules."""

import configparser
import zipfile

import pytest

from tests.conftest import REPO

REQUIRED = (
    "name", "description", "about", "version", "qgisMinimumVersion", "author", "email",
    "tracker", "repository", "homepage", "tags", "category", "icon",
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
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["hasProcessingProvider"] == "yes"


def test_zip_contents(package, metadata):
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    assert package.stat().st_size < MAX_BYTES
    assert all(name.startswith("smartcity_qgis/") for name in names)
    for required in ("metadata.txt", "LICENSE", "__init__.py", "resources_rc.py",
                     "i18n/smartcity_qgis_de.qm", metadata["icon"]):
        assert f"smartcity_qgis/{required}" in names
    assert [name for name in names if "__pycache__" in name or name.endswith(".pyc")] == []
    assert [name for name in names if name.endswith((".so", ".dll", ".exe", ".ts"))] == []
