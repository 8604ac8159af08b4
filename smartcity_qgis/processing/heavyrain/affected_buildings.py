"""smartcity:affectedbuildings — water depth and flow along every building, risk classes and a summary."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import N_, InputError
from ...core.heavyrain import simulation, terrain
from ...core.lazy import LazyModule
from ...qgisbridge.compat import NUMBER_DOUBLE, SOURCE_POLYGON, SOURCE_VECTOR, WKB_NONE, field
from ...qgisbridge.i18n import tr
from ...qgisbridge.layers import add_in_batches, make_fields
from ...qgisbridge.rasters import read_grid
from ..base import SmartCityAlgorithm, check_cancel
from . import params as inputs

np = LazyModule("numpy")
wkb = LazyModule("shapely.wkb")


EXPOSURE_FIELDS = (
    ("max_depth", QMetaType.Type.Double),
    ("mean_depth", QMetaType.Type.Double),
    ("pond", QMetaType.Type.Int),
    ("flow_m2", QMetaType.Type.Double),
    ("max_speed", QMetaType.Type.Double),
    ("risk", QMetaType.Type.Int),
    ("risk_class", QMetaType.Type.QString),
)
SUMMARY_FIELDS = (
    ("risk", QMetaType.Type.Int),
    ("class", QMetaType.Type.QString),
    ("buildings", QMetaType.Type.Int),
    ("footprint_m2", QMetaType.Type.Double),
)


class AffectedBuildingsAlgorithm(SmartCityAlgorithm):
    ALG_ID = "affectedbuildings"
    GROUP_ID = "heavyrain"
    BUILDINGS = "BUILDINGS"
    WATER_DEPTH = "WATER_DEPTH"
    ACCUMULATION = "ACCUMULATION"
    SPEED = "SPEED"
    FLOW_THRESHOLD = "FLOW_THRESHOLD"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self):
        return self.tr("Affected buildings")

    def help_text(self):
        return self.tr(
            "Which buildings the water reaches: along every footprint (on the ground just outside "
            "the walls) the maximum and mean water depth from 'Design rain: fill and spill', the "
            "pond with the deepest water there, and the largest contributing area of a flow path "
            "touching it (from 'Flow paths', optional) and the fastest flow along the walls (from "
            "'Design rain: 2D simulation', its maximum water depth and maximum flow velocity, "
            "optional).\n\n"
            "Risk classes by the maximum depth and the depth classes: 0 none (below the first "
            "class), 1 low, 2 moderate, 3 high, 4 very high; a building touched by a flow path "
            "draining at least the given area is at least 'moderate'; water running along the walls "
            "at 0.2 / 0.5 / 2 m/s or faster (the velocity classes of the 2D simulation) makes it at "
            "least low / moderate / high. The summary table counts the buildings and their footprint "
            "area per class."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(
            QgsProcessingParameterFeatureSource(
                self.BUILDINGS, self.tr("Building footprints"), [SOURCE_POLYGON]
            )
        )
        add(QgsProcessingParameterRasterLayer(self.WATER_DEPTH, self.tr("Water depth (m)")))
        add(
            QgsProcessingParameterRasterLayer(
                self.ACCUMULATION, self.tr("Contributing area (m², optional)"), optional=True
            )
        )
        add(
            QgsProcessingParameterRasterLayer(
                self.SPEED, self.tr("Maximum flow velocity (m/s, optional)"), optional=True
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.FLOW_THRESHOLD,
                self.tr("Flow path exposure from a contributing area of (m²)"),
                NUMBER_DOUBLE,
                10000.0,
                minValue=0.0,
            )
        )
        inputs.add_depth_classes(self)
        add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Buildings with water exposure"), SOURCE_POLYGON
            )
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, self.tr("Summary by risk class"), SOURCE_VECTOR, optional=True
            )
        )

    def on_depth_grid(self, parameters, context, name, depth_grid):
        """The raster ``name`` as an array (nodata 0), None when not given; it must lie on the
        water depths' grid."""
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            return None
        grid = read_grid(layer)
        if grid.shape != depth_grid.shape or (grid.left, grid.top) != (depth_grid.left, depth_grid.top):
            raise InputError(
                N_("The raster {name} must lie on the same grid as the water depths."), name=layer.name()
            )
        return np.where(grid.valid, grid.dem, 0.0)

    def process(self, parameters, context, feedback):
        bounds = inputs.depth_classes(self, parameters, context)
        source = self.parameterAsSource(parameters, self.BUILDINGS, context)
        if source is None or source.featureCount() == 0:
            raise InputError(N_("The building layer is empty."))
        depth_layer = self.parameterAsRasterLayer(parameters, self.WATER_DEPTH, context)
        depth_grid = read_grid(depth_layer)
        crs = depth_layer.crs()
        area = self.on_depth_grid(parameters, context, self.ACCUMULATION, depth_grid)
        speed = self.on_depth_grid(parameters, context, self.SPEED, depth_grid)
        depth = np.where(depth_grid.valid, depth_grid.dem, 0.0)
        _ponds, labels = terrain.ponds(depth_grid, depth, bounds[0])
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        features, footprints = [], []
        for feature in source.getFeatures(request):
            check_cancel(feedback)
            geometry = feature.geometry()
            features.append(feature)
            footprints.append(None if geometry.isEmpty() else wkb.loads(bytes(geometry.asWkb())))
        feedback.setProgress(30)
        table = terrain.building_exposure(
            depth_grid,
            depth,
            footprints,
            area,
            labels,
            bounds,
            self.parameterAsDouble(parameters, self.FLOW_THRESHOLD, context),
            speed,
            simulation.SPEED_HAZARD,
        )
        feedback.setProgress(70)
        fields = QgsFields(source.fields())
        for name, kind in EXPOSURE_FIELDS:
            fields.append(field(name, kind))
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, source.wkbType(), crs)

        def buildings():
            for feature, row in zip(features, table.itertuples(index=False)):
                output = QgsFeature(fields)
                output.setGeometry(feature.geometry())
                output.setAttributes(
                    feature.attributes()
                    + [
                        float(row.max_depth),
                        float(row.mean_depth),
                        int(row.pond),
                        float(row.flow_m2),
                        None if np.isnan(row.max_speed) else float(row.max_speed),
                        int(row.risk),
                        tr(terrain.RISK_CLASSES[int(row.risk)]),
                    ]
                )
                yield output

        add_in_batches(sink, buildings(), feedback)
        results = {self.OUTPUT: dest_id}
        summary_fields = make_fields(SUMMARY_FIELDS)
        summary_sink, summary_id = self.create_sink(
            parameters, self.SUMMARY, context, summary_fields, WKB_NONE, crs
        )
        summary = terrain.risk_summary(table, [shape.area if shape else 0.0 for shape in footprints])
        for row in summary.itertuples(index=False):
            feedback.pushInfo(f"{tr(row[1])}: {row.buildings}")
            if summary_sink is not None:
                record = QgsFeature(summary_fields)
                record.setAttributes([int(row.risk), tr(row[1]), int(row.buildings), float(row.footprint_m2)])
                summary_sink.addFeature(record, QgsFeatureSink.Flag.FastInsert)
        if summary_sink is not None:
            results[self.SUMMARY] = summary_id
        return results
