"""The small base class shared by all Smart City algorithms."""

import gc
import math
import os
import re
import traceback

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterNumber,
    QgsProperty,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import N_, Cancelled, InputError, SmartCityError
from ..core.files import publish, remove_path, remove_stale_temporaries, temporary_path
from ..core.gpkg import mark_utc
from ..qgisbridge.compat import (
    GEOMETRY_LINE,
    GEOMETRY_NULL,
    GEOMETRY_POINT,
    GEOMETRY_POLYGON,
    PARAMETER_OPTIONAL,
    parameter_as_strings,
)
from ..qgisbridge.help import help_url
from ..qgisbridge.i18n import tr, translated_message
from ..qgisbridge.layers import utc_field_names
from ..qgisbridge.log import log_error
from ..qgisbridge.styles import StyleOnLoad, has_style, post_process_on_load
from . import examples
from .parameter_help import parameter_help

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
    ``displayName``, ``help_text`` and ``process``.

    Every file output is written to a temporary file beside its target (through :meth:`create_sink`
    for feature sinks, :meth:`stage` for other files and folders) and all are renamed onto their
    targets together when ``process`` succeeded; a failed or cancelled run removes them and leaves
    the files that were there before untouched. Core errors become a translated
    :class:`QgsProcessingException`; any other error is logged with its traceback in the Smart City
    log and reported in one translated sentence.
    """

    ALG_ID = ""
    GROUP_ID = ""

    def __init__(self):
        super().__init__()
        self._staged = []
        self._utc_columns = {}  # staged GeoPackage → its UTC date-time columns

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

    def addParameter(self, definition, createOutput=True):  # noqa: N802, N803 (QGIS API)
        """Add ``definition`` with its help text (tooltip and help page; see :mod:`.parameter_help`)."""
        definition.setHelp(tr(parameter_help(self.ALG_ID, definition.name())))
        return super().addParameter(definition, createOutput)

    def helpUrl(self):
        """The help page in the user's language (see :func:`.help.help_url`); the web page if the
        profile cannot be written."""
        try:
            return help_url(self)
        except OSError:
            return HELP_URL

    def shortHelpString(self):
        """The algorithm's help (:meth:`help_text`) and its run in the demo town as an example, with
        the paths of the example project's folder."""
        runs = examples.example(self.qualified_id())
        if runs is None:
            return self.help_text()
        introduction = tr(
            "Example, run in the folder of the example project (Plugins ▸ Smart City ▸ Load example "
            "project; server and ids: those of your platform):"
        )
        return f"{self.help_text()}\n\n{introduction}\n{runs[0]}\n{runs[1]}"

    def stage(self, path):
        """Where to write the output file (or folder) ``path``: a temporary beside it that becomes
        ``path`` when the whole run succeeds. An empty ``path`` (output switched off) stays empty."""
        if not path:
            return path
        folder = os.path.dirname(os.path.abspath(path))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as error:
            raise InputError(
                N_("The output folder {folder} cannot be created ({reason})."),
                folder=folder,
                reason=error.strerror or str(error),
            ) from None
        remove_stale_temporaries(folder)
        temporary = temporary_path(path)
        self._staged.append((temporary, path))
        return temporary

    def open_output(self, path):
        """A binary stream to the output file ``path``, written through :meth:`stage`."""
        return open(self.stage(path), "wb")

    def write_output(self, path, content):
        """Write ``content`` (text as UTF-8, or bytes) to the output file ``path`` through :meth:`stage`."""
        with self.open_output(path) as stream:
            stream.write(content.encode("utf-8") if isinstance(content, str) else content)

    def create_sink(self, parameters, name, context, fields, geometry_type, crs):
        """``parameterAsSink`` that writes a file destination through :meth:`stage`.

        Returns ``(None, None)`` for an optional output that was switched off. The destination id
        returned (and the layer QGIS loads afterwards) is the final one.
        """
        definition = self.parameterDefinition(name)
        destination = sink_destination(parameters.get(name, definition.defaultValue()), context)
        staged = dict(parameters)
        temporary = None
        if stageable(destination):
            temporary = self.stage(destination)
            staged[name] = staged_definition(parameters.get(name), temporary, destination)
        sink, dest_id = self.parameterAsSink(staged, name, context, fields, geometry_type, crs)
        if sink is None:
            if definition.flags() & PARAMETER_OPTIONAL:
                return None, None  # an optional output the user switched off
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        if temporary is not None:
            if destination.lower().endswith(".gpkg"):
                self._utc_columns[temporary] = utc_field_names(fields)
            final_id = dest_id.replace(temporary, destination)
            default_name = f"|layername={os.path.splitext(os.path.basename(destination))[0]}"
            if final_id.endswith(default_name):  # the layer name QGIS gives a new file anyway
                final_id = final_id[: -len(default_name)]
            dest_id = rename_layer_to_load(context, dest_id, final_id)
        return sink, dest_id

    def style_outputs(self, results, context):
        """Have each output that QGIS loads styled with its style file (unless the algorithm set
        another post-processor for it)."""
        for output, destination in results.items():
            if not isinstance(destination, str) or not context.willLoadLayerOnCompletion(destination):
                continue
            details = context.layerToLoadOnCompletionDetails(destination)
            if details.postProcessor() is None and has_style(self.ALG_ID, output):
                post_process_on_load(context, destination, StyleOnLoad(self.ALG_ID, output))

    def processAlgorithm(self, parameters, context, feedback):
        self._staged = []
        self._utc_columns = {}
        try:
            self.check_numbers(parameters, context)
            results = self.process(parameters, context, feedback)
        except SmartCityError as error:
            message = translated_message(error)
        except QgsProcessingException as error:
            message = str(error)
        except ModuleNotFoundError as error:  # pandas, SciPy or Shapely are imported on first use
            message = tr(
                "{algorithm} needs the Python package {package}, which the Python of this QGIS does "
                "not have; nothing was written. Install it - on Debian/Ubuntu: sudo apt install "
                "python3-{package}; on Windows: the OSGeo4W installer (package python3-{package}) or "
                "'pip install {package}' in the OSGeo4W shell - and run the algorithm again."
            ).format(algorithm=self.displayName(), package=(error.name or "").split(".")[0])
        except Exception:  # noqa: BLE001 — a user gets a sentence, the log keeps the traceback
            log_error(traceback.format_exc())
            message = tr(
                "Unexpected error in {algorithm}; nothing was written. The details are in the Smart "
                "City log (View → Panels → Log Messages)."
            ).format(algorithm=self.displayName())
        else:
            gc.collect()  # the sinks of the run are closed before their files are renamed
            for temporary, path in self._staged:
                if self._utc_columns.get(temporary):
                    mark_utc(temporary, self._utc_columns[temporary])
                publish(temporary, path)
            self._staged = []
            self.style_outputs(results, context)
            feedback.setProgress(100)
            return results
        # Outside the except block the failed run's frames (and its open sinks) are released.
        gc.collect()
        for temporary, _path in self._staged:
            for candidate in (temporary, temporary + "-wal", temporary + "-shm", temporary + "-journal"):
                remove_path(candidate)
        self._staged = []
        log_error(message)
        raise QgsProcessingException(message)

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def check_numbers(self, parameters, context):
        """Refuse NaN in a number parameter, which QGIS lets through and no analysis can use."""
        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber):
                value = self.parameterAsDouble(parameters, definition.name(), context)
                if math.isnan(value):
                    raise InputError(
                        N_("'{parameter}' must be a number."), parameter=definition.description()
                    )


