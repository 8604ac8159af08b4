"""The "Smart City" processing provider (id ``smartcity``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..qgisbridge.i18n import tr
from .affected_buildings import AffectedBuildingsAlgorithm
from .base import ICON_PATH
from .citygml_enrich import CityGmlEnrichAlgorithm
from .depressions import DepressionsAlgorithm
from .export_3dtiles import Export3DTilesAlgorithm
from .export_citygml import ExportCityGmlAlgorithm
from .export_citygml3_dynamizer import ExportCityGml3DynamizerAlgorithm
from .export_cityjson import ExportCityJsonAlgorithm
from .flow_paths import FlowPathsAlgorithm
from .observations import ObservationsAlgorithm
from .parking_availability import ParkingAvailabilityAlgorithm
from .parking_feed import ParkingFeedAlgorithm
from .parking_forecast import ParkingForecastAlgorithm
from .parking_report import ParkingReportAlgorithm
from .parking_stats import ParkingStatsAlgorithm
from .parking_turnover import ParkingTurnoverAlgorithm
from .rain_fill_spill import RainFillSpillAlgorithm
from .school_catchments import SchoolCatchmentsAlgorithm
from .school_hotspots import SchoolHotspotsAlgorithm
from .school_routes import SchoolRoutesAlgorithm
from .sensor_locations import SensorLocationsAlgorithm
from .walk_network import WalkNetworkAlgorithm

ALGORITHMS = (
    SensorLocationsAlgorithm,
    ObservationsAlgorithm,
    ParkingFeedAlgorithm,
    ParkingStatsAlgorithm,
    ParkingTurnoverAlgorithm,
    ParkingAvailabilityAlgorithm,
    ParkingForecastAlgorithm,
    ParkingReportAlgorithm,
    DepressionsAlgorithm,
    FlowPathsAlgorithm,
    RainFillSpillAlgorithm,
    AffectedBuildingsAlgorithm,
    WalkNetworkAlgorithm,
    SchoolRoutesAlgorithm,
    SchoolCatchmentsAlgorithm,
    SchoolHotspotsAlgorithm,
    CityGmlEnrichAlgorithm,
    ExportCityGmlAlgorithm,
    ExportCityJsonAlgorithm,
    ExportCityGml3DynamizerAlgorithm,
    Export3DTilesAlgorithm,
)


class SmartCityProvider(QgsProcessingProvider):
    def id(self):
        return "smartcity"

    def name(self):
        return tr("Smart City")

    def longName(self):  # noqa: N802
        return tr("Smart City: urban data platforms, parking, heavy rain, school routes, digital twin")

    def icon(self):
        return QIcon(ICON_PATH)

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
