"""Translation: one context for the whole plugin, German catalogue loaded for German locales."""

import re
import string
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "SmartCity"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
_installed = []


def tr(text):
    """Translate ``text`` in the plugin's context."""
    return QCoreApplication.translate(CONTEXT, text)


def translated_message(error):
    """The user-facing message of a core :class:`SmartCityError`, translated, numbers in the user's
    format."""
    return error.message(tr, local_format)


NUMBER_SPEC = re.compile(r"(?P<group>,?)(?:\.(?P<digits>\d+))?(?P<kind>[fg%])")


class LocaleFormatter(string.Formatter):
    """``str.format`` whose number fields (``{x:,.0f}``, ``{x:.1f}``, ``{x:g}``, ``{x:.0%}``) follow
    the QGIS locale: 66.240 m³ and 0,85 for German, 66,240 m³ and 0.85 for English."""

    def format_field(self, value, format_spec):
        spec = NUMBER_SPEC.fullmatch(format_spec)
        if spec is None or isinstance(value, bool) or not isinstance(value, (int, float)):
            return super().format_field(value, format_spec)
        locale = QLocale()
        if not spec["group"]:
            locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        number, kind = float(value), spec["kind"]
        if kind == "%":
            text = locale.toString(number * 100.0, "f", int(spec["digits"] or 6))
            return text + ("\u00a0%" if locale.language() == QLocale.Language.German else "%")
        digits = int(spec["digits"]) if spec["digits"] else 6
        if kind == "g":
            return locale.toString(number, "g", digits)
        return locale.toString(number, "f", digits)


def local_format(template, /, **values):
    """``template.format(**values)`` with numbers in the user's format (:class:`LocaleFormatter`)."""
    return LocaleFormatter().vformat(template, (), values)


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


def interface_language():
    """The language the plugin speaks now: that of its loaded catalogue, else English."""
    return _installed[0].language()[:2] or "en" if _installed else "en"


def remove_translator():
    """Undo :func:`install_translator` (plugin unload)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
