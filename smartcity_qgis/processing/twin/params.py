"""Parameters shared by the digital-twin exports: the target CRS and the terrain."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterCrs,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ...core.errors import N_, InputError
from ...qgisbridge.i18n import tr
from ...qgisbridge.rasters import TerrainSampler
from ...qgisbridge.settings import setting

TARGET_CRS = "TARGET_CRS"
GROUND = "GROUND"
DEM = "DEM"


def add_target_and_terrain(algorithm):
    """The target CRS (default from the settings) and the terrain: a model or a fixed height."""
    add = algorithm.addParameter
    add(
        QgsProcessingParameterNumber(
            GROUND, tr("Ground height without field or terrain (m)"), QgsProcessingParameterNumber.Double, 0.0
        )
    )
    add(QgsProcessingParameterRasterLayer(DEM, tr("Terrain model (optional)"), optional=True))
    # optional in form only: 3.22 rejects a missing CRS parameter even when it has a default
    add(QgsProcessingParameterCrs(TARGET_CRS, tr("Target CRS"), setting("export/target_crs"), optional=True))


def target_crs(algorithm, parameters, context):
    """The projected target CRS; a geographic one is refused."""
    crs = algorithm.parameterAsCrs(parameters, TARGET_CRS, context)
    if not crs.isValid():
        crs = QgsCoordinateReferenceSystem(setting("export/target_crs"))
    if crs.isGeographic():
        raise InputError(N_("The target CRS must be projected (metres), e.g. EPSG:25832."))
    return crs


def terrain(algorithm, parameters, context, crs):
    """``(TerrainSampler, fallback ground height)``."""
    dem = algorithm.parameterAsRasterLayer(parameters, DEM, context)
    return TerrainSampler(dem, crs, context.project()), algorithm.parameterAsDouble(
        parameters, GROUND, context
    )
