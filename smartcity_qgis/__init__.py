"""Smart City QGIS plugin: urban data platforms, analyses and digital twin export."""


def classFactory(iface):
    """Create the plugin instance; QGIS calls this when it loads the plugin."""
    from .plugin import SmartCityPlugin

    return SmartCityPlugin(iface)
