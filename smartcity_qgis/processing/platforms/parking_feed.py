"""smartcity:parkingfeed — a parking feed (ParkAPI, DATEX II, NGSI, GeoJSON) as a point layer."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.errors import N_, InputError
from ...core.platforms.parking_feeds import FORMATS, parse_parking_feed
from ...core.platforms.sources import read_source
from ...qgisbridge.compat import NUMBER_INTEGER, WKB_POINT
from ...qgisbridge.i18n import tr
from ...qgisbridge.layers import PARKING_FIELDS, make_fields, write_parking_records
from ...qgisbridge.transport import QgisTransport
from ..base import SmartCityAlgorithm

FORMAT_LABELS = (
    N_("Detect automatically"),
    N_("ParkAPI (lot list or v3)"),
    N_("DATEX II 2.x"),
    N_("NGSI-LD / NGSI-v2 (Smart Data Models)"),
    N_("GeoJSON points"),
)

DEFAULT_MAX_AGE_MINUTES = 60  # a count an hour older than its feed is no longer the situation


class ParkingFeedAlgorithm(SmartCityAlgorithm):
    ALG_ID = "parkingfeed"
    GROUP_ID = "platform"
    SOURCE = "SOURCE"
    STATUS_SOURCE = "STATUS_SOURCE"
    FORMAT = "FORMAT"
    AUTHCFG = "AUTHCFG"
    MAX_AGE = "MAX_AGE"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Load parking feed")

    def shortHelpString(self):
        return self.tr(
            "Reads a parking feed from a URL or a file and writes one point per car park, "
            "parking lot or parking bay in a common schema: id, name, type, capacity, free, "
            "occupied, occupancy rate (occ_rate, 0–1), status, observation time (UTC), "
            "plausibility issues and source.\n\n"
            "Supported feeds: ParkAPI lot lists and ParkAPI v3 sites, DATEX II 2.x parking "
            "tables (add the status publication as second source for live counts), NGSI-LD and "
            "NGSI-v2 parking entities (Smart Data Models OffStreetParking, OnStreetParking, "
            "ParkingSpot) and GeoJSON points.\n\n"
            "Missing counts are derived from capacity where possible. Implausible values "
            "(free > capacity, negative counts, capacity 0), unreadable values, counts older than "
            "the chosen age before the feed's publication time (or now) and facilities without "
            "coordinates are kept and listed in the issues field. A site that the feed reports as "
            "closed (DATEX II site or opening status) has the status 'closed'.\n\n"
            "For protected feeds choose an authentication configuration: credentials go only to the "
            "feed's own server and stay in the QGIS authentication database."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(self.SOURCE, self.tr("Feed URL or file")))
        self.addParameter(
            QgsProcessingParameterString(
                self.STATUS_SOURCE, self.tr("DATEX II status publication (URL or file)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMAT,
                self.tr("Feed format"),
                options=[tr(label) for label in FORMAT_LABELS],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterAuthConfig(self.AUTHCFG, self.tr("Authentication"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_AGE,
                self.tr("Flag counts older than (minutes before publication; 0: never)"),
                NUMBER_INTEGER,
                defaultValue=DEFAULT_MAX_AGE_MINUTES,
                minValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Parking facilities")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsString(parameters, self.SOURCE, context)
        status_source = self.parameterAsString(parameters, self.STATUS_SOURCE, context)
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        transport = QgisTransport(
            authcfg=self.parameterAsString(parameters, self.AUTHCFG, context), feedback=feedback
        )
        feedback.pushInfo(self.tr("Reading the parking feed …"))
        data = read_source(source, transport)
        status_data = read_source(status_source, transport) if status_source.strip() else None
        max_age = self.parameterAsInt(parameters, self.MAX_AGE, context)
        records = parse_parking_feed(data, status_data, fmt, source=source, max_age_minutes=max_age or None)
        if not records:
            raise InputError(N_("The feed contains no parking facilities."))
        sink, dest_id = self.create_sink(
            parameters,
            self.OUTPUT,
            context,
            make_fields(PARKING_FIELDS),
            WKB_POINT,
            QgsCoordinateReferenceSystem("EPSG:4326"),
        )
        write_parking_records(records, sink, feedback)
        flagged = sum(1 for record in records if record.issues)
        feedback.pushInfo(
            self.tr(
                "{count} facilities loaded, {flagged} with issues (no location or implausible "
                "counts: see the issues field)."
            ).format(count=len(records), flagged=flagged)
        )
        return {self.OUTPUT: dest_id}
