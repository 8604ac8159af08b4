"""smartcity:parkingreport — one HTML file with heatmaps, time series, a map and tables."""

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ...core.parking.report import parking_report
from ...qgisbridge.compat import SOURCE_LINE, SOURCE_POLYGON, SOURCE_VECTOR
from ...qgisbridge.frames import layer_frame, metric_crs, outline_lines, point_frame
from ...qgisbridge.i18n import tr
from ..base import SmartCityAlgorithm, Stages, field_name
from . import params as inputs
from .stats import run_statistics


class ParkingReportAlgorithm(SmartCityAlgorithm):
    ALG_ID = "parkingreport"
    GROUP_ID = "parking"
    THRESHOLD = "THRESHOLD"
    TURNOVER = "TURNOVER"
    TITLE = "TITLE"
    MAP_CONTEXT = "MAP_CONTEXT"
    MAP_MARGIN = 0.1  # share of the facilities' extent shown around them on the map
    OUTPUT_HTML = "OUTPUT_HTML"

    def displayName(self):
        return self.tr("Parking report")

    def help_text(self):
        return self.tr(
            "Writes one HTML file (charts embedded, opens in any browser, can be mailed or printed): "
            "an overview table per facility (coverage, mean and 95th-percentile occupancy, hours "
            "and share at or above the threshold, issues), a weekday × hour heatmap of all "
            "facilities with a colour legend, a map of the named facilities coloured by saturation "
            "(over roads or buildings when a context layer is given), the on-street turnover per "
            "zone when its table is given, and for the busiest facilities a time series with "
            "local-time day ticks, the threshold line and their own heatmap. Times are local time "
            "(Europe/Berlin). Printed, it fits A4 with one page per facility.\n\n"
        ) + tr(inputs.INPUT_HELP)

    def initAlgorithm(self, config=None):
        inputs.add_input_parameters(self)
        inputs.add_threshold(self, self.THRESHOLD)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TURNOVER,
                self.tr("Zone turnover table"),
                [SOURCE_VECTOR],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MAP_CONTEXT,
                self.tr("Map context (roads or buildings)"),
                [SOURCE_LINE, SOURCE_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"), self.tr("Parking report"))
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("Report"), self.tr("HTML files (*.html)")
            )
        )

    def process(self, parameters, context, feedback):
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        steps = Stages(2, feedback)  # statistics; the report
        source, statistics = run_statistics(self, parameters, context, steps, threshold)
        steps.setCurrentStep(1)
        id_field = field_name(self, parameters, inputs.FACILITY_ID, context, source)
        crs = metric_crs(source.sourceCrs(), source.sourceExtent(), context.project())
        places = point_frame(source, {"facility_id": id_field}, crs, context.project(), steps)
        places["facility_id"] = places["facility_id"].astype(str)
        facilities = statistics.facilities
        names = dict(zip(facilities["facility_id"], facilities["name"]))
        locations = {key: (x, y) for key, x, y in places[["facility_id", "x", "y"]].itertuples(index=False)}
        turnover_source = self.parameterAsSource(parameters, self.TURNOVER, context)
        turnover = None
        if turnover_source is not None:
            names_in_table = turnover_source.fields().names()
            turnover = layer_frame(turnover_source, {name: name for name in names_in_table}, steps)
        html = parking_report(
            statistics,
            threshold,
            self.parameterAsString(parameters, self.TITLE, context),
            names,
            locations,
            turnover,
            tr,
            self.map_context(parameters, context, places, crs, steps),
        )
        path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        self.write_output(path, html)
        feedback.pushInfo(self.tr("Report written to {path}").format(path=path))
        return {self.OUTPUT_HTML: path}

    def map_context(self, parameters, context, places, crs, feedback):
        """The context layer's lines around the facilities, in the map's CRS (none without it)."""
        source = self.parameterAsSource(parameters, self.MAP_CONTEXT, context)
        located = places.dropna(subset=["x", "y"])
        if source is None or located.empty:
            return []
        xmin, xmax, ymin, ymax = located.x.min(), located.x.max(), located.y.min(), located.y.max()
        margin = self.MAP_MARGIN * max(xmax - xmin, ymax - ymin, 100.0)
        bounds = (xmin - margin, ymin - margin, xmax + margin, ymax + margin)
        return outline_lines(source, crs, bounds, context.project(), feedback)
