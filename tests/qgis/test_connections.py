"""Saved connections: from QGIS 3.36 on, SensorThings connections are QGIS's own (shared with the
Data Source Manager and the Browser), NGSI connections stay the plugin's; before, all are the plugin's."""

import pytest
from qgis.core import Qgis, QgsProviderRegistry, QgsSettings

from smartcity_qgis.core.platforms.connection import Platform
from smartcity_qgis.qgisbridge.connections import (
    GROUP,
    delete_connection,
    load_connections,
    native_sensorthings,
    save_connection,
)

NATIVE = Qgis.QGIS_VERSION_INT >= 33600
STA = Platform("sensorthings", "http://127.0.0.1:9/FROST-Server/v1.1", authcfg="abc1234")
BROKER = Platform("ngsi-ld", "http://127.0.0.1:9/", entity_type="OffStreetParking")


def qgis_sensorthings_uris():
    metadata = QgsProviderRegistry.instance().providerMetadata("sensorthings")
    return {name: connection.uri() for name, connection in metadata.connections(False).items()}


@pytest.fixture
def saved(qgis_app):
    names = ("Stadtwerke STA", "Broker", "Alte Verbindung")
    yield names
    for name in names:
        delete_connection(name)


def test_connections_are_stored_where_this_qgis_keeps_them(saved):
    save_connection("Stadtwerke STA", STA)
    save_connection("Broker", BROKER)
    loaded = load_connections()
    assert (loaded["Stadtwerke STA"].url, loaded["Stadtwerke STA"].authcfg) == (STA.url, STA.authcfg)
    assert loaded["Broker"].entity_type == "OffStreetParking"
    if NATIVE:
        uris = qgis_sensorthings_uris()
        assert (
            "url=http://127.0.0.1:9/FROST-Server/v1.1/" in uris["Stadtwerke STA"]
        )  # the root with its slash
        assert "Broker" not in uris
        assert QgsSettings().value(f"{GROUP}/Stadtwerke STA/url", "") == ""  # not in the plugin's list
    else:
        assert native_sensorthings() is None
    delete_connection("Stadtwerke STA")
    assert "Stadtwerke STA" not in load_connections()


def test_sensorthings_connections_stored_by_the_plugin_move_to_qgis_once(saved):
    if not NATIVE:
        pytest.skip("QGIS before 3.36 has no SensorThings connections of its own")
    settings = QgsSettings()
    for key, value in {"kind": "sensorthings", "url": STA.url, "authcfg": STA.authcfg}.items():
        settings.setValue(f"{GROUP}/Alte Verbindung/{key}", value)
    assert load_connections()["Alte Verbindung"].url == STA.url
    assert "Alte Verbindung" in qgis_sensorthings_uris()
    assert settings.value(f"{GROUP}/Alte Verbindung/url", "") == ""
