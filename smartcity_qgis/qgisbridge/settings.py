"""Plugin settings in QgsSettings, all under one prefix."""

from qgis.core import QgsSettings

PREFIX = "smartcity_qgis/"
DEFAULTS = {
    "network/timeout_s": 30,
    "network/deadline_s": 300,
    "network/max_response_mb": 100,
    "network/max_features": 100000,
    "export/target_crs": "EPSG:25832",
}


def setting(key):
    """The stored value of ``key`` (one of :data:`DEFAULTS`), typed like its default."""
    default = DEFAULTS[key]
    return QgsSettings().value(PREFIX + key, default, type=type(default))


def set_setting(key, value):
    if key not in DEFAULTS:
        raise KeyError(key)
    QgsSettings().setValue(PREFIX + key, value)
