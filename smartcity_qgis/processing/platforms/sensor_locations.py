"""smartcity:sensorlocations — one point per SensorThings Datastream or NGSI entity attribute."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
)

from ...core.errors import N_, InputError
from ...core.platforms.connection import load_streams
from ...core.platforms.sensors import property_columns
from ...core.transport import redact_url
from ...qgisbridge.compat import WKB_POINT
from ...qgisbridge.i18n import tr
from ...qgisbridge.layers import SENSOR_FIELDS, add_in_batches, sensor_feature, sensor_fields
from ..base import SmartCityAlgorithm
from . import params

WGS84 = "EPSG:4326"


class SensorLocationsAlgorithm(SmartCityAlgorithm):
    ALG_ID = "sensorlocations"
    GROUP_ID = "platform"
    OBSERVED_PROPERTY = "OBSERVED_PROPERTY"
    NAME_FILTER = "NAME_FILTER"
    EXTENT = "EXTENT"
    WITH_LATEST = "WITH_LATEST"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Load sensor locations")

    def help_text(self):
        return self.tr(
            "Loads the sensors of an urban data platform as points: one point per SensorThings "
            "Datastream, or per measured attribute of an NGSI entity, with thing and stream name, "
            "observed property, unit and the latest value with its time (UTC).\n\n"
            "Filters: observed property (exact name; for NGSI the attribute name), a text that the "
            "thing or stream name must contain, and an extent. Servers that do not support a "
            "spatial filter or sorting are handled automatically (the log says so). Sensors without "
            "a location are kept without geometry. Simple properties of the things (e.g. capacity) "
            "become fields of their own; all properties are also kept as JSON.\n\n"
        ) + tr(params.PLATFORM_HELP)

    def initAlgorithm(self, config=None):
        params.add_platform_parameters(self)
        self.addParameter(
            QgsProcessingParameterString(self.OBSERVED_PROPERTY, self.tr("Observed property"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.NAME_FILTER, self.tr("Name contains"), optional=True)
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.WITH_LATEST, self.tr("Include latest value"), defaultValue=True
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Sensor locations")))

    def process(self, parameters, context, feedback):
        platform = params.platform_from_parameters(self, parameters, context)
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, QgsCoordinateReferenceSystem(WGS84))
        bbox = None
        if not extent.isNull():
            bbox = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        limit = params.max_features(self, parameters, context)
        streams = load_streams(
            params.platform_transport(platform, feedback),
            platform,
            observed_property=self.parameterAsString(parameters, self.OBSERVED_PROPERTY, context).strip(),
            name=self.parameterAsString(parameters, self.NAME_FILTER, context).strip(),
            bbox=bbox,
            with_latest=self.parameterAsBool(parameters, self.WITH_LATEST, context),
            max_items=limit,
            is_cancelled=feedback.isCanceled,
            notify=params.notifier(feedback),
            progress=params.progress_reporter(feedback),
        )
        feedback.pushInfo(self.tr("Reading sensors from {url} …").format(url=redact_url(platform.url)))
        streams = list(streams)  # bounded by the feature limit; the schema needs all properties
        if not streams:
            raise InputError(N_("The platform returned no sensors for these filters."))
        columns = property_columns(streams, reserved=[name for name, _kind in SENSOR_FIELDS])
        fields = sensor_fields(columns)
        sink, dest_id = self.create_sink(
            parameters, self.OUTPUT, context, fields, WKB_POINT, QgsCoordinateReferenceSystem(WGS84)
        )
        add_in_batches(sink, (sensor_feature(fields, stream, columns) for stream in streams), feedback)
        count = len(streams)
        without_location = sum(1 for stream in streams if not stream.has_location)
        if count >= limit:
            feedback.pushWarning(
                self.tr("Stopped at the limit of {limit} features; raise it to load more.").format(
                    limit=limit
                )
            )
        feedback.pushInfo(
            self.tr("{count} sensor streams loaded, {missing} without location.").format(
                count=count, missing=without_location
            )
        )
        return {self.OUTPUT: dest_id}
