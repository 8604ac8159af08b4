"""Styles applied to output layers when QGIS loads them (processing layer post-processors)."""

from collections import deque

from qgis.core import (
    QgsColorRampShader,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsSymbol,
)
from qgis.PyQt.QtGui import QColor

from .compat import GEOMETRY_POINT, INTERPOLATE_LINEAR, classify_jenks

EXPOSURE_CLASSES = 5
REDS = ("#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15")


def graduate(layer, field, colors, sizes):
    """Style ``layer`` in Jenks classes of ``field``: class i in ``colors[i]`` (the last colour for
    any further class), symbol sizes from ``sizes[0]`` to ``sizes[1]``."""
    renderer = QgsGraduatedSymbolRenderer(field)
    classify_jenks(renderer, layer, EXPOSURE_CLASSES)
    for index, _range in enumerate(renderer.ranges()):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(colors[min(index, len(colors) - 1)]))
        renderer.updateRangeSymbol(index, symbol)
    renderer.setSymbolSizes(*sizes)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


class ExposureStyle(QgsProcessingLayerPostProcessorInterface):
    """Graduated red symbols by the number of pupils (``pupils``): the bigger and darker, the more exposed."""

    def postProcessLayer(self, layer, context, feedback):
        points = layer.geometryType() == GEOMETRY_POINT
        graduate(layer, "pupils", REDS, (2.0, 6.0) if points else (0.5, 2.5))


WATER_BLUES = ((0.05, "#c6dbef"), (0.1, "#6baed6"), (0.5, "#2171b5"), (1.0, "#08519c"), (2.0, "#08306b"))
FLOW_PATH_BLUE = "#2b8cbe"


class WaterDepthStyle(QgsProcessingLayerPostProcessorInterface):
    """A blue ramp for water depths (m): transparent below 5 cm, dark blue from 2 m."""

    def postProcessLayer(self, layer, context, feedback):
        ramp = QgsColorRampShader(0.0, WATER_BLUES[-1][0])
        ramp.setColorRampType(INTERPOLATE_LINEAR)
        items = [QgsColorRampShader.ColorRampItem(0.0, QColor(0, 0, 0, 0), "0 m")]
        items += [
            QgsColorRampShader.ColorRampItem(depth, QColor(color), f"{depth:g} m")
            for depth, color in WATER_BLUES
        ]
        ramp.setColorRampItemList(items)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(ramp)
        layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))
        layer.triggerRepaint()


class FlowPathStyle(QgsProcessingLayerPostProcessorInterface):
    """Blue flow paths, wider the larger their contributing area (``area_m2``)."""

    def postProcessLayer(self, layer, context, feedback):
        graduate(layer, "area_m2", (FLOW_PATH_BLUE,), (0.2, 1.6))


# QGIS takes ownership of each post-processor and runs it after the algorithm object is gone;
# the Python side of the most recent ones must stay alive until then.
_PENDING = deque(maxlen=64)


def style_on_load(context, destination, post_processor_class):
    """Apply a new ``post_processor_class()`` when the output ``destination`` is loaded into the project."""
    if destination and context.willLoadLayerOnCompletion(destination):
        post_processor = post_processor_class()
        _PENDING.append(post_processor)
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(post_processor)
