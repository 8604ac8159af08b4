"""The dock's layer pickers preselect what a user means: car parks, not buildings, as facilities;
the observation table; schools and homes by name; the twin page's id and height fields, never
the file's row number."""

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from tests.qgis.conftest import destroy_widget


def town():
    layers = [
        QgsVectorLayer(
            "Polygon?crs=EPSG:25832&field=fid:integer&field=gml_id:string&field=measuredHeight:double",
            "Gebäude",
            "memory",
        ),
        QgsVectorLayer(
            "Point?crs=EPSG:25832&field=name:string&field=capacity:integer", "Parkhäuser", "memory"
        ),
        QgsVectorLayer(
            "None?field=stream_id:string&field=time:datetime&field=value:double", "Belegung", "memory"
        ),
        QgsVectorLayer("Point?crs=EPSG:25832&field=name:string", "Adressen", "memory"),
        QgsVectorLayer("Point?crs=EPSG:25832&field=name:string", "Schulen", "memory"),
        QgsVectorLayer("LineString?crs=EPSG:25832&field=highway:string", "Wege", "memory"),
    ]
    QgsProject.instance().addMapLayers(layers)
    return {layer.name(): layer for layer in layers}


def test_pages_preselect_the_layers_by_name_and_fields(provider):
    from smartcity_qgis.ui.parking_page import ParkingPage
    from smartcity_qgis.ui.school_page import SchoolRoutesPage

    parking, school = ParkingPage(), SchoolRoutesPage()  # created before the layers exist
    layers = town()
    try:
        assert parking.facilities.currentLayer() is layers["Parkhäuser"]
        assert parking.observations.currentLayer() is layers["Belegung"]
        assert school.schools.currentLayer() is layers["Schulen"]
        assert school.homes.currentLayer() is layers["Adressen"]
        assert school.network.currentLayer() is layers["Wege"]
        school.schools.setLayer(layers["Adressen"])
        school.schools.activated.emit(0)  # the user's own choice stays
        QgsProject.instance().addMapLayer(QgsVectorLayer("Point?crs=EPSG:25832", "Grundschulen", "memory"))
        assert school.schools.currentLayer() is layers["Adressen"]
    finally:
        destroy_widget(parking)
        destroy_widget(school)
        QgsProject.instance().removeAllMapLayers()


def test_twin_page_preselects_id_and_height_and_leaves_the_row_number_out(provider):
    from smartcity_qgis.ui.twin_page import TwinExportPage

    layers = town()
    page = TwinExportPage()
    try:
        page.layer.setLayer(layers["Gebäude"])
        assert page.id_field.currentField() == "gml_id"
        assert page.height_field.currentField() == "measuredHeight"
        states = {page.fields.item(row, 0).text(): page.fields.item(row, 0).checkState() for row in range(3)}
        assert states == {
            "fid": Qt.CheckState.Unchecked,
            "gml_id": Qt.CheckState.Checked,
            "measuredHeight": Qt.CheckState.Checked,
        }
        assert "fid" not in page.chosen_fields()
    finally:
        destroy_widget(page)
        QgsProject.instance().removeAllMapLayers()
