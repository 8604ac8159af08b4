"""Raster series for the Temporal Controller: each loaded layer shows during its own time range."""

from qgis.core import QgsDateTimeRange, QgsProcessingLayerPostProcessorInterface

from .compat import RASTER_FIXED_TIME_RANGE
from .styles import apply_style


class TimeSliceOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles a loaded raster like ``output`` of ``algorithm_id`` and shows it from ``begin`` to
    ``end`` (QDateTime) in the Temporal Controller."""

    def __init__(self, algorithm_id, output, begin, end):
        super().__init__()
        self.algorithm_id = algorithm_id
        self.output = output
        self.begin = begin
        self.end = end

    def postProcessLayer(self, layer, context, feedback):
        apply_style(layer, self.algorithm_id, self.output)
        properties = layer.temporalProperties()
        properties.setMode(RASTER_FIXED_TIME_RANGE)
        properties.setFixedTemporalRange(QgsDateTimeRange(self.begin, self.end, True, False))
        properties.setIsActive(True)
