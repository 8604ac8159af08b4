"""smartcity:parkingturnover — sessions, dwell times and turnover of on-street bays."""

from qgis.core import (
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import N_, InputError
from ...core.parking.turnover import parking_turnover
from ...qgisbridge.compat import NUMBER_DOUBLE, SOURCE_VECTOR, WKB_NONE
from ...qgisbridge.frames import layer_frame, write_frame
from ...qgisbridge.layers import make_fields
from ..base import SmartCityAlgorithm, Stages, field_name
from .params import END, START, facility_geometries, period

DWELL_FIELDS = (
    ("sessions", QMetaType.Type.Int),
    ("median_min", QMetaType.Type.Double),
    ("p90_min", QMetaType.Type.Double),
    ("share_over", QMetaType.Type.Double),
    ("turnover", QMetaType.Type.Double),
    ("occupied_share", QMetaType.Type.Double),
)

BAY_FIELDS = (("bay_id", QMetaType.Type.QString), ("zone", QMetaType.Type.QString), *DWELL_FIELDS)
ZONE_FIELDS = (("zone", QMetaType.Type.QString), ("bays", QMetaType.Type.Int), *DWELL_FIELDS)


class ParkingTurnoverAlgorithm(SmartCityAlgorithm):
    ALG_ID = "parkingturnover"
    GROUP_ID = "parking"
    EVENTS = "EVENTS"
    BAY_ID = "BAY_ID"
    TIME = "TIME"
    STATUS = "STATUS"
    BAYS = "BAYS"
    BAYS_ID = "BAYS_ID"
    ZONE = "ZONE"
    MAX_DURATION = "MAX_DURATION"
    START = START
    END = END
    OUTPUT = "OUTPUT"
    ZONES = "ZONES"

    def displayName(self):
        return self.tr("On-street bay turnover")

    def help_text(self):
        return self.tr(
            "Parking sessions of single-bay sensors: a session runs from an 'occupied' event to the "
            "next 'free' event of the bay (status words such as occupied/free, belegt/frei, "
            "vacant, 1/0 or true/false). Per bay and per zone: number of sessions, median and "
            "90th-percentile dwell time, share of sessions longer than the allowed duration, "
            "turnover (sessions per bay and day) and occupied share of the period.\n\n"
            "Sessions cut by the start or end of the period (a car already parked at the first "
            "event, or still parked at the end) count as sessions, but their unknown dwell time "
            "is left out. Bays and zones come from an optional bay layer (its geometry is used "
            "for the output); without it the output is a table."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(QgsProcessingParameterFeatureSource(self.EVENTS, self.tr("Bay status events"), [SOURCE_VECTOR]))
        add(
            QgsProcessingParameterField(
                self.BAY_ID, self.tr("Bay id field"), "id", self.EVENTS, optional=True
            )
        )
        add(
            QgsProcessingParameterField(
                self.TIME, self.tr("Time field"), "observed", self.EVENTS, optional=True
            )
        )
        add(
            QgsProcessingParameterField(
                self.STATUS, self.tr("Status field"), "status", self.EVENTS, optional=True
            )
        )
        add(QgsProcessingParameterFeatureSource(self.BAYS, self.tr("Bays"), [SOURCE_VECTOR], optional=True))
        add(
            QgsProcessingParameterField(
                self.BAYS_ID, self.tr("Bay id field of the bays"), "id", self.BAYS, optional=True
            )
        )
        add(
            QgsProcessingParameterField(
                self.ZONE, self.tr("Zone or street field"), None, self.BAYS, optional=True
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.MAX_DURATION,
                self.tr("Maximum allowed parking duration (minutes)"),
                NUMBER_DOUBLE,
                120.0,
                minValue=1.0,
            )
        )
        add(QgsProcessingParameterDateTime(self.START, self.tr("Period from (UTC)"), optional=True))
        add(QgsProcessingParameterDateTime(self.END, self.tr("Period to (UTC)"), optional=True))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Bay turnover")))
        add(
            QgsProcessingParameterFeatureSink(
                self.ZONES,
                self.tr("Zone turnover"),
                SOURCE_VECTOR,
                optional=True,
                createByDefault=True,
            )
        )

    def process(self, parameters, context, feedback):
        events = self.parameterAsSource(parameters, self.EVENTS, context)
        columns = {
            column: field_name(self, parameters, name, context, events)
            for column, name in (("bay_id", self.BAY_ID), ("time", self.TIME), ("status", self.STATUS))
        }
        for column, name in columns.items():
            if not name:
                raise InputError(N_("Choose the field for '{parameter}'."), parameter=column)
        steps = Stages(2, feedback)  # reading and computing; writing
        event_frame = layer_frame(events, columns, steps)
        bays = self.parameterAsSource(parameters, self.BAYS, context)
        bay_frame = bay_id_field = None
        if bays is not None:
            bay_id_field = field_name(self, parameters, self.BAYS_ID, context, bays)
            zone_field = field_name(self, parameters, self.ZONE, context, bays)
            bay_frame = layer_frame(bays, {"bay_id": bay_id_field, "zone": zone_field}, steps)
            if "zone" not in bay_frame:
                bay_frame["zone"] = ""
        start_ns, end_ns = period(self, parameters, context)
        result = parking_turnover(
            event_frame,
            bay_frame,
            self.parameterAsDouble(parameters, self.MAX_DURATION, context),
            start_ns,
            end_ns,
        )
        if result.unreadable:
            feedback.pushWarning(
                self.tr("{count} events without a readable status or time were skipped.").format(
                    count=result.unreadable
                )
            )
        steps.setCurrentStep(1)
        if bays is not None:
            geometries = facility_geometries(bays, bay_id_field, result.bays["bay_id"], steps)
            sink, dest_id = self.create_sink(
                parameters, self.OUTPUT, context, make_fields(BAY_FIELDS), bays.wkbType(), bays.sourceCrs()
            )
        else:
            geometries = None
            sink, dest_id = self.create_sink(
                parameters,
                self.OUTPUT,
                context,
                make_fields(BAY_FIELDS),
                WKB_NONE,
                events.sourceCrs(),
            )
        write_frame(sink, result.bays, BAY_FIELDS, steps, geometries)
        results = {self.OUTPUT: dest_id}
        zone_sink, zone_id = self.create_sink(
            parameters,
            self.ZONES,
            context,
            make_fields(ZONE_FIELDS),
            WKB_NONE,
            events.sourceCrs(),
        )
        if zone_sink is not None:
            write_frame(zone_sink, result.zones, ZONE_FIELDS, steps)
            results[self.ZONES] = zone_id
        feedback.pushInfo(
            self.tr("{sessions} sessions at {bays} bays.").format(
                sessions=len(result.sessions), bays=len(result.bays)
            )
        )
        return results
