"""The "Parking" dock page: statistics and report in the background, summary table, report opened."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, Qt

from tests.qgis.conftest import destroy_widget, wait_until_idle


@pytest.fixture
def town_layers(qgis_app):
    facilities = QgsVectorLayer(
        "Point?crs=EPSG:25832&field=stream_id:string&field=capacity:double", "P", "memory"
    )
    for index, (key, capacity) in enumerate((("P1", 100.0), ("P2", 40.0))):
        feature = QgsFeature(facilities.fields())
        feature.setAttributes([key, capacity])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(497000 + 300 * index, 5380000)))
        facilities.dataProvider().addFeature(feature)
    observations = QgsVectorLayer(
        "None?field=stream_id:string&field=time:datetime&field=value:double", "O", "memory"
    )
    start = QDateTime.fromString("2026-11-16T00:00:00Z", Qt.ISODate)
    for hour in range(48):
        for key, free in (("P1", 10.0 if 9 <= hour % 24 < 13 else 60.0), ("P2", 30.0)):
            feature = QgsFeature(observations.fields())
            feature.setAttributes([key, start.addSecs(3600 * hour), free])
            observations.dataProvider().addFeature(feature)
    QgsProject.instance().addMapLayers([facilities, observations])
    yield facilities, observations
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture
def page(provider, town_layers):
    from smartcity_qgis.ui.parking_page import ParkingPage

    widget = ParkingPage()
    widget.facilities.setLayer(town_layers[0])
    widget.observations.setLayer(town_layers[1])
    yield widget
    destroy_widget(widget)


def test_statistics_fill_the_summary_and_add_layers(page):
    page.compute_statistics()
    wait_until_idle(page)
    assert page.summary.rowCount() == 2
    assert [page.summary.item(0, column).text() for column in range(3)] == ["P1", "48%", "17%"]
    names = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    assert "Facility statistics" in names and "Weekday × hour profile" in names


def test_report_is_written_into_the_results_folder_and_opened(page, monkeypatch, tmp_path):
    from smartcity_qgis.qgisbridge.project_outputs import choose_folder

    choose_folder(str(tmp_path))
    opened = []
    monkeypatch.setattr("smartcity_qgis.ui.parking_page.QDesktopServices.openUrl", opened.append)
    page.create_report()
    wait_until_idle(page)
    assert len(opened) == 1 and opened[0].toLocalFile() == page.report_path
    assert page.report_path == str(tmp_path / "parking-report.html")
    with open(page.report_path, encoding="utf-8") as report:
        assert "<svg" in report.read()
    choose_folder("")


def test_without_a_results_folder_the_report_asks_where_to_save(page, monkeypatch, tmp_path):
    asked = []

    def save_dialog(*arguments):
        asked.append(arguments)
        return "", ""  # the user cancels

    monkeypatch.setattr("smartcity_qgis.ui.parking_page.QFileDialog.getSaveFileName", save_dialog)
    page.create_report()
    assert len(asked) == 1 and not page.busy()


def test_a_failed_run_shows_its_message(page, town_layers):
    page.fields["FACILITY_ID"][1].setField("capacity")  # ids that match no observation
    page.compute_statistics()
    wait_until_idle(page)
    assert "No observation belongs to a known facility" in page.status.text()
