"""smartcity:schoolcatchments — walking-time bands per school, and each home's time to each school type."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import N_, InputError
from ...core.lazy import LazyModule
from ...core.schoolroutes.routes import catchment_grids, nearest_by_type, snap, walking_minutes
from ...qgisbridge.compat import NUMBER_DOUBLE, SOURCE_ANY_GEOMETRY, SOURCE_POLYGON, WKB_MULTIPOLYGON
from ...qgisbridge.frames import write_frame
from ...qgisbridge.layers import add_in_batches, make_fields
from ...qgisbridge.rasters import mask_geometry
from ..base import SmartCityAlgorithm, Stages, field_name
from . import params as inputs

np = LazyModule("numpy")

BAND_FIELDS = (
    ("school", QMetaType.Type.QString),
    ("type", QMetaType.Type.QString),
    ("minutes", QMetaType.Type.Double),
)


def parse_bands(text):
    """Walking-time bands in minutes from ``"5, 10, 15"``."""
    try:
        bands = sorted({float(part) for part in text.replace(";", ",").split(",") if part.strip()})
    except ValueError:
        bands = []
    if not bands or bands[0] <= 0:
        raise InputError(N_("Give the walking-time bands as positive minutes, e.g. 5, 10, 15, 20."))
    return bands


class SchoolCatchmentsAlgorithm(SmartCityAlgorithm):
    ALG_ID = "schoolcatchments"
    GROUP_ID = "schoolroutes"
    SCHOOL_TYPE = "SCHOOL_TYPE"
    BANDS = "BANDS"
    BUFFER = "BUFFER"
    HOMES = "HOMES"
    OUTPUT = "OUTPUT"
    HOME_TIMES = "HOME_TIMES"

    def displayName(self):
        return self.tr("School catchments")

    def help_text(self):
        return self.tr(
            "Walking-time bands around every school as polygons (the network reachable within 5, 10, "
            "15, 20 … minutes at the network's walking speed, drawn as a corridor of the given width "
            "on a grid of half that width), "
            "and optionally for every home the walking time to the nearest school of each type "
            "(one field per school type, e.g. Grundschule, Gymnasium)."
        )

    def initAlgorithm(self, config=None):
        inputs.add_network_input(self)
        inputs.add_school_inputs(self, with_routes=False)
        add = self.addParameter
        add(
            QgsProcessingParameterField(
                self.SCHOOL_TYPE, self.tr("School type field"), None, inputs.SCHOOLS, optional=True
            )
        )
        add(
            QgsProcessingParameterString(self.BANDS, self.tr("Walking-time bands (minutes)"), "5, 10, 15, 20")
        )
        add(
            QgsProcessingParameterNumber(
                self.BUFFER,
                self.tr("Corridor width either side (m)"),
                NUMBER_DOUBLE,
                25.0,
                minValue=1.0,
            )
        )
        add(
            QgsProcessingParameterNumber(
                inputs.MAX_SNAP,
                self.tr("Snapping distance to the network (m)"),
                NUMBER_DOUBLE,
                100.0,
                minValue=0.0,
            )
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.HOMES, self.tr("Homes"), [SOURCE_ANY_GEOMETRY], optional=True
            )
        )
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Catchments"), SOURCE_POLYGON))
        add(
            QgsProcessingParameterFeatureSink(
                self.HOME_TIMES, self.tr("Homes with walking times"), optional=True, createByDefault=False
            )
        )

    def process(self, parameters, context, feedback):
        bands = parse_bands(self.parameterAsString(parameters, self.BANDS, context))
        steps = Stages(2, feedback)  # reading; walking times and writing
        network, crs = inputs.read_network(self, parameters, context, steps)
        schools = inputs.school_table(self, parameters, context, crs, steps)
        steps.setCurrentStep(1)
        source = self.parameterAsSource(parameters, inputs.SCHOOLS, context)
        type_field = field_name(self, parameters, self.SCHOOL_TYPE, context, source)
        types = [str(feature[type_field]) if type_field else "" for feature in source.getFeatures()]
        nodes, _distance = snap(
            schools[["x", "y"]].to_numpy(float),
            network,
            self.parameterAsDouble(parameters, inputs.MAX_SNAP, context),
        )
        usable = np.flatnonzero(nodes >= 0)
        if not len(usable):
            raise InputError(
                N_("No school lies within {distance} m of the walking network."),
                distance=self.parameterAsDouble(parameters, inputs.MAX_SNAP, context),
            )
        minutes = walking_minutes(network, nodes[usable])
        sink, dest_id = self.create_sink(
            parameters, self.OUTPUT, context, make_fields(BAND_FIELDS), WKB_MULTIPOLYGON, crs
        )
        fields = make_fields(BAND_FIELDS)
        grid = catchment_grids(
            network, minutes, bands, self.parameterAsDouble(parameters, self.BUFFER, context)
        )

        def band_feature(row, band, mask):
            feature = QgsFeature(fields)
            feature.setGeometry(mask_geometry(mask, grid.left, grid.top, grid.cell))
            school = usable[row]
            feature.setAttributes(
                [schools["school"].iat[school], types[school] if school < len(types) else "", band]
            )
            return feature

        bands = sorted(grid.masks.items(), key=lambda item: (item[0][0], -item[0][1]))
        add_in_batches(sink, (band_feature(row, band, mask) for (row, band), mask in bands), feedback)
        results = {self.OUTPUT: dest_id}
        homes_source = self.parameterAsSource(parameters, self.HOMES, context)
        kinds = [types[school] or "school" for school in usable]
        spec = tuple((f"min_{kind}"[:60], QMetaType.Type.Double) for kind in sorted(set(kinds)))
        if homes_source is not None:
            time_sink, time_id = self.create_sink(
                parameters,
                self.HOME_TIMES,
                context,
                make_fields(spec),
                homes_source.wkbType(),
                homes_source.sourceCrs(),
            )
            if time_sink is not None:
                _source, homes = inputs.points(self, parameters, self.HOMES, context, crs, feedback)
                home_nodes, _distance = snap(
                    homes[["x", "y"]].fillna(np.inf).to_numpy(float),
                    network,
                    self.parameterAsDouble(parameters, inputs.MAX_SNAP, context),
                )
                times = nearest_by_type(minutes, home_nodes, kinds)
                times.columns = [name for name, _kind in spec]
                write_frame(time_sink, times, spec, steps, list(homes["geometry"]))
                results[self.HOME_TIMES] = time_id
                stranded = int(times.isna().all(axis=1).sum())
                if stranded:
                    feedback.pushWarning(
                        self.tr(
                            "{count} homes reach no school on the network (too far from it or on a "
                            "separate part); their walking times are empty."
                        ).format(count=stranded)
                    )
        return results
