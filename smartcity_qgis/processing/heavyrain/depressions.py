"""smartcity:depressions — sinks of a DEM with their volumes, pour points and catchments."""

from qgis.core import (
    QgsFeature,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterDestination,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.heavyrain import terrain
from ...qgisbridge.compat import SOURCE_POLYGON, WKB_MULTIPOLYGON
from ...qgisbridge.i18n import local_format
from ...qgisbridge.layers import add_in_batches, make_fields
from ...qgisbridge.rasters import class_geometries
from ..base import SmartCityAlgorithm, check_cancel
from . import params as inputs

DEPRESSION_FIELDS = (
    ("id", QMetaType.Type.Int),
    ("area_m2", QMetaType.Type.Double),
    ("max_depth", QMetaType.Type.Double),
    ("mean_depth", QMetaType.Type.Double),
    ("volume_m3", QMetaType.Type.Double),
    ("pour_z", QMetaType.Type.Double),
    ("pour_x", QMetaType.Type.Double),
    ("pour_y", QMetaType.Type.Double),
    ("catchment_m2", QMetaType.Type.Double),
    ("upstream_m2", QMetaType.Type.Double),
    ("spills_into", QMetaType.Type.Int),
)


def write_polygons(sink, fields, table, geometries, feedback):
    """One feature per table row, its geometry from ``geometries`` by the row's ``id``."""

    def features():
        for row in table.itertuples(index=False):
            feature = QgsFeature(fields)
            feature.setGeometry(geometries.get(int(row.id)))
            feature.setAttributes([value.item() if hasattr(value, "item") else value for value in row])
            yield feature

    add_in_batches(sink, features(), feedback)


class DepressionsAlgorithm(SmartCityAlgorithm):
    ALG_ID = "depressions"
    GROUP_ID = "heavyrain"
    MIN_DEPTH = inputs.MIN_DEPTH
    OUTPUT = "OUTPUT"
    SINK_DEPTH = "SINK_DEPTH"

    def displayName(self):
        return self.tr("Depressions (sinks)")

    def help_text(self):
        return self.tr(
            "Where rain water collects: the depressions of a terrain model (e.g. DGM1), found by exact "
            "filling (each cell raised to the lowest level at which water can leave the area). "
            "Buildings can be raised as blocks so water flows around them.\n\n"
            "Per depression: area, maximum and mean depth, volume (m³), the pour point where it "
            "overflows (x, y, height), its direct catchment (the area draining into it first), "
            "everything draining through it, and the depression it spills into (0: water leaves the "
            "area). Water reaching the raster edge or a nodata cell leaves the area.\n\n"
            "The sink-depth raster is the filled surface minus the DEM."
        )

    def initAlgorithm(self, config=None):
        inputs.add_terrain_inputs(self)
        inputs.add_min_depth(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Depressions"), SOURCE_POLYGON)
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.SINK_DEPTH, self.tr("Sink depth")))

    def process(self, parameters, context, feedback):
        grid, crs, kernel_set = inputs.read_terrain(self, parameters, context, feedback)
        feedback.setProgressText(self.tr("Filling the depressions …"))
        flow = terrain.flow(grid, kernel_set)
        feedback.setProgress(50)
        check_cancel(feedback)
        minimum = self.parameterAsDouble(parameters, self.MIN_DEPTH, context)
        table, labels = terrain.depressions(grid, flow, minimum, kernel_set)
        sink_depth = flow.filled - grid.dem
        depth_path = inputs.raster_output(self, parameters, self.SINK_DEPTH, context, sink_depth, grid, crs)
        feedback.setProgress(70)
        fields = make_fields(DEPRESSION_FIELDS)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, WKB_MULTIPOLYGON, crs)
        geometries = class_geometries(labels, grid.left, grid.top, grid.cell_width, grid.cell_height)
        write_polygons(sink, fields, table, geometries, feedback)
        feedback.pushInfo(
            local_format(
                self.tr("{count} depressions holding {volume:,.0f} m³."),
                count=len(table),
                volume=table["volume_m3"].sum(),
            )
        )
        return {self.OUTPUT: dest_id, self.SINK_DEPTH: depth_path}
