"""The plugin's code keeps to forms that work on Qt 5 and Qt 6 (QGIS 3.x and QGIS 4)."""

import re

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "smartcity_qgis"
QT5_ONLY = {
    "PyQt5 imported directly (use qgis.PyQt)": re.compile(r"^\s*(from|import) PyQt5\b", re.M),
    "exec_() (use exec())": re.compile(r"\.exec_\("),
    "QAction from QtWidgets (use qgisbridge.compat.QAction)": re.compile(
        r"QtWidgets import[^\n]*\bQAction\b"
    ),
    "QgsField(name, QVariant type) (use qgisbridge.compat.field)": re.compile(
        r"QgsField\(\s*\w+\s*,\s*QVariant\."
    ),
    "parameterAsFields (use qgisbridge.compat.parameter_as_strings)": re.compile(r"\.parameterAsFields\("),
    "QVariant type constants (use QMetaType.Type)": re.compile(
        r"\bQVariant\.(Int|Double|String|DateTime|Date|Bool|LongLong)\b"
    ),
    "unscoped Qt enums (use e.g. Qt.TimeSpec.UTC)": re.compile(r"\bQt\.[A-Z]\w*\b(?!\.)"),
    "unscoped QGIS or Qt class enums (use a qgisbridge.compat constant or Class.Enum.Value)": re.compile(
        r"\bQ\w+\.[A-Z][a-z]\w*\b(?![.(\w])"
    ),
    "setFilters with layer filters (use qgisbridge.compat.set_layer_filters)": re.compile(
        r"\.setFilters\(\s*(LAYER_|QgsMapLayerProxyModel)"
    ),
    "updateClasses with a mode (use qgisbridge.compat.classify_jenks)": re.compile(
        r"\.updateClasses\(\w+,\s*\w"
    ),
}
COMPAT = PACKAGE / "qgisbridge" / "compat.py"


def offenders(pattern):
    return [
        path.relative_to(PACKAGE).as_posix()
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != COMPAT and path.name != "resources_rc.py" and pattern.search(path.read_text("utf-8"))
    ]


@pytest.mark.parametrize("form", QT5_ONLY)
def test_no_qt5_only_form_outside_the_compatibility_module(form):
    assert offenders(QT5_ONLY[form]) == []


def test_the_scan_finds_each_form():
    samples = {
        "PyQt5 imported directly (use qgis.PyQt)": "from PyQt5 import QtCore\n",
        "exec_() (use exec())": "dialog.exec_()\n",
        "QAction from QtWidgets (use qgisbridge.compat.QAction)": "from qgis.PyQt.QtWidgets import QAction\n",
        "QgsField(name, QVariant type) (use qgisbridge.compat.field)": "QgsField(name, QVariant.Int)\n",
        "parameterAsFields (use qgisbridge.compat.parameter_as_strings)": "self.parameterAsFields(p, n, c)\n",
        "QVariant type constants (use QMetaType.Type)": '("name", QVariant.String)\n',
        "unscoped Qt enums (use e.g. Qt.TimeSpec.UTC)": "edit.setTimeSpec(Qt.UTC)\n",
        "unscoped QGIS or Qt class enums (use a qgisbridge.compat constant or Class.Enum.Value)": (
            "layer.geometryType() == QgsWkbTypes.PolygonGeometry\nQMessageBox.Yes\n"
        ),
        "setFilters with layer filters (use qgisbridge.compat.set_layer_filters)": (
            "combo.setFilters(QgsMapLayerProxyModel.PointLayer)\n"
        ),
        "updateClasses with a mode (use qgisbridge.compat.classify_jenks)": (
            "renderer.updateClasses(layer, QgsGraduatedSymbolRenderer.Jenks, 5)\n"
        ),
    }
    assert all(QT5_ONLY[form].search(text) for form, text in samples.items())


def test_scoped_qgis_enum_forms_pass_the_scan():
    allowed = (
        "sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)\n"
        "item = QgsColorRampShader.ColorRampItem(0.5, color)\n"
        "path = QgsProcessing.TEMPORARY_OUTPUT\n"
    )
    assert not QT5_ONLY[
        "unscoped QGIS or Qt class enums (use a qgisbridge.compat constant or Class.Enum.Value)"
    ].search(allowed)
