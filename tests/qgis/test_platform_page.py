"""The "Urban data platform" dock page against a real SensorThings server, driven like a user would."""

import pytest
from qgis.core import QgsProject, QgsSettings

from smartcity_qgis.core.platforms.connection import Platform
from smartcity_qgis.qgisbridge.connections import delete_connection, load_connections, save_connection
from tests.qgis.conftest import destroy_widget, wait_until_idle

CONNECTION = "Herrenberg Sensoren"


@pytest.fixture
def page(provider, sensorthings):
    from smartcity_qgis.ui.platform_page import PlatformPage

    save_connection(CONNECTION, Platform("sensorthings", sensorthings.base_url))
    widget = PlatformPage()
    widget.connection.setCurrentText(CONNECTION)
    yield widget
    destroy_widget(widget)
    delete_connection(CONNECTION)


def select(page, stream_names):
    page.tree.clearSelection()
    for index in range(page.tree.topLevelItemCount()):
        parent = page.tree.topLevelItem(index)
        for child_index in range(parent.childCount()):
            child = parent.child(child_index)
            child.setSelected(child.text(0) in stream_names)


def test_connections_store_only_the_authcfg_id(qgis_app):
    platform = Platform(
        "ngsi-ld", "https://broker.example", "ParkingSpot", tenant="herrenberg", authcfg="abc1234"
    )
    save_connection("Broker", platform)
    try:
        assert load_connections()["Broker"] == platform
        settings = QgsSettings()
        stored = {key.rsplit("/", 1)[1] for key in settings.allKeys() if "connections/Broker" in key}
        assert stored == {"kind", "url", "entity_type", "tenant", "service_path", "context", "authcfg"}
    finally:
        delete_connection("Broker")
    assert "Broker" not in load_connections()


def test_load_browse_search_and_add_to_map(page, sensorthings):
    page.load()
    wait_until_idle(page)
    things = {
        page.tree.topLevelItem(i).text(0): page.tree.topLevelItem(i).childCount()
        for i in range(page.tree.topLevelItemCount())
    }
    assert things == {
        "Parkhaus Altstadt": 2,
        "Pegel Ammer": 1,
        "Wetterstation Schönbuch": 1,
        "Zähler ohne Ort": 1,
    }
    page.search.setText("pegel")
    visible = [
        page.tree.topLevelItem(i).text(0)
        for i in range(page.tree.topLevelItemCount())
        if not page.tree.topLevelItem(i).isHidden()
    ]
    assert visible == ["Pegel Ammer"]
    page.search.clear()
    select(page, {"Parkhaus Altstadt frei", "Zähler ohne Ort"})
    layer = page.add_to_map()
    try:
        values = {feature["stream"]: feature["value"] for feature in layer.getFeatures()}
        assert values == {"Parkhaus Altstadt frei": 2999 % 400, "Zähler ohne Ort": 3}
        # a new observation on the server → refresh updates the value in place
        sensorthings.server.add_observations(
            sensorthings.ids["Zähler ohne Ort"], [("2026-11-21T00:00:00Z", 99)], sensorthings.COUNTER_SITE
        )
        page.refresh_layers()
        wait_until_idle(page)
        values = {feature["stream"]: feature["value"] for feature in layer.getFeatures()}
        assert values["Zähler ohne Ort"] == 99
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_chart_of_a_custom_range(page, sensorthings):
    from qgis.PyQt.QtCore import QDateTime, Qt

    page.load()
    wait_until_idle(page)
    select(page, {"Parkhaus Altstadt frei"})
    page.range.setCurrentIndex(2)
    page.start.setDateTime(QDateTime.fromString("2026-11-12T00:00:00Z", Qt.ISODate))
    page.end.setDateTime(QDateTime.fromString("2026-11-12T05:59:59Z", Qt.ISODate))
    page.show_chart()
    wait_until_idle(page)
    assert len(page.chart.points) == 72, page.status.text()  # six hours of five-minute values
    assert page.chart.unit == "Stp"
    assert page.chart.grab().width() > 0  # paints without error


def test_errors_show_in_the_status_line(provider, local_server):
    from smartcity_qgis.ui.platform_page import PlatformPage

    save_connection("kaputt", Platform("sensorthings", local_server.url("/boom")))
    page = PlatformPage()
    try:
        page.connection.setCurrentText("kaputt")
        page.load()
        wait_until_idle(page)
        assert "HTTP 500" in page.status.text()
        assert page.tree.topLevelItemCount() == 0
    finally:
        destroy_widget(page)
        delete_connection("kaputt")


def test_add_to_map_adds_a_live_native_layer_where_qgis_has_one(page, sensorthings):
    from qgis.core import Qgis

    page.load()
    wait_until_idle(page)
    select(page, {"Pegel Ammer", "Parkhaus Altstadt frei", "Zähler ohne Ort"})
    before = set(QgsProject.instance().mapLayers())
    snapshot = page.add_to_map()
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    try:
        native = [layer for layer in added if layer.providerType() == "sensorthings"]
        if Qgis.QGIS_VERSION_INT < 33600:
            assert not page.add_native.isChecked() and native == []
            return
        assert len(native) == 1
        layer = native[0]
        assert "pageSize='100'" in layer.source()
        # the server's own coordinates of the two Things that have a Location
        places = {
            f["name"]: (round(f.geometry().asPoint().x(), 4), round(f.geometry().asPoint().y(), 4))
            for f in layer.getFeatures()
        }
        assert places == {"Parkhaus Altstadt": (8.8707, 48.5953), "Pegel Ammer": (8.865, 48.592)}
        assert layer.metadata().abstract().splitlines() == [
            "Parkhaus Altstadt frei — Freie Stellplätze (Stp)",
            "Pegel Ammer — Wasserstand (cm)",
        ]
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in added])
    assert snapshot is not None