# ogr:, memory:, postgres: … (a Windows drive letter has one letter only)
PROVIDER_PREFIX = re.compile(r"^[A-Za-z][\w+.-]+:")
STAGED_EXTENSIONS = frozenset(
    {".gpkg", ".geojson", ".json", ".fgb", ".csv", ".sqlite", ".gml", ".kml", ".xlsx"}
)


def sink_destination(value, context):
    """The destination string of a feature sink parameter value (path, URI or TEMPORARY_OUTPUT)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())
    return str(value or "")


def stageable(destination):
    """Whether ``destination`` is one plain file that can be written beside and renamed."""
    return (
        "|" not in destination
        and not PROVIDER_PREFIX.match(destination)
        and os.path.splitext(destination)[1].lower() in STAGED_EXTENSIONS
    )


def staged_definition(value, temporary, destination):
    """The sink parameter value ``value`` pointed at ``temporary``, keeping its options and naming
    the layer inside the file as QGIS would have named it in ``destination``."""
    staged = QgsProcessingOutputLayerDefinition(temporary)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        staged.destinationProject = value.destinationProject
        staged.destinationName = value.destinationName
        staged.createOptions = dict(value.createOptions)
    staged.createOptions = {
        **staged.createOptions,
        "layerName": os.path.splitext(os.path.basename(destination))[0],
    }
    return staged


def rename_layer_to_load(context, old_id, new_id):
    """Move the "load this layer when done" entry of ``old_id`` to ``new_id``; return ``new_id``."""
    layers = context.layersToLoadOnCompletion()
    if old_id in layers:
        layers[new_id] = layers.pop(old_id)
        context.setLayersToLoadOnCompletion(layers)
    return new_id


def field_name(algorithm, parameters, name, context, source):
    """The chosen field of ``source``; a default that the layer does not have counts as unset."""
    fields = parameter_as_strings(algorithm, parameters, name, context)
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


GEOMETRY_NAMES = {
    GEOMETRY_POINT: N_("points"),
    GEOMETRY_LINE: N_("lines"),
    GEOMETRY_POLYGON: N_("polygons"),
    GEOMETRY_NULL: N_("no geometries"),
}


class Stages(QgsProcessingMultiStepFeedback):
    """Progress through ``count`` stages in turn (``setCurrentStep``): each fills its share of the
    bar, and within a stage the bar only moves forward, however often the work in it (reading
    several layers, writing several outputs) starts counting again."""

    def __init__(self, count, feedback):
        super().__init__(count, feedback)
        self.highest = 0.0

    def setCurrentStep(self, step):  # noqa: N802 (Qt's name)
        self.highest = 0.0
        super().setCurrentStep(step)

    def setProgress(self, progress):  # noqa: N802 (Qt's name)
        if progress >= self.highest:
            self.highest = progress
            super().setProgress(progress)


def whole_layer(algorithm, parameters, name, context):
    """The vector layer of the source parameter ``name`` when all its features are read (not only
    the selected ones, no feature limit or filter), else None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", "")
    ):
        return None
    return algorithm.parameterAsVectorLayer(parameters, name, context)


def require_geometry(source, geometry_type, label):
    """Refuse a ``source`` (the input ``label``) whose features are not of ``geometry_type``."""
    found = QgsWkbTypes.geometryType(source.wkbType())
    if found != geometry_type:
        raise InputError(
            N_("The input '{input}' holds {found}, but {needed} are needed here."),
            input=label,
            found=tr(GEOMETRY_NAMES.get(found, N_("unknown geometries"))),
            needed=tr(GEOMETRY_NAMES[geometry_type]),
        )


def read_input(path):
    """The bytes of the input file ``path``; a clear error where it cannot be read."""
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except OSError as error:
        raise InputError(
            N_("{path} cannot be read ({reason})."), path=path, reason=error.strerror or str(error)
        ) from None


def check_cancel(feedback):
    """Stop the run with :class:`Cancelled` once the user has asked to cancel."""
    if feedback.isCanceled():
        raise Cancelled()
