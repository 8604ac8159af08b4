"""Translation: one context for the whole plugin, German catalogue loaded for German locales."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CONTEXT = "SmartCity"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
_installed = []


def tr(text):
    """Translate ``text`` in the plugin's context."""
    return QCoreApplication.translate(CONTEXT, text)


def translated_message(error):
    """The user-facing message of a core :class:`SmartCityError`, translated."""
    return error.message(tr)


def install_translator(locale=None):
    """Load the catalogue for the QGIS locale (e.g. German) once; return whether one was loaded."""
    if _installed:
        return True
    language = (locale or QgsApplication.locale() or "en")[:2]
    catalogue = I18N_DIR / f"smartcity_qgis_{language}.qm"
    translator = QTranslator()
    if not catalogue.exists() or not translator.load(str(catalogue)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def remove_translator():
    """Undo :func:`install_translator` (plugin unload)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
