"""Layer styles of the outputs: ``styles/<algorithm>-<output>[-<geometry>].qml`` in the plugin, or a
file of the same name in ``<profile>/smartcity_qgis/styles/`` that a town puts there instead.

They are applied when QGIS loads an output (from the toolbox, the modeler or ``processing.run``
with loading) and by the dock's pages; legend texts are translated and their numbers written in
the user's format.
"""

from collections import deque
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

from .compat import GEOMETRY_LINE, GEOMETRY_POINT
from .i18n import tr
from .legend import ROAD_CLASSES, VALUE_TEXT

PLUGIN_STYLES = Path(__file__).resolve().parent.parent / "styles"
# a categorized style on the first field takes its legend texts from the second field of the layer
LEGEND_FIELDS = {"class": "depth"}


def user_styles():
    """The folder where a town's own styles replace the plugin's."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "smartcity_qgis" / "styles"


def style_file(layer, algorithm_id, output):
    """The style for ``output`` of ``algorithm_id`` on ``layer`` (a town's first, then the plugin's;
    one made for the layer's geometry type first), or None."""
    stem = f"{algorithm_id}-{output.lower()}"
    names = [f"{stem}.qml"]
    if isinstance(layer, QgsVectorLayer):
        geometry = {GEOMETRY_POINT: "point", GEOMETRY_LINE: "line"}.get(layer.geometryType(), "polygon")
        names.insert(0, f"{stem}-{geometry}.qml")
    for folder in (user_styles(), PLUGIN_STYLES):
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


def has_style(algorithm_id, output):
    """Whether some style (for any geometry) exists for ``output`` of ``algorithm_id``."""
    stem = f"{algorithm_id}-{output.lower()}"
    return any(
        any(folder.glob(f"{stem}*.qml")) for folder in (user_styles(), PLUGIN_STYLES) if folder.is_dir()
    )


def apply_style(layer, algorithm_id, output):
    """Style ``layer``, the ``output`` of ``algorithm_id``; True when a style was applied."""
    path = style_file(layer, algorithm_id, output)
    if path is None:
        return False
    _message, applied = layer.loadNamedStyle(str(path))
    if applied:
        localise_legend(layer)
        layer.triggerRepaint()
    return applied


def road_text(highway):
    """The translated name of an OSM road class (see :data:`.legend.ROAD_CLASSES`), else the value."""
    return tr(ROAD_CLASSES[highway]) if highway in ROAD_CLASSES else highway


def road_texts(highways):
    """Translated road classes of a ``", "``-joined list, each named once."""
    return ", ".join(dict.fromkeys(road_text(highway) for highway in highways.split(", ") if highway))


def take_result_layer(context, result):
    """The layer of a run's ``result``: a temporary layer the context holds, or the file (e.g. in
    the project's output folder) loaded; the caller owns it."""
    layer = context.takeResultLayer(result)
    if layer is None:
        layer = QgsProcessingUtils.mapLayerFromString(result, context)
        layer = context.temporaryLayerStore().takeMapLayer(layer) or layer if layer is not None else None
    return layer


def value_text(key):
    """The translated text of an output value (see :data:`.legend.VALUE_TEXT`); "" stays ""."""
    return tr(VALUE_TEXT[key]) if key in VALUE_TEXT else key


def take_styled_layer(context, results, algorithm, output, name):
    """The result layer ``output`` of a finished ``algorithm`` run, named ``name`` and styled."""
    layer = take_result_layer(context, results[output])
    layer.setName(name)
    apply_style(layer, algorithm.ALG_ID, output)
    return layer


def legend_text(template, **numbers):
    """``template`` (a legend text of :mod:`.legend`) translated, with its numbers in the user's
    format: ``{lower}``, ``{upper}``, ``{value}`` as they are, ``…_percent`` × 100, ``…_ha`` / 10,000."""
    locale = QLocale()
    values = {}
    for name, number in numbers.items():
        values[name] = locale.toString(float(number), "g", 6)
        values[f"{name}_percent"] = locale.toString(float(number) * 100.0, "g", 6)
        values[f"{name}_ha"] = locale.toString(float(number) / 1e4, "g", 6)
    try:
        return tr(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def localise_legend(layer):
    """Translate the legend texts of ``layer``'s renderer and fill in their numbers."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        for index, item in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(
                index, legend_text(item.label(), lower=item.lowerValue(), upper=item.upperValue())
            )
    elif isinstance(renderer, QgsCategorizedSymbolRenderer):
        labels = category_labels(layer, renderer.classAttribute())
        for index, item in enumerate(renderer.categories()):
            text = labels.get(str(item.value())) or legend_text(item.label())
            renderer.updateCategoryLabel(index, text)
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().children():
            rule.setLabel(legend_text(rule.label()))
    elif isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        ramp = renderer.shader().rasterShaderFunction()
        items = ramp.colorRampItemList()
        for item in items:
            item.label = legend_text(item.label, value=item.value)
        ramp.setColorRampItemList(items)


def category_labels(layer, field):
    """``{value: text}`` from the layer's legend field for ``field`` (see :data:`LEGEND_FIELDS`)."""
    source = LEGEND_FIELDS.get(field)
    if source is None or layer.fields().indexOf(source) < 0:
        return {}
    return {str(feature[field]): str(feature[source]) for feature in layer.getFeatures()}


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies the style of one output when QGIS loads it."""

    def __init__(self, algorithm_id, output):
        super().__init__()
        self.algorithm_id = algorithm_id
        self.output = output

    def postProcessLayer(self, layer, context, feedback):
        apply_style(layer, self.algorithm_id, self.output)


# QGIS takes ownership of each post-processor and runs it after the algorithm object is gone;
# the Python side of the most recent ones must stay alive until then.
_PENDING = deque(maxlen=64)


def post_process_on_load(context, destination, post_processor):
    """Run ``post_processor`` when the output ``destination`` is loaded into the project."""
    if destination and context.willLoadLayerOnCompletion(destination):
        _PENDING.append(post_processor)
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(post_processor)
