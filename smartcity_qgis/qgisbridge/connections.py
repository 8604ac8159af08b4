"""Saved platform connections in QgsSettings. Only an ``authcfg`` id is stored, never a secret."""

from dataclasses import asdict, fields

from qgis.core import QgsSettings

from ..core.platforms.connection import Platform
from ..core.transport import has_secrets
from .settings import PREFIX

GROUP = PREFIX + "connections"


def load_connections():
    """``{name: Platform}`` of all saved connections, sorted by name."""
    settings = QgsSettings()
    settings.beginGroup(GROUP)
    try:
        names = settings.childGroups()
        connections = {}
        for name in names:
            values = {
                item.name: str(settings.value(f"{name}/{item.name}", "") or "") for item in fields(Platform)
            }
            if values["kind"] and values["url"]:
                connections[name] = Platform(**values)
    finally:
        settings.endGroup()
    return dict(sorted(connections.items(), key=lambda item: item[0].casefold()))


def save_connection(name, platform):
    """Store ``platform`` under ``name``; a URL with credentials or keys is refused (ValueError)."""
    if has_secrets(platform.url):
        raise ValueError("credentials in a connection URL are not stored")
    settings = QgsSettings()
    delete_connection(name)
    for key, value in asdict(platform).items():
        settings.setValue(f"{GROUP}/{name}/{key}", value)


def delete_connection(name):
    QgsSettings().remove(f"{GROUP}/{name}")
