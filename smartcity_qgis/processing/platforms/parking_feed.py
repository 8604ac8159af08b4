"""smartcity:parkingfeed — a parking feed (ParkAPI, DATEX II, NGSI, GeoJSON) as a point layer."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
)

from ...core.errors import N_, InputError
from ...core.platforms.parking_feeds import FORMATS, parse_parking_feed, property_mapping
from ...core.platforms.sources import read_source
from ...qgisbridge.compat import NUMBER_INTEGER, PARAMETER_ADVANCED, WKB_POINT
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
    PROPERTIES = "PROPERTIES"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Load parking feed")

    def help_text(self):
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
            "GeoJSON from a geoportal may be in its own CRS (a 'crs' member such as EPSG:25832: the "
            "points are converted to WGS 84, and points outside that CRS's area are flagged) and use "
            "its own property names: the usual ones (name, bezeichnung, capacity, stellplaetze, "
            "free, frei …) are found by themselves, others are given in the field mapping, e.g. "
            "'name=STANDORT; capacity=ANZ_PLAETZE; free=FREI'. Roles: id, name, kind, capacity, "
            "free, occupied, status, time. When no property holds counts, every record says so.\n\n"
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
        mapping = QgsProcessingParameterString(
            self.PROPERTIES, self.tr("GeoJSON field mapping (role=property; …)"), optional=True
        )
        mapping.setFlags(mapping.flags() | PARAMETER_ADVANCED)
        self.addParameter(mapping)
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
        records = parse_parking_feed(
            data,
            status_data,
            fmt,
            source=source,
            max_age_minutes=max_age or None,
            properties=property_mapping(self.parameterAsString(parameters, self.PROPERTIES, context)),
            to_wgs84=WgsPoints(context.project()),
        )
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
        if all("no counts" in record.issues for record in records):
            feedback.pushWarning(
                self.tr(
                    "No property of the feed holds counts (capacity, free, occupied): name them in "
                    "the GeoJSON field mapping, e.g. 'capacity=ANZ_PLAETZE; free=FREI'."
                )
            )
        feedback.pushInfo(
            self.tr(
                "{count} facilities loaded, {flagged} with issues (no location or implausible "
                "counts: see the issues field)."
            ).format(count=len(records), flagged=flagged)
        )
        return {self.OUTPUT: dest_id}


class WgsPoints:
    """``(epsg, x, y)`` → ``(lon, lat)`` in WGS 84 by QGIS (PROJ), None for a point outside the area
    where that CRS is used or an unknown CRS."""

    def __init__(self, project):
        self.project = project or QgsProject.instance()
        self.transforms = {}

    def __call__(self, epsg, x, y):
        if epsg not in self.transforms:
            crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            self.transforms[epsg] = (
                (QgsCoordinateTransform(crs, wgs84, self.project), crs.bounds()) if crs.isValid() else None
            )
        if self.transforms[epsg] is None:
            return None
        transform, area = self.transforms[epsg]
        try:
            point = transform.transform(QgsPointXY(x, y))
        except QgsCsException:
            return None
        return (point.x(), point.y()) if area.contains(point) else None
