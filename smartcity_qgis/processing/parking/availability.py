"""smartcity:parkingavailability — expected free parking within walking reach of destinations."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import N_, InputError
from ...core.lazy import LazyModule
from ...core.parking.availability import availability, expected_occupancy
from ...core.schoolroutes.routes import network_distances
from ...qgisbridge.compat import (
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    SOURCE_ANY_GEOMETRY,
    SOURCE_LINE,
    SOURCE_VECTOR,
)
from ...qgisbridge.frames import layer_frame, metric_crs, point_frame, write_frame
from ...qgisbridge.layers import make_fields
from ..base import SmartCityAlgorithm, Stages, field_name
from ..schoolroutes.params import NETWORK, read_network

np = LazyModule("numpy")

WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
OUTPUT_FIELDS = (
    ("destination", QMetaType.Type.QString),
    ("facilities", QMetaType.Type.Int),
    ("capacity", QMetaType.Type.Double),
    ("free", QMetaType.Type.Double),
    ("pressure", QMetaType.Type.Double),
    ("nearest_id", QMetaType.Type.QString),
    ("nearest_name", QMetaType.Type.QString),
    ("nearest_m", QMetaType.Type.Double),
    ("nearest_free", QMetaType.Type.Double),
)


class ParkingAvailabilityAlgorithm(SmartCityAlgorithm):
    ALG_ID = "parkingavailability"
    GROUP_ID = "parking"
    DESTINATIONS = "DESTINATIONS"
    DEST_NAME = "DEST_NAME"
    FACILITIES = "FACILITIES"
    FACILITY_ID = "FACILITY_ID"
    CAPACITY = "CAPACITY"
    MEAN_OCC = "MEAN_OCC"
    FACILITY_NAME = "FACILITY_NAME"
    PROFILE = "PROFILE"
    WEEKDAY = "WEEKDAY"
    HOUR = "HOUR"
    DISTANCE = "DISTANCE"
    MIN_FREE = "MIN_FREE"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Parking availability near destinations")

    def help_text(self):
        return self.tr(
            "For each destination (town hall, shops, event venue …): the parking facilities within "
            "walking distance, their capacity and expected free spaces at the "
            "chosen weekday and local hour, the nearest facility with expected free space and its "
            "distance, and a pressure index (expected occupancy of the capacity within reach: "
            "0 = empty, 1 = full; empty when nothing is in reach).\n\n"
            "Facilities: the output of 'Parking occupancy statistics' (facility_id, capacity, "
            "mean_occ). With its weekday × hour profile the slot's occupancy is used, otherwise "
            "the mean. Distances are straight lines in metres (in the destinations' CRS, or the UTM "
            "zone when it is geographic) - or walking distances along a walking network when one "
            "is given (e.g. from 'Build walking network')."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(
            QgsProcessingParameterFeatureSource(
                self.DESTINATIONS, self.tr("Destinations"), [SOURCE_ANY_GEOMETRY]
            )
        )
        add(
            QgsProcessingParameterField(
                self.DEST_NAME, self.tr("Destination name field"), None, self.DESTINATIONS, optional=True
            )
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.FACILITIES, self.tr("Facility statistics"), [SOURCE_ANY_GEOMETRY]
            )
        )
        for name, label, default in (
            (self.FACILITY_ID, self.tr("Facility id field"), "facility_id"),
            (self.CAPACITY, self.tr("Capacity field"), "capacity"),
            (self.MEAN_OCC, self.tr("Mean occupancy field"), "mean_occ"),
            (self.FACILITY_NAME, self.tr("Facility name field"), "name"),
        ):
            add(QgsProcessingParameterField(name, label, default, self.FACILITIES, optional=True))
        add(
            QgsProcessingParameterFeatureSource(
                self.PROFILE,
                self.tr("Weekday × hour profile"),
                [SOURCE_VECTOR],
                optional=True,
            )
        )
        add(
            QgsProcessingParameterEnum(
                self.WEEKDAY, self.tr("Weekday"), [self.tr(day) for day in WEEKDAYS], defaultValue=5
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.HOUR,
                self.tr("Local hour (0–23)"),
                NUMBER_INTEGER,
                11,
                minValue=0,
                maxValue=23,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.DISTANCE,
                self.tr("Walking distance (m)"),
                NUMBER_DOUBLE,
                400.0,
                minValue=1.0,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.MIN_FREE,
                self.tr("Free spaces needed"),
                NUMBER_DOUBLE,
                1.0,
                minValue=0.0,
            )
        )
        add(
            QgsProcessingParameterFeatureSource(
                NETWORK, self.tr("Walking network"), [SOURCE_LINE], optional=True
            )
        )
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Availability at destinations")))

    def process(self, parameters, context, feedback):
        destinations = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        facilities = self.parameterAsSource(parameters, self.FACILITIES, context)
        if destinations.featureCount() == 0:
            raise InputError(N_("The destination layer is empty."))
        steps = Stages(2, feedback)  # reading; computing and writing
        network = None
        if self.parameterAsSource(parameters, NETWORK, context) is not None:
            network, crs = read_network(self, parameters, context, steps)
        else:
            crs = metric_crs(destinations.sourceCrs(), destinations.sourceExtent(), context.project())
        columns = {
            column: field_name(self, parameters, name, context, facilities)
            for column, name in (
                ("facility_id", self.FACILITY_ID),
                ("capacity", self.CAPACITY),
                ("mean_occ", self.MEAN_OCC),
                ("name", self.FACILITY_NAME),
            )
        }
        facility_frame = point_frame(facilities, columns, crs, context.project(), steps)
        profile_source = self.parameterAsSource(parameters, self.PROFILE, context)
        profile = None
        if profile_source is not None:
            profile = layer_frame(
                profile_source,
                {name: name for name in ("facility_id", "weekday", "hour", "mean_occ")},
                steps,
            )
        weekday = self.parameterAsEnum(parameters, self.WEEKDAY, context)
        hour = self.parameterAsInt(parameters, self.HOUR, context)
        facility_frame["expected_occ"] = expected_occupancy(facility_frame, profile, weekday, hour)
        name_field = field_name(self, parameters, self.DEST_NAME, context, destinations)
        dest_frame = point_frame(destinations, {"name": name_field}, crs, context.project(), steps)
        steps.setCurrentStep(1)
        numbers = (dest_frame.index + 1).astype(str)
        dest_frame["dest_id"] = dest_frame["name"].astype(str) if name_field else numbers
        located = dest_frame.dropna(subset=["x", "y"])
        distances = None
        if network is not None:
            distances = network_distances(
                network, located[["x", "y"]], facility_frame[["x", "y"]].fillna(np.inf)
            )
        result = availability(
            located,
            facility_frame.drop(columns="geometry"),
            self.parameterAsDouble(parameters, self.DISTANCE, context),
            self.parameterAsDouble(parameters, self.MIN_FREE, context),
            distances,
        )
        result.index = located.index
        result = result.reindex(dest_frame.index).assign(destination=dest_frame["dest_id"])
        names = dict(
            zip(facility_frame["facility_id"], facility_frame.get("name", facility_frame["facility_id"]))
        )
        result["nearest_name"] = result["nearest_id"].map(names)
        sink, dest_id = self.create_sink(
            parameters,
            self.OUTPUT,
            context,
            make_fields(OUTPUT_FIELDS),
            destinations.wkbType(),
            destinations.sourceCrs(),
        )
        write_frame(sink, result, OUTPUT_FIELDS, steps, list(dest_frame["geometry"]))
        return {self.OUTPUT: dest_id}
