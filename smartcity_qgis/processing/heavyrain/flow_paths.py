"""smartcity:flowpaths — contributing area (D8 or MFD) and vector flow paths with Strahler order."""

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.heavyrain import terrain
from ...qgisbridge.compat import NUMBER_DOUBLE, SOURCE_LINE, WKB_LINESTRING
from ...qgisbridge.layers import add_in_batches, make_fields
from ..base import SmartCityAlgorithm, Stages, check_cancel
from . import params as inputs

PATH_FIELDS = (
    ("segment", QMetaType.Type.Int),
    ("strahler", QMetaType.Type.Int),
    ("area_m2", QMetaType.Type.Double),
    ("length_m", QMetaType.Type.Double),
)

METHODS = ("D8", "MFD")


class FlowPathsAlgorithm(SmartCityAlgorithm):
    ALG_ID = "flowpaths"
    GROUP_ID = "heavyrain"
    METHOD = "METHOD"
    THRESHOLD = "THRESHOLD"
    ACCUMULATION = "ACCUMULATION"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Flow paths")

    def help_text(self):
        return self.tr(
            "Where surface water runs: the contributing area of every cell (m²) over the filled "
            "terrain, with single (D8, steepest descent) or multiple flow directions (MFD, Freeman "
            "1991: shared among all lower neighbours by slope), and flow paths as lines wherever the "
            "D8 contributing area reaches the threshold. Each path segment runs between confluences "
            "and carries its Strahler order and the contributing area at its lower end. Flats drain "
            "towards their outlet; buildings raised as blocks divert the flow around them."
        )

    def initAlgorithm(self, config=None):
        inputs.add_terrain_inputs(self)
        self.addParameter(
            QgsProcessingParameterEnum(self.METHOD, self.tr("Flow directions"), list(METHODS), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("Flow path from a contributing area of (m²)"),
                NUMBER_DOUBLE,
                5000.0,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.ACCUMULATION, self.tr("Contributing area (m²)"))
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Flow paths"), SOURCE_LINE))

    def process(self, parameters, context, feedback):
        steps = Stages(3, feedback)  # reading; routing; writing the flow paths
        grid, crs, kernel_set = inputs.read_terrain(self, parameters, context, steps)
        steps.setCurrentStep(1)
        feedback.setProgressText(self.tr("Routing the flow …"))
        flow = terrain.flow(grid, kernel_set)
        check_cancel(feedback)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        area = terrain.mfd_area(grid, flow, kernel_set=kernel_set) if method == "MFD" else flow.area
        accumulation = inputs.raster_output(
            self, parameters, self.ACCUMULATION, context, area.astype("float64"), grid, crs
        )
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        paths = terrain.flow_paths(grid, flow, threshold, kernel_set)
        fields = make_fields(PATH_FIELDS)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, WKB_LINESTRING, crs)
        steps.setCurrentStep(2)

        def features():
            for row in paths.itertuples(index=False):
                feature = QgsFeature(fields)
                feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in row.coords]))
                feature.setAttributes([row.segment, row.strahler, row.area_m2, row.length_m])
                yield feature

        add_in_batches(sink, features(), steps, len(paths))
        feedback.pushInfo(self.tr("{count} flow path segments.").format(count=len(paths)))
        return {self.OUTPUT: dest_id, self.ACCUMULATION: accumulation}
