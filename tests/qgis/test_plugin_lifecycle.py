"""Load → unload → load in a real QGIS application; dock, action, options page and provider."""

from qgis.core import QgsApplication

import smartcity_qgis
from smartcity_qgis.ui.settings_page import SmartCityOptionsPage


def provider_ids():
    return [provider.id() for provider in QgsApplication.processingRegistry().providers()]


def load(iface):
    plugin = smartcity_qgis.classFactory(iface)
    plugin.initGui()
    return plugin


def test_class_factory_does_not_touch_iface():
    class Untouchable:
        def __getattr__(self, name):
            raise AssertionError(f"iface.{name} used in classFactory")

    plugin = smartcity_qgis.classFactory(Untouchable())
    assert plugin.provider is None


def test_load_unload_load(recording_iface):
    for _round in range(2):
        plugin = load(recording_iface)
        assert "smartcity" in provider_ids()
        assert [dock.objectName() for dock in recording_iface.docks()] == ["SmartCityDock"]
        assert plugin.action in recording_iface.toolbar.actions()
        assert plugin.action in recording_iface.menus["&Smart City"].actions()
        assert len(recording_iface.options_factories) == 1
        plugin.unload()
        assert "smartcity" not in provider_ids()
        assert recording_iface.docks() == []
        assert recording_iface.toolbar.actions() == []
        assert recording_iface.menus["&Smart City"].actions() == []
        assert recording_iface.options_factories == []


def test_action_toggles_dock(recording_iface):
    plugin = load(recording_iface)
    try:
        recording_iface.window.show()
        plugin.action.setChecked(True)
        assert plugin.dock.isVisible()
        plugin.action.setChecked(False)
        assert not plugin.dock.isVisible()
    finally:
        plugin.unload()


def test_dock_has_one_page_per_capability_with_algorithm_buttons(recording_iface):
    plugin = load(recording_iface)
    try:
        tabs = plugin.dock.tabs
        titles = [tabs.tabText(index) for index in range(tabs.count())]
        assert titles == [
            "Urban data platform",
            "Parking",
            "Heavy rain",
            "School routes",
            "Digital twin export",
        ]
        assert "smartcity:parkingfeed" in plugin.dock.pages["platform"].buttons
    finally:
        plugin.unload()


def test_initprocessing_twice_registers_once(recording_iface):
    plugin = smartcity_qgis.classFactory(recording_iface)
    plugin.initProcessing()
    plugin.initProcessing()
    assert provider_ids().count("smartcity") == 1
    plugin.unload()
    assert "smartcity" not in provider_ids()


def test_options_page_saves_settings(qgis_app):
    from smartcity_qgis.qgisbridge.settings import setting

    page = SmartCityOptionsPage()
    page.timeout.setValue(42)
    page.apply()
    assert setting("network/timeout_s") == 42
    assert SmartCityOptionsPage().timeout.value() == 42
