"""The pure core must never import QGIS, Qt or the plugin's QGIS-facing layers, relative imports included."""

import ast

from tests.conftest import REPO

PACKAGE = REPO / "smartcity_qgis"
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "processing")
CORE = "smartcity_qgis.core"


def imported_modules(path, package):
    """Absolute names of the modules ``path`` imports; ``package`` resolves its relative imports."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                yield node.module
                continue
            parts = package.split(".")
            base = parts[: len(parts) - node.level + 1]
            yield ".".join(base + ([node.module] if node.module else []))


def module_package(path):
    relative = path.relative_to(REPO).with_suffix("")
    parts = relative.parts if relative.name == "__init__" else relative.parts[:-1]
    return ".".join(part for part in parts if part != "__init__")


def is_forbidden(module):
    top = module.split(".")[0]
    if top in FORBIDDEN:
        return True
    return top == "smartcity_qgis" and not (module == CORE or module.startswith(CORE + "."))


def test_core_modules_import_no_qgis_qt_or_outer_layers():
    offenders = [
        (path.relative_to(PACKAGE).as_posix(), module)
        for path in (PACKAGE / "core").rglob("*.py")
        for module in imported_modules(path, module_package(path))
        if is_forbidden(module)
    ]
    assert offenders == []


def test_boundary_check_detects_a_qgis_import(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("from qgis.core import QgsVectorLayer\n")
    modules = list(imported_modules(module, "smartcity_qgis.core.twin"))
    assert modules == ["qgis.core"] and is_forbidden(modules[0])


def test_boundary_check_detects_a_relative_import_of_an_outer_layer(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("from ...qgisbridge.layers import make_fields\nfrom ..errors import N_\n")
    modules = list(imported_modules(module, "smartcity_qgis.core.twin"))
    assert modules == ["smartcity_qgis.qgisbridge.layers", "smartcity_qgis.core.errors"]
    assert [is_forbidden(name) for name in modules] == [True, False]
