"""The small base class shared by all Smart City algorithms."""

import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterDefinition
from qgis.PyQt.QtGui import QIcon

from ..core.errors import N_, Cancelled, InputError, SmartCityError
from ..qgisbridge.i18n import tr, translated_message
from ..qgisbridge.log import log_error

PROVIDER_ID = "smartcity"
ICON_PATH = ":/plugins/smartcity_qgis/icon.svg"
HELP_URL = "https://github.com/smartcity-qgis/smartcity_qgis#algorithms"

GROUPS = {
    "platform": N_("Urban data platform"),
    "parking": N_("Parking"),
    "heavyrain": N_("Heavy rain"),
    "schoolroutes": N_("School routes"),
    "twin": N_("Digital twin export"),
}


class SmartCityAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALG_ID`` and ``GROUP_ID`` and implement ``initAlgorithm``,
    ``displayName``, ``shortHelpString`` and ``process``.

    ``process`` raises core errors; they become a translated :class:`QgsProcessingException`, and
    any file outputs created through :meth:`create_sink` are removed so nothing partial stays.
    """

    ALG_ID = ""
    GROUP_ID = ""

    def __init__(self):
        super().__init__()
        self._output_files = []

    def tr(self, text):
        return tr(text)

    def createInstance(self):
        return type(self)()

    @classmethod
    def qualified_id(cls):
        """The id to run the algorithm by, e.g. ``smartcity:rainfillspill``."""
        return f"{PROVIDER_ID}:{cls.ALG_ID}"

    def name(self):
        return self.ALG_ID

    def group(self):
        return tr(GROUPS[self.GROUP_ID])

    def groupId(self):
        return self.GROUP_ID

    def icon(self):
        return QIcon(ICON_PATH)

    def helpUrl(self):
        return HELP_URL

    def create_sink(self, parameters, name, context, fields, geometry_type, crs):
        """``parameterAsSink`` that remembers a newly created output file for clean-up on failure.

        Returns ``(None, None)`` for an optional output that was switched off.

        Files that existed before (e.g. a GeoPackage the layer is added to) are never removed.
        """
        planned = self.parameterAsOutputLayer(parameters, name, context).split("|")[0]
        existed_before = os.path.exists(planned)
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, geometry_type, crs)
        if sink is None:
            definition = self.parameterDefinition(name)
            if definition.flags() & QgsProcessingParameterDefinition.FlagOptional:
                return None, None  # an optional output the user switched off
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        path = dest_id.split("|")[0]
        if path == planned and not existed_before and os.path.isfile(path):
            self._output_files.append(path)
        return sink, dest_id

    def remove_on_failure(self, path):
        """Remove the new file ``path`` again should the run fail or be cancelled later."""
        self._output_files.append(path)

    def processAlgorithm(self, parameters, context, feedback):
        self._output_files = []
        try:
            return self.process(parameters, context, feedback)
        except SmartCityError as error:
            message = translated_message(error)
        # Outside the except block the failed run's frames (and its open sinks) are released.
        self._remove_partial_outputs()
        log_error(message)
        raise QgsProcessingException(message)

    def _remove_partial_outputs(self):
        for path in self._output_files:
            for candidate in (path, path + "-wal", path + "-shm", path + "-journal"):
                if os.path.exists(candidate):
                    os.remove(candidate)

    def process(self, parameters, context, feedback):
        raise NotImplementedError

def field_name(algorithm, parameters, name, context, source):
    """The chosen field of ``source``; a default that the layer does not have counts as unset."""
    fields = algorithm.parameterAsFields(parameters, name, context)
    chosen = fields[0] if fields else ""
    if not chosen or source.fields().indexOf(chosen) >= 0:
        return chosen
    if chosen == algorithm.parameterDefinition(name).defaultValue():
        return ""
    raise InputError(
        N_("The field '{field}' does not exist in the input of '{parameter}'."),
        field=chosen,
        parameter=algorithm.parameterDefinition(name).description(),
    )


def check_cancel(feedback):
    """Stop the run with :class:`Cancelled` once the user has asked to cancel."""
    if feedback.isCanceled():
        raise Cancelled()
