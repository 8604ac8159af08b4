"""The "Digital twin export" dock page: preview counts, field choice and the export in the background."""

import json

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from tests.qgis.conftest import destroy_widget, wait_until_idle

SQUARE = "POLYGON((490000 5382000, 490010 5382000, 490010 5382012, 490000 5382012, 490000 5382000))"
BOW_TIE = "POLYGON((490020 5382000, 490030 5382010, 490030 5382000, 490020 5382010, 490020 5382000))"


@pytest.fixture
def page(provider):
    from smartcity_qgis.ui.twin_page import TwinExportPage

    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:25832&field=nr:string&field=hoehe:double&field=risiko:integer&field=notiz:string",
        "Gebäude",
        "memory",
    )
    for values, wkt in (
        (["A", 9.0, 2, "Straße"], SQUARE),
        (["B", 6.0, 4, "Keller"], BOW_TIE),
        (["C", 5.0, 0, ""], ""),
    ):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        layer.dataProvider().addFeature(feature)
    QgsProject.instance().addMapLayer(layer)
    widget = TwinExportPage()
    widget.layer.setLayer(layer)
    yield widget
    destroy_widget(widget)
    QgsProject.instance().removeAllMapLayers()


def test_preview_counts_objects_repairs_and_gaps(page):
    assert (
        "2 city objects from 3 features; 1 invalid polygons will be repaired, 1 features"
        in page.preview.text()
    )
    assert [page.fields.item(row, 1).text() for row in range(4)] == ["string", "double", "int", "string"]


def test_export_cityjson_with_chosen_fields(page, tmp_path):
    page.id_field.setField("nr")
    page.height_field.setField("hoehe")
    page.fields.item(3, 0).setCheckState(Qt.Unchecked)  # no "notiz"
    page.format.setCurrentIndex(1)
    page.output.setFilePath(str(tmp_path / "gebaeude.gml"))
    page.export()
    wait_until_idle(page)
    target = tmp_path / "gebaeude.city.json"
    assert page.status.text() == f"Written to {target}."
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["CityObjects"]["A"]["attributes"] == {"hoehe": 9.0, "risiko": 2}
    assert {"B-1", "B-2"} <= set(document["CityObjects"])  # the repaired bow tie: two solids


def test_export_needs_an_output_file(page):
    page.export()
    assert not page.busy() and "output file" in page.status.text()
