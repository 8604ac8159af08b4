"""smartcity:parkingstats — occupancy, saturation and weekday × hour profiles per facility."""

from qgis.core import (
    QgsProcessingParameterFeatureSink,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.parking.stats import StatsOptions, parking_statistics
from ...qgisbridge.compat import WKB_NONE
from ...qgisbridge.frames import write_frame
from ...qgisbridge.i18n import tr
from ...qgisbridge.layers import make_fields
from ..base import SmartCityAlgorithm, Stages, field_name
from . import params as inputs

STATS_FIELDS = (
    ("facility_id", QMetaType.Type.QString),
    ("name", QMetaType.Type.QString),
    ("capacity", QMetaType.Type.Double),
    ("coverage", QMetaType.Type.Double),
    ("samples", QMetaType.Type.Int),
    ("gaps", QMetaType.Type.Int),
    ("gap_list", QMetaType.Type.QString),
    ("issues", QMetaType.Type.QString),
    ("mean_occ", QMetaType.Type.Double),
    ("median_occ", QMetaType.Type.Double),
    ("p95_occ", QMetaType.Type.Double),
    ("peak_occ", QMetaType.Type.Double),
    ("peak_time", QMetaType.Type.QDateTime),
    ("peak_local", QMetaType.Type.QString),
    ("hours_sat", QMetaType.Type.Double),
    ("share_sat", QMetaType.Type.Double),
    ("daily_profile", QMetaType.Type.QString),
)
PROFILE_FIELDS = (
    ("facility_id", QMetaType.Type.QString),
    ("weekday", QMetaType.Type.Int),
    ("hour", QMetaType.Type.Int),
    ("mean_occ", QMetaType.Type.Double),
    ("hours", QMetaType.Type.Double),
)


def run_statistics(algorithm, parameters, context, feedback, threshold):
    """Read the inputs and compute :class:`ParkingStatistics`; warnings go to the log."""
    source, facilities, observations = inputs.read_inputs(algorithm, parameters, context, feedback)
    start_ns, end_ns = inputs.period(algorithm, parameters, context)
    options = StatsOptions(
        threshold=threshold,
        max_gap_minutes=algorithm.parameterAsDouble(parameters, inputs.MAX_GAP, context),
        start_ns=start_ns,
        end_ns=end_ns,
    )
    feedback.pushInfo(tr("Computing time-weighted statistics …"))
    result = parking_statistics(facilities, observations, options)
    for template, params in result.warnings:
        feedback.pushWarning(tr(template).format(**params))
    return source, result


class ParkingStatsAlgorithm(SmartCityAlgorithm):
    ALG_ID = "parkingstats"
    GROUP_ID = "parking"
    THRESHOLD = "THRESHOLD"
    OUTPUT = "OUTPUT"
    PROFILE = "PROFILE"

    def displayName(self):
        return self.tr("Parking occupancy statistics")

    def help_text(self):
        return self.tr(
            "Occupancy statistics per parking facility over a period: coverage (share of the "
            "period with data) and the gaps, mean, median and 95th-percentile occupancy rate "
            "(time-weighted), peak occupancy and when, hours and share of time at or above the "
            "saturation threshold (85 % by default) and a typical daily profile (JSON, local "
            "hours). A second table gives the mean occupancy per weekday (0 = Monday) and local "
            "hour for each facility and for all facilities together (facility_id '*', weighted "
            "by capacity).\n\n"
        ) + tr(inputs.INPUT_HELP)

    def initAlgorithm(self, config=None):
        inputs.add_input_parameters(self)
        inputs.add_threshold(self, self.THRESHOLD)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Facility statistics")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.PROFILE, self.tr("Weekday × hour profile"), optional=True, createByDefault=True
            )
        )

    def process(self, parameters, context, feedback):
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        steps = Stages(2, feedback)  # reading and computing; writing
        source, result = run_statistics(self, parameters, context, steps, threshold)
        id_field = field_name(self, parameters, inputs.FACILITY_ID, context, source)
        stats = result.facilities
        steps.setCurrentStep(1)
        geometries = inputs.facility_geometries(source, id_field, stats["facility_id"], steps)
        sink, dest_id = self.create_sink(
            parameters, self.OUTPUT, context, make_fields(STATS_FIELDS), source.wkbType(), source.sourceCrs()
        )
        write_frame(sink, stats, STATS_FIELDS, steps, geometries)
        results = {self.OUTPUT: dest_id}
        profile_sink, profile_id = self.create_sink(
            parameters,
            self.PROFILE,
            context,
            make_fields(PROFILE_FIELDS),
            WKB_NONE,
            source.sourceCrs(),
        )
        if profile_sink is not None:
            write_frame(profile_sink, result.profile, PROFILE_FIELDS, steps)
            results[self.PROFILE] = profile_id
        saturated = int((stats["share_sat"].fillna(0) > 0).sum()) if "share_sat" in stats else 0
        feedback.pushInfo(
            self.tr("{count} facilities; {saturated} reach the threshold at times.").format(
                count=len(stats), saturated=saturated
            )
        )
        return results
