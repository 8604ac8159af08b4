"""The German catalogue loads and translates the interface."""

from qgis.PyQt.QtCore import QCoreApplication

from smartcity_qgis.qgisbridge import i18n


def test_german_catalogue_translates_and_unloads():
    try:
        assert i18n.install_translator("de_DE")
        assert i18n.tr("Heavy rain") == "Starkregen"
        assert QCoreApplication.translate(i18n.CONTEXT, "School routes") == "Schulwege"
    finally:
        i18n.remove_translator()
    assert i18n.tr("Heavy rain") == "Heavy rain"


def test_english_locale_loads_nothing():
    assert not i18n.install_translator("en_GB")
    assert i18n.tr("Parking") == "Parking"
