"""The "Smart City" processing provider (id ``smartcity``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..qgisbridge.i18n import tr
from .base import ICON_PATH, PROVIDER_ID
from .heavyrain.affected_buildings import AffectedBuildingsAlgorithm
from .heavyrain.depressions import DepressionsAlgorithm
from .heavyrain.district_terrain import DistrictTerrainAlgorithm
from .heavyrain.flow_paths import FlowPathsAlgorithm
from .heavyrain.rain_fill_spill import RainFillSpillAlgorithm
from .heavyrain.rain_simulation import RainSimulationAlgorithm
from .parking.availability import ParkingAvailabilityAlgorithm
from .parking.forecast import ParkingForecastAlgorithm
from .parking.report import ParkingReportAlgorithm
from .parking.stats import ParkingStatsAlgorithm
from .parking.turnover import ParkingTurnoverAlgorithm
from .platforms.observations import ObservationsAlgorithm
from .platforms.parking_feed import ParkingFeedAlgorithm
from .platforms.sensor_locations import SensorLocationsAlgorithm
from .schoolroutes.accidents import AccidentAtlasAlgorithm
from .schoolroutes.catchments import SchoolCatchmentsAlgorithm
from .schoolroutes.hotspots import SchoolHotspotsAlgorithm
from .schoolroutes.osm_inputs import OsmSchoolInputsAlgorithm
from .schoolroutes.route_plan import SchoolRoutePlanAlgorithm
from .schoolroutes.routes import SchoolRoutesAlgorithm
from .schoolroutes.walk_network import WalkNetworkAlgorithm
from .twin.citygml_enrich import CityGmlEnrichAlgorithm
from .twin.export_3dtiles import Export3DTilesAlgorithm
from .twin.export_citygml import ExportCityGmlAlgorithm
from .twin.export_citygml3_dynamizer import ExportCityGml3DynamizerAlgorithm
from .twin.export_cityjson import ExportCityJsonAlgorithm
from .twin.load_city_model import LoadCityModelAlgorithm
from .twin.validate_city_model import ValidateCityModelAlgorithm

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
    DistrictTerrainAlgorithm,
    FlowPathsAlgorithm,
    RainFillSpillAlgorithm,
    RainSimulationAlgorithm,
    AffectedBuildingsAlgorithm,
    WalkNetworkAlgorithm,
    OsmSchoolInputsAlgorithm,
    SchoolRoutesAlgorithm,
    SchoolCatchmentsAlgorithm,
    SchoolHotspotsAlgorithm,
    SchoolRoutePlanAlgorithm,
    AccidentAtlasAlgorithm,
    CityGmlEnrichAlgorithm,
    ExportCityGmlAlgorithm,
    ExportCityJsonAlgorithm,
    ExportCityGml3DynamizerAlgorithm,
    Export3DTilesAlgorithm,
    LoadCityModelAlgorithm,
    ValidateCityModelAlgorithm,
)


class SmartCityProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("Smart City")

    def longName(self):
        return tr("Smart City: urban data platforms, parking, heavy rain, school routes, digital twin")

    def icon(self):
        return QIcon(ICON_PATH)

    def loadAlgorithms(self):
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
