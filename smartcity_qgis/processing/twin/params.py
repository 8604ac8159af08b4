"""Parameters shared by the digital-twin algorithms: the target CRS and the terrain of the exports,
the city-model file of the readers."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ...core.errors import N_, InputError
from ...qgisbridge.compat import METERS, NUMBER_DOUBLE, horizontal_crs
from ...qgisbridge.i18n import tr
from ...qgisbridge.rasters import TerrainSampler
from ...qgisbridge.settings import setting

TARGET_CRS = "TARGET_CRS"
GROUND = "GROUND"
DEM = "DEM"
CITY_MODEL_ENDINGS = (".json", ".jsonl")  # CityJSON (also .city.json, .city.jsonl); others: CityGML


def add_city_model_file(algorithm, name):
    """The city-model file to read: CityGML, CityJSON or CityJSONSeq."""
    algorithm.addParameter(
        QgsProcessingParameterFile(
            name, tr("City model file"), fileFilter=tr("City models (*.gml *.xml *.json *.jsonl)")
        )
    )


def add_target_and_terrain(algorithm):
    """The target CRS (default: the layer's own) and the terrain: a model or a fixed height."""
    add = algorithm.addParameter
    add(
        QgsProcessingParameterNumber(
            GROUND, tr("Ground height without field or terrain (m)"), NUMBER_DOUBLE, 0.0
        )
    )
    add(QgsProcessingParameterRasterLayer(DEM, tr("Terrain model"), optional=True))
    # optional in form only: 3.22 rejects a missing CRS parameter even when it has a default
    add(
        QgsProcessingParameterCrs(
            TARGET_CRS,
            tr("Target CRS (default: the layer's own, or its ETRS89/UTM zone)"),
            None,
            optional=True,
        )
    )


def target_crs(algorithm, parameters, context, source):
    """The projected target CRS: the parameter, else the layer's own projected CRS, else the
    ETRS89/UTM zone of the layer's location; a geographic one is refused."""
    crs = horizontal_crs(algorithm.parameterAsCrs(parameters, TARGET_CRS, context))
    if not crs.isValid():
        crs = layer_crs(source, context)
    if crs.isGeographic():
        raise InputError(N_("The target CRS must be projected (metres), e.g. EPSG:25832."))
    return crs


def layer_crs(source, context):
    """``source``'s CRS when it is projected in metres (WGS 84 / UTM as the ETRS89 / UTM zone of the
    same number), else the ETRS89/UTM zone (EPSG:258xx) of its extent's centre, else the default
    of the Smart City settings."""
    crs = horizontal_crs(source.sourceCrs())
    wgs84_zone = crs.postgisSrid() - 32600
    if 28 <= wgs84_zone <= 38:  # WGS 84 / UTM (e.g. from OSM): the ETRS89 / UTM zone of that number
        return QgsCoordinateReferenceSystem(f"EPSG:{25800 + wgs84_zone}")
    if crs.isValid() and not crs.isGeographic() and crs.mapUnits() == METERS:
        return crs
    extent = source.sourceExtent()
    if not crs.isValid() or extent.isEmpty():
        return QgsCoordinateReferenceSystem(setting("export/target_crs"))
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = QgsCoordinateTransform(crs, wgs84, context.transformContext()).transform(extent.center())
    zone = min(max(int((centre.x() + 180) // 6) + 1, 28), 38)  # ETRS89/UTM zones 28N to 38N
    return QgsCoordinateReferenceSystem(f"EPSG:{25800 + zone}")


def terrain(algorithm, parameters, context, crs):
    """``(TerrainSampler, fallback ground height)``."""
    dem = algorithm.parameterAsRasterLayer(parameters, DEM, context)
    return TerrainSampler(dem, crs, context.project()), algorithm.parameterAsDouble(
        parameters, GROUND, context
    )
