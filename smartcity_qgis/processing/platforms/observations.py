"""smartcity:observations — time series of sensor streams as points for the Temporal Controller."""

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDateTime

from ...core.errors import N_, InputError
from ...core.platforms.connection import load_observation_pages, stream_info
from ...qgisbridge.compat import WKB_POINT
from ...qgisbridge.i18n import tr
from ...qgisbridge.layers import (
    OBSERVATION_FIELDS,
    add_in_batches,
    iso_utc,
    make_fields,
    observation_features,
)
from ...qgisbridge.styles import post_process_on_load
from ..base import SmartCityAlgorithm
from . import params

DEFAULT_DAYS = 7


class TemporalLayerSetup(QgsProcessingLayerPostProcessorInterface):
    """Makes a loaded observation layer temporal: each feature from ``time`` to ``time_end``."""

    def postProcessLayer(self, layer, context, feedback):
        temporal = layer.temporalProperties()
        temporal.setMode(Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields)
        temporal.setStartField("time")
        temporal.setEndField("time_end")
        temporal.setIsActive(True)


class ObservationsAlgorithm(SmartCityAlgorithm):
    ALG_ID = "observations"
    GROUP_ID = "platform"
    STREAM_IDS = "STREAM_IDS"
    START = "START"
    END = "END"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Fetch observations")

    def help_text(self):
        return self.tr(
            "Fetches the time series of one or more sensor streams in a time range and writes one "
            "point per observation at its sensor's location: stream, observed property, unit, "
            "time and time_end (UTC; equal for instants, start and end of intervals), numeric "
            "value and text value.\n\n"
            "Stream ids: SensorThings Datastream ids (as in the stream_id field of 'Load sensor "
            "locations'; digits are integer ids) or NGSI-LD '<entity id>#<attribute>', separated "
            "by commas. NGSI-LD history comes from the temporal API. Without a range the last "
            "7 days are fetched.\n\n"
            "The layer is set up for the Temporal Controller when it is loaded into QGIS.\n\n"
        ) + tr(params.PLATFORM_HELP)

    def initAlgorithm(self, config=None):
        params.add_platform_parameters(self)
        self.addParameter(QgsProcessingParameterString(self.STREAM_IDS, self.tr("Stream ids")))
        self.addParameter(QgsProcessingParameterDateTime(self.START, self.tr("From (UTC)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.END, self.tr("To (UTC)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Observations")))

    def time_range(self, parameters, context):
        """``(start, end)`` ISO strings; the end defaults to now, the start to 7 days before the end."""
        end = self.parameterAsDateTime(parameters, self.END, context)
        if not end.isValid():
            end = QDateTime.currentDateTimeUtc()
        start = self.parameterAsDateTime(parameters, self.START, context)
        if not start.isValid():
            start = end.addDays(-DEFAULT_DAYS)
        if start > end:
            raise InputError(N_("The start of the time range lies after its end."))
        return iso_utc(start), iso_utc(end)

    def process(self, parameters, context, feedback):
        platform = params.platform_from_parameters(self, parameters, context)
        text = self.parameterAsString(parameters, self.STREAM_IDS, context)
        stream_ids = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
        if not stream_ids:
            raise InputError(N_("Enter at least one stream id."))
        start, end = self.time_range(parameters, context)
        limit = params.max_features(self, parameters, context)
        transport = params.platform_transport(platform, feedback)
        fields = make_fields(OBSERVATION_FIELDS)
        sink, dest_id = self.create_sink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            WKB_POINT,
            QgsCoordinateReferenceSystem("EPSG:4326"),
        )
        count = 0
        for index, stream_id in enumerate(stream_ids):
            stream = stream_info(transport, platform, stream_id)
            feedback.pushInfo(
                self.tr("{stream}: observations from {start} to {end} …").format(
                    stream=stream.stream_name or stream_id, start=start, end=end
                )
            )
            if not stream.has_location:
                feedback.pushWarning(
                    self.tr("{stream} has no location; its rows have no geometry.").format(
                        stream=stream.stream_name or stream_id
                    )
                )
            pages = load_observation_pages(
                transport,
                platform,
                stream_id,
                start,
                end,
                max_items=limit - count,
                is_cancelled=feedback.isCanceled,
                notify=params.notifier(feedback),
            )
            for page in pages:
                add_in_batches(sink, observation_features(fields, stream, page), feedback)
                count += len(page)
            feedback.setProgress(100.0 * (index + 1) / len(stream_ids))
            if count >= limit:
                feedback.pushWarning(self.tr("Stopped at the limit of {limit} features.").format(limit=limit))
                break
        if not count:
            raise InputError(N_("No observations in this time range."))
        post_process_on_load(context, dest_id, TemporalLayerSetup())
        feedback.pushInfo(self.tr("{count} observations loaded.").format(count=count))
        return {self.OUTPUT: dest_id}
