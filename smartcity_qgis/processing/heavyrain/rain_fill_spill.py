"""smartcity:rainfillspill — a design rain filling and spilling through the depressions."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.heavyrain import terrain
from ...core.lazy import LazyModule
from ...qgisbridge.compat import NUMBER_DOUBLE, SOURCE_POLYGON, WKB_MULTIPOLYGON
from ...qgisbridge.i18n import local_format
from ...qgisbridge.layers import make_fields
from ...qgisbridge.rasters import class_geometries
from ..base import SmartCityAlgorithm, check_cancel
from . import params as inputs
from .depressions import write_polygons

np = LazyModule("numpy")

FLOODED_FIELDS = (
    ("class", QMetaType.Type.Int),
    ("depth", QMetaType.Type.QString),
    ("area_m2", QMetaType.Type.Double),
)
POND_FIELDS = (
    ("id", QMetaType.Type.Int),
    ("area_m2", QMetaType.Type.Double),
    ("level", QMetaType.Type.Double),
    ("max_depth", QMetaType.Type.Double),
    ("mean_depth", QMetaType.Type.Double),
    ("volume_m3", QMetaType.Type.Double),
)


class RainFillSpillAlgorithm(SmartCityAlgorithm):
    ALG_ID = "rainfillspill"
    GROUP_ID = "heavyrain"
    SCENARIO = inputs.SCENARIO
    RAIN_MM = inputs.RAIN_MM
    RUNOFF_COEFFICIENT = "RUNOFF_COEFFICIENT"
    ROOF_WATER = "ROOF_WATER"
    DRAINAGE_MM = "DRAINAGE_MM"
    WATER_DEPTH = "WATER_DEPTH"
    FLOODED = "FLOODED"
    PONDS = "PONDS"
    RAIN_M3 = "RAIN_M3"
    STORED_M3 = "STORED_M3"
    OUTFLOW_M3 = "OUTFLOW_M3"

    def displayName(self):
        return self.tr("Design rain: fill and spill")

    def help_text(self):
        return self.tr(
            "How deep the water stands after a design rain, without a hydrodynamic model: each cell's "
            "runoff (rain × runoff coefficient − drainage by the sewer, in mm) runs down the terrain "
            "into its depression; depressions fill, overflow into the next one downstream and merge "
            "with their neighbours once their water levels join (fill-spill-merge); what reaches the "
            "raster edge or nodata leaves the area.\n\n"
            "Scenarios after the NRW / Baden-Württemberg heavy-rain guidance (1 hour): 'selten' "
            "(T30) 38 mm, 'außergewöhnlich' (T100) 46 mm, 'extrem' 90 mm. Enter your town's own rain "
            "depth to override them. The runoff coefficient (0–1) is a constant, or comes from a "
            "raster (resampled onto the DEM) and from polygons such as land use with a coefficient "
            "field (these win where they lie). Rain on the buildings runs off onto the ground, or "
            "goes into the sewer through the downpipes.\n\n"
            "Results: the water-depth raster, flooded areas by depth class, the ponds with their "
            "water level and volume, and the water balance (rain, stored, left the area, m³)."
        )

    def initAlgorithm(self, config=None):
        inputs.add_terrain_inputs(self)
        add = self.addParameter
        inputs.add_rain_inputs(self)
        add(
            QgsProcessingParameterNumber(
                self.RUNOFF_COEFFICIENT,
                self.tr("Runoff coefficient"),
                NUMBER_DOUBLE,
                1.0,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        inputs.add_value_maps(self, "RUNOFF", self.tr("Runoff coefficient"))
        add(
            QgsProcessingParameterEnum(
                self.ROOF_WATER,
                self.tr("Rain on the buildings"),
                [self.tr("runs off onto the ground"), self.tr("goes into the sewer (downpipes)")],
                defaultValue=0,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.DRAINAGE_MM,
                self.tr("Drainage by the sewer (mm)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            )
        )
        inputs.add_depth_classes(self)
        add(QgsProcessingParameterRasterDestination(self.WATER_DEPTH, self.tr("Water depth (m)")))
        add(
            QgsProcessingParameterFeatureSink(
                self.FLOODED, self.tr("Flooded areas by depth class"), SOURCE_POLYGON
            )
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.PONDS, self.tr("Ponds (water levels)"), SOURCE_POLYGON, optional=True
            )
        )
        for name, label in (
            (self.RAIN_M3, self.tr("Rain runoff (m³)")),
            (self.STORED_M3, self.tr("Water stored in depressions (m³)")),
            (self.OUTFLOW_M3, self.tr("Water that left the area (m³)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def coefficient(self, parameters, context, grid, crs):
        """Runoff coefficient per cell: the constant, overridden by the raster where it has data and
        by the polygons' field where they lie; 0 on buildings whose rain goes into the sewer. Just
        the constant where nothing overrides it."""
        constant = self.parameterAsDouble(parameters, self.RUNOFF_COEFFICIENT, context)
        roofs = inputs.building_cells(self, parameters, context, grid, crs)
        to_sewer = roofs is not None and self.parameterAsEnum(parameters, self.ROOF_WATER, context) == 1
        coefficient = inputs.value_map(
            self, parameters, context, grid, crs, constant, "RUNOFF", number_if_uniform=not to_sewer
        )
        if to_sewer:
            coefficient[roofs] = 0.0
        return coefficient

    def process(self, parameters, context, feedback):
        bounds = inputs.depth_classes(self, parameters, context)
        grid, crs, kernel_set = inputs.read_terrain(self, parameters, context, feedback)
        rain = inputs.rain_mm(self, parameters, context)
        coefficient = self.coefficient(parameters, context, grid, crs)
        feedback.setProgressText(self.tr("Building the depression hierarchy …"))
        model = terrain.FillSpill(grid, kernel_set)
        feedback.setProgress(40)
        check_cancel(feedback)
        feedback.setProgressText(
            local_format(self.tr("Filling and spilling {rain:g} mm of rain …"), rain=rain)
        )
        model.add_rain(rain, coefficient, self.parameterAsDouble(parameters, self.DRAINAGE_MM, context))
        depth = model.final_depth()  # float32, as written to the raster
        feedback.setProgress(60)
        check_cancel(feedback)
        feedback.setProgressText(self.tr("Writing the water depth and the flooded areas …"))
        depth_path = inputs.raster_output(self, parameters, self.WATER_DEPTH, context, depth, grid, crs)
        classes = terrain.depth_classes(depth, bounds)
        geometries = class_geometries(classes, grid.left, grid.top, grid.cell_width, grid.cell_height)
        fields = make_fields(FLOODED_FIELDS)
        sink, flooded_id = self.create_sink(parameters, self.FLOODED, context, fields, WKB_MULTIPOLYGON, crs)
        cells = np.bincount(classes.ravel(), minlength=len(bounds) + 1)
        for number in range(1, len(bounds) + 1):
            if number in geometries:
                feature = QgsFeature(fields)
                feature.setGeometry(geometries[number])
                feature.setAttributes(
                    [number, inputs.class_label(bounds, number), float(cells[number] * grid.cell_area)]
                )
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.setProgress(80)
        results = {self.WATER_DEPTH: depth_path, self.FLOODED: flooded_id}
        pond_fields = make_fields(POND_FIELDS)
        pond_sink, pond_id = self.create_sink(
            parameters, self.PONDS, context, pond_fields, WKB_MULTIPOLYGON, crs
        )
        if pond_sink is not None:
            table, labels = terrain.ponds(grid, depth, bounds[0])
            pond_geometries = class_geometries(labels, grid.left, grid.top, grid.cell_width, grid.cell_height)
            write_polygons(pond_sink, pond_fields, table, pond_geometries, feedback)
            results[self.PONDS] = pond_id
        feedback.pushInfo(
            local_format(
                self.tr(
                    "Rain {rain:g} mm: runoff {runoff:,.0f} m³, stored {stored:,.0f} m³, "
                    "left the area {out:,.0f} m³."
                ),
                rain=rain,
                runoff=model.rain_m3,
                stored=model.stored_m3,
                out=model.outflow_m3,
            )
        )
        results.update(
            {self.RAIN_M3: model.rain_m3, self.STORED_M3: model.stored_m3, self.OUTFLOW_M3: model.outflow_m3}
        )
        return results
