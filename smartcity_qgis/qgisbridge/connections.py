"""Saved platform connections. Only an ``authcfg`` id is stored, never a secret.

From QGIS 3.36 on, QGIS has its own SensorThings data source whose connections the Data Source
Manager and the Browser share: there, SensorThings connections are kept in QGIS's list (and ones
this plugin stored earlier are moved there once), and the plugin's own list holds only NGSI
connections. Before 3.36 the plugin's list holds all.
"""

from dataclasses import asdict, fields

from qgis.core import Qgis, QgsProviderRegistry, QgsSettings, QgsVectorLayer

from ..core.platforms.connection import Platform
from ..core.platforms.sensorthings import locations_of_streams
from ..core.transport import has_secrets
from .settings import PREFIX

GROUP = PREFIX + "connections"
NATIVE_PROVIDER = "sensorthings"
# Page size of native layers: QGIS asks for 200 per page, and a server that caps $top at 100
# then answers with no features at all; 100 is within every cap met so far.
NATIVE_PAGE_SIZE = 100


def native_sensorthings():
    """QGIS's SensorThings connection list (a settings-tree node), or None before QGIS 3.36."""
    if (
        Qgis.QGIS_VERSION_INT < 33600
        or QgsProviderRegistry.instance().providerMetadata(NATIVE_PROVIDER) is None
    ):
        return None
    from qgis.core import QgsSettingsTree

    return QgsSettingsTree.node("connections").childNode(NATIVE_PROVIDER)


def load_connections():
    """``{name: Platform}`` of all saved connections, sorted by name."""
    native = native_sensorthings()
    own = _own_connections()
    if native is not None:
        for name, platform in list(own.items()):
            if platform.kind == "sensorthings":  # stored by this plugin before QGIS had its own list
                _store_native(native, name, platform)
                delete_own(name)
                del own[name]
        for name in native.items():
            url = str(native.childSetting("url").valueAsVariant([name]) or "").rstrip("/")
            authcfg = str(native.childSetting("authcfg").valueAsVariant([name]) or "")
            if url:
                own[name] = Platform("sensorthings", url, authcfg=authcfg)
    return dict(sorted(own.items(), key=lambda item: item[0].casefold()))


def save_connection(name, platform):
    """Store ``platform`` under ``name``; a URL with credentials or keys is refused (ValueError)."""
    if has_secrets(platform.url):
        raise ValueError("credentials in a connection URL are not stored")
    delete_connection(name)
    native = native_sensorthings()
    if native is not None and platform.kind == "sensorthings":
        _store_native(native, name, platform)
        return
    settings = QgsSettings()
    for key, value in asdict(platform).items():
        settings.setValue(f"{GROUP}/{name}/{key}", value)


def delete_connection(name):
    delete_own(name)
    native = native_sensorthings()
    if native is not None and name in native.items():
        native.deleteItem(name)


def delete_own(name):
    QgsSettings().remove(f"{GROUP}/{name}")


def _store_native(native, name, platform):
    # QGIS's provider needs the service root with its slash (a redirect to it fails on 3.40)
    native.childSetting("url").setVariantValue(platform.url.rstrip("/") + "/", [name])
    native.childSetting("authcfg").setVariantValue(platform.authcfg, [name])


def _own_connections():
    settings = QgsSettings()
    settings.beginGroup(GROUP)
    try:
        connections = {}
        for name in settings.childGroups():
            values = {
                item.name: str(settings.value(f"{name}/{item.name}", "") or "") for item in fields(Platform)
            }
            if values["kind"] and values["url"]:
                connections[name] = Platform(**values)
    finally:
        settings.endGroup()
    return connections


def native_live_layer(title, platform, stream_names):
    """A live layer of QGIS's own SensorThings data source with the Locations of the Things that
    carry ``stream_names``, or None where QGIS has no such source (before 3.36) or for NGSI."""
    if platform.kind != "sensorthings" or native_sensorthings() is None:
        return None
    parts = {
        "url": platform.url.rstrip("/") + "/",
        "entity": "Location",
        "geometryType": "point",
        "pageSize": NATIVE_PAGE_SIZE,
        "sql": locations_of_streams(stream_names),
    }
    if platform.authcfg:
        parts["authcfg"] = platform.authcfg
    uri = QgsProviderRegistry.instance().providerMetadata(NATIVE_PROVIDER).encodeUri(parts)
    return QgsVectorLayer(uri, title, NATIVE_PROVIDER)
