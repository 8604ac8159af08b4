"""The pure core must never import QGIS or Qt."""

import ast

from tests.conftest import REPO

FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "processing")


def imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module


def test_core_modules_import_no_qgis_or_qt():
    offenders = [
        (path.name, module)
        for path in (REPO / "smartcity_qgis" / "core").rglob("*.py")
        for module in imported_modules(path)
        if module.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_boundary_check_detects_a_qgis_import(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("from qgis.core import QgsVectorLayer\n")
    assert list(imported_modules(module)) == ["qgis.core"]
