"""smartcity:parkingforecast — hourly occupancy forecast per facility, with a backtest."""

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.parking.forecast import occupancy_forecast
from ...qgisbridge.compat import NUMBER_INTEGER, WKB_NONE
from ...qgisbridge.frames import write_frame
from ...qgisbridge.i18n import local_format, tr
from ...qgisbridge.layers import make_fields
from ..base import SmartCityAlgorithm, Stages
from . import params as inputs
from .stats import run_statistics

FORECAST_FIELDS = (
    ("facility_id", QMetaType.Type.QString),
    ("time", QMetaType.Type.QDateTime),
    ("weekday", QMetaType.Type.Int),
    ("local_hour", QMetaType.Type.Int),
    ("rate", QMetaType.Type.Double),
    ("free", QMetaType.Type.Int),
    ("backtest_weeks", QMetaType.Type.Int),  # 0: too little history to test the forecast
)
BACKTEST_FIELDS = (
    ("facility_id", QMetaType.Type.QString),
    ("backtest_weeks", QMetaType.Type.Int),
    ("mae", QMetaType.Type.Double),
    ("mape", QMetaType.Type.Double),
    ("naive_mae", QMetaType.Type.Double),
    ("naive_mape", QMetaType.Type.Double),
)


class ParkingForecastAlgorithm(SmartCityAlgorithm):
    ALG_ID = "parkingforecast"
    GROUP_ID = "parking"
    DAYS = "DAYS"
    WEEKS = "WEEKS"
    BACKTEST_WEEKS = "BACKTEST_WEEKS"
    OUTPUT = "OUTPUT"
    BACKTEST = "BACKTEST"

    def displayName(self):
        return self.tr("Occupancy forecast")

    def help_text(self):
        return self.tr(
            "Forecasts the hourly occupancy rate and free spaces of each facility for the next days "
            "after its data ends. Method: the mean of the same local weekday and hour over the last "
            "weeks, shifted by how much the last seven days deviated from that profile.\n\n"
            "Backtest: each of the last weeks is forecast from the data before it and compared with "
            "what was observed: MAE (mean absolute error in occupancy points, 0.05 = 5 %) and MAPE "
            "(relative error, hours below 5 % occupancy left out), next to the naive forecast "
            "'same hour last week'. Only trust the forecast where it beats the naive one.\n\n"
        ) + tr(inputs.INPUT_HELP)

    def initAlgorithm(self, config=None):
        inputs.add_input_parameters(self)
        for name, label, default, maximum in (
            (self.DAYS, self.tr("Days to forecast"), 7, 28),
            (self.WEEKS, self.tr("Weeks of history in the profile"), 4, 52),
            (self.BACKTEST_WEEKS, self.tr("Weeks to backtest"), 2, 12),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name, label, NUMBER_INTEGER, default, minValue=1, maxValue=maximum
                )
            )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Forecast")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.BACKTEST, self.tr("Backtest per facility")))

    def process(self, parameters, context, feedback):
        steps = Stages(3, feedback)  # reading; forecasting; writing
        source, statistics = run_statistics(self, parameters, context, steps, threshold=0.85)
        steps.setCurrentStep(1)
        capacities = dict(zip(statistics.facilities["facility_id"], statistics.facilities["capacity"]))
        feedback.pushInfo(self.tr("Forecasting …"))
        result = occupancy_forecast(
            statistics.hourly,
            capacities,
            days=self.parameterAsInt(parameters, self.DAYS, context),
            weeks=self.parameterAsInt(parameters, self.WEEKS, context),
            backtest_weeks=self.parameterAsInt(parameters, self.BACKTEST_WEEKS, context),
        )
        forecast = result.forecast.rename(columns={"hour": "time"})
        steps.setCurrentStep(2)
        results = {}
        for name, frame, spec in (
            (self.OUTPUT, forecast, FORECAST_FIELDS),
            (self.BACKTEST, result.backtest, BACKTEST_FIELDS),
        ):
            sink, dest_id = self.create_sink(
                parameters, name, context, make_fields(spec), WKB_NONE, source.sourceCrs()
            )
            write_frame(sink, frame, spec, steps)
            results[name] = dest_id
        tested = (
            result.backtest.dropna(subset=["mae"]) if "mae" in result.backtest else result.backtest.iloc[:0]
        )
        if len(tested):
            feedback.pushInfo(
                local_format(
                    self.tr("Backtest: mean MAE {mae:.3f} (naive {naive:.3f}) over {count} facilities."),
                    mae=tested["mae"].mean(),
                    naive=tested["naive_mae"].mean(),
                    count=len(tested),
                )
            )
        else:
            feedback.pushWarning(
                self.tr("Too little history for a backtest (at least two weeks are needed).")
            )
        return results
