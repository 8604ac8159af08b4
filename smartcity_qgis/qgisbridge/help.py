"""The Help button's page: an algorithm's help in the user's language, written into the profile."""

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QUrl

from ..core.files import atomic_output
from ..core.help_page import PageTexts, ParameterHelp, help_page
from .i18n import interface_language, tr


def help_folder():
    """Where the pages of the current interface language go."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "smartcity_qgis" / "help" / interface_language()


def parameter_help(definition):
    """What the page says about one parameter definition."""
    choices = tuple(definition.options()) if isinstance(definition, QgsProcessingParameterEnum) else ()
    return ParameterHelp(
        definition.name(),
        definition.description(),
        definition.help(),
        bool(definition.flags() & definition.FlagOptional),
        definition.defaultValue(),
        choices,
    )


def help_url(algorithm):
    """A ``file:`` URL of ``algorithm``'s help page, (re)written now so it follows the plugin's
    translation and version."""
    texts = PageTexts(tr("Parameters"), tr("Key"), tr("Meaning"), tr("optional"), tr("default"))
    page = help_page(
        interface_language(),
        algorithm.displayName(),
        algorithm.group(),
        algorithm.shortHelpString(),
        [parameter_help(definition) for definition in algorithm.parameterDefinitions()],
        texts,
    )
    path = help_folder() / f"{algorithm.name()}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path) as stream:
        stream.write(page.encode("utf-8"))
    return QUrl.fromLocalFile(str(path)).toString()
