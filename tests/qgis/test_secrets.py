"""Credentials and keys in URLs never reach outputs, messages or the QGIS settings."""

import pytest
from lxml import etree
from qgis.core import QgsVectorLayer

from smartcity_qgis.core.platforms.connection import Platform
from smartcity_qgis.qgisbridge.connections import load_connections, save_connection
from tests.conftest import REPO
from tests.support.layers import memory_layer

SECRETS = ("geheimpass", "k3y-0815")


def with_secrets(url):
    """``url`` with a user:password and an apikey as many towns paste them."""
    scheme, rest = url.split("://", 1)
    return f"{scheme}://stadt:geheimpass@{rest}?apikey=k3y-0815"


def test_the_parking_layer_and_the_log_never_show_url_credentials(provider, local_server, tmp_path, messages):
    import processing

    feed = (REPO / "smartcity_qgis" / "example" / "herrenberg-parking.json").read_bytes()
    local_server.httpd.files["/feed.json"] = (200, "application/json", feed)
    target = tmp_path / "parking.gpkg"
    processing.run(
        "smartcity:parkingfeed",
        {"SOURCE": with_secrets(local_server.url("/feed.json")), "OUTPUT": str(target)},
    )
    sources = {feature["source"] for feature in QgsVectorLayer(str(target)).getFeatures()}
    assert sources and not any(secret in str(source) for source in sources for secret in SECRETS)
    assert messages and not any(secret in message for message in messages for secret in SECRETS)


def test_the_dynamizer_base_url_carries_no_key(provider, tmp_path):
    import processing

    layer = memory_layer("Point?crs=EPSG:4326&field=stream_id:string", [(["42"], "POINT(8.87 48.59)")])
    target = tmp_path / "twin.gml"
    processing.run(
        "smartcity:exportcitygml3dynamizer",
        {"INPUT": layer, "URL": with_secrets("https://iot.example/v1.1"), "OUTPUT": str(target)},
    )
    urls = {element.text for element in etree.parse(str(target)).iter("{*}baseURL")}
    assert urls and not any(secret in url for url in urls for secret in SECRETS)


def test_a_connection_with_credentials_in_its_url_is_not_stored(qgis_app):
    with pytest.raises(ValueError):
        save_connection("Stadtwerke", Platform("sensorthings", with_secrets("https://iot.example/v1.1")))
    assert "Stadtwerke" not in load_connections()


def test_the_connection_dialog_refuses_credentials_and_says_where_they_belong(qgis_app):
    from smartcity_qgis.ui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(
        "Stadtwerke", Platform("sensorthings", with_secrets("https://iot.example/v1.1"))
    )
    dialog._accept_if_complete()
    assert dialog.result() == 0 and "authentication configuration" in dialog.problem.text()
    dialog.deleteLater()
