"""Parameters and steps shared by the heavy-rain algorithms: terrain, buildings, mask, raster outputs."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core.errors import N_, InputError
from ...core.grid import make_grid
from ...core.heavyrain import terrain
from ...core.lazy import LazyModule
from ...qgisbridge.compat import FIELD_NUMERIC, NUMBER_DOUBLE, SOURCE_POLYGON
from ...qgisbridge.i18n import local_format, tr
from ...qgisbridge.kernel_cache import kernel_cache_folder
from ...qgisbridge.rasters import burn, read_grid, resample, write_raster
from ..base import check_cancel, field_name

np = LazyModule("numpy")

DEM = "DEM"
BUILDINGS = "BUILDINGS"
BUILDING_HEIGHT = "BUILDING_HEIGHT"
MASK = "MASK"
MIN_DEPTH = "MIN_DEPTH"
DEPTH_CLASSES = "DEPTH_CLASSES"
SCENARIO = "SCENARIO"
RAIN_MM = "RAIN_MM"
SCENARIOS = tuple(terrain.RAIN_SCENARIOS)
SCENARIO_LABELS = (
    "selten (T30, 1 h): {mm:g} mm",
    "außergewöhnlich (T100, 1 h): {mm:g} mm",
    "extrem: {mm:g} mm",
)


def add_terrain_inputs(algorithm):
    """DEM, optional building footprints raised as blocks, optional analysis mask."""
    add = algorithm.addParameter
    add(QgsProcessingParameterRasterLayer(DEM, tr("Terrain model (DEM, projected, metres)")))
    add(
        QgsProcessingParameterFeatureSource(
            BUILDINGS, tr("Building footprints"), [SOURCE_POLYGON], optional=True
        )
    )
    add(
        QgsProcessingParameterNumber(
            BUILDING_HEIGHT,
            tr("Raise buildings by (m; 0 = leave the terrain as it is)"),
            NUMBER_DOUBLE,
            10.0,
            minValue=0.0,
        )
    )
    add(QgsProcessingParameterFeatureSource(MASK, tr("Analysis area"), [SOURCE_POLYGON], optional=True))


def add_min_depth(algorithm):
    """The depth below which depressions are left out."""
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            MIN_DEPTH, tr("Leave out depressions shallower than (m)"), NUMBER_DOUBLE, 0.05, minValue=0.0
        )
    )


BUILDINGS_AS_LABELS = (
    N_("raised blocks (roof rain runs off onto the ground)"),
    N_("impermeable holes (roof rain drains into the sewer)"),
)


def buildings_as_labels():
    """The 2D simulation's choices for the buildings, translated."""
    return [tr(label) for label in BUILDINGS_AS_LABELS]


def scenario_labels():
    """The design-rain choices with their depths in the user's number format."""
    return [
        local_format(label, mm=terrain.RAIN_SCENARIOS[key]) for label, key in zip(SCENARIO_LABELS, SCENARIOS)
    ]


def add_rain_inputs(algorithm):
    """The design rain: a scenario, or an own depth (mm) instead."""
    algorithm.addParameter(
        QgsProcessingParameterEnum(SCENARIO, tr("Design rain"), scenario_labels(), defaultValue=1)
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            RAIN_MM, tr("Own rain depth (mm; 0 = use the scenario)"), NUMBER_DOUBLE, 0.0, minValue=0.0
        )
    )


def rain_mm(algorithm, parameters, context):
    """The rain depth (mm): the own depth when given, else the scenario's."""
    own = algorithm.parameterAsDouble(parameters, RAIN_MM, context)
    if own > 0:
        return own
    return terrain.RAIN_SCENARIOS[SCENARIOS[algorithm.parameterAsEnum(parameters, SCENARIO, context)]]


def read_terrain(algorithm, parameters, context, feedback):
    """``(grid, crs, kernels)``: the DEM with buildings raised and cells outside the mask dropped."""
    grid, crs, _roofs = read_surface(algorithm, parameters, context, feedback)
    if not terrain.numba_available():
        feedback.pushWarning(
            tr(
                "numba is not installed, so this runs in plain Python: about a minute per million "
                "cells (1 km² of DGM1) instead of a second. Install it "
                "with the OSGeo4W installer (package python3-numba) or 'pip install numba' in the QGIS "
                "Python, or on Debian/Ubuntu with 'apt install python3-numba'."
            )
        )
    check_cancel(feedback)
    return grid, crs, compiled_kernels(feedback)


def read_surface(algorithm, parameters, context, feedback, raise_buildings=True):
    """``(grid, crs, roofs)``: the DEM with cells outside the mask dropped and, with
    ``raise_buildings``, the buildings raised as blocks; ``roofs``: the cells under the building
    footprints (None without buildings)."""
    layer = algorithm.parameterAsRasterLayer(parameters, DEM, context)
    if layer is None:
        raise InputError(N_("Choose a terrain model (DEM)."))
    grid = read_grid(layer, feedback)
    crs = layer.crs()
    mask = algorithm.parameterAsSource(parameters, MASK, context)
    if mask is not None:
        inside = ~np.isnan(burn(grid, crs, mask, context))
        if not (inside & grid.valid).any():
            raise InputError(N_("The analysis area does not overlap the DEM."))
        grid = make_grid(
            np.where(inside, grid.dem, np.nan), None, grid.cell_width, grid.cell_height, grid.left, grid.top
        )
    height = algorithm.parameterAsDouble(parameters, BUILDING_HEIGHT, context)
    roofs = building_cells(algorithm, parameters, context, grid, crs)
    if raise_buildings and roofs is not None and height > 0:
        grid = terrain.raise_blocks(grid, roofs, height)
    return grid, crs, roofs


def compiled_kernels(feedback):
    """The terrain kernels, compiled into (or loaded from) the profile's kernel folder."""
    folder = numba_cache(feedback)
    return terrain.kernels(compiled=folder is not None, cache_dir=folder)


def numba_cache(feedback):
    """The profile's folder for the compiled heavy-rain kernels, or None when they run uncompiled
    (no numba, or switched off); the first run of a plugin version says it compiles them."""
    if not terrain.compiling_enabled():
        return None
    folder, new = kernel_cache_folder()
    if new:
        feedback.pushInfo(
            tr(
                "First run of this plugin version: compiling the heavy-rain kernels once (about "
                "10–20 s). Later runs reuse them from {folder}."
            ).format(folder=folder)
        )
    return folder


def building_cells(algorithm, parameters, context, grid, crs):
    """The cells under the building footprints (None without buildings)."""
    buildings = algorithm.parameterAsSource(parameters, BUILDINGS, context)
    return None if buildings is None else ~np.isnan(burn(grid, crs, buildings, context))


def add_depth_classes(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterString(
            DEPTH_CLASSES,
            tr("Water-depth classes: lower bounds (m)"),
            ", ".join(f"{bound:g}" for bound in terrain.DEPTH_CLASSES),
        )
    )


def depth_classes(algorithm, parameters, context):
    """Lower bounds of the depth classes from ``"0.05, 0.1, 0.5, 1"``."""
    bounds = class_bounds(algorithm.parameterAsString(parameters, DEPTH_CLASSES, context))
    if not bounds:
        raise InputError(N_("Give the depth classes as increasing depths in metres, e.g. 0.05, 0.1, 0.5, 1."))
    return bounds


def class_bounds(text):
    """Increasing positive class bounds from ``"0.1, 0.5, 1"`` (also ``;``-separated); an empty
    list for anything else."""
    try:
        bounds = sorted({float(part) for part in text.replace(";", ",").split(",") if part.strip()})
    except ValueError:
        return []
    return bounds if bounds and bounds[0] > 0 else []


def class_label(bounds, number):
    """``"0.1–0.5 m"`` for class ``number`` (1-based) of ``bounds``."""
    low = bounds[number - 1]
    if number < len(bounds):
        return local_format("{low:g}–{high:g} m", low=low, high=bounds[number])
    return local_format("> {low:g} m", low=low)


def raster_output(algorithm, parameters, name, context, array, grid, crs):
    """Write ``array`` to the raster destination ``name`` (in place when the whole run succeeds)."""
    path = algorithm.parameterAsOutputLayer(parameters, name, context)
    write_raster(algorithm.stage(path), array, grid, crs)
    return path


def add_value_maps(algorithm, prefix, what):
    """Optional polygons ``<prefix>_AREAS`` with a field ``<prefix>_FIELD`` and a raster
    ``<prefix>_RASTER`` that give ``what`` (e.g. "Manning's n") cell by cell."""
    add = algorithm.addParameter
    areas = f"{prefix}_AREAS"
    add(
        QgsProcessingParameterFeatureSource(
            areas, tr("{what} by area (polygons)").format(what=what), [SOURCE_POLYGON], optional=True
        )
    )
    add(
        QgsProcessingParameterField(
            f"{prefix}_FIELD",
            tr("{what}: field of the polygons").format(what=what),
            None,
            areas,
            FIELD_NUMERIC,
            optional=True,
        )
    )
    add(
        QgsProcessingParameterRasterLayer(
            f"{prefix}_RASTER", tr("{what} raster").format(what=what), optional=True
        )
    )


def value_map(algorithm, parameters, context, grid, crs, constant, prefix, number_if_uniform=False):
    """A value per cell: ``constant``, overridden by the raster ``<prefix>_RASTER`` where it has
    data (resampled onto the DEM) and by the polygons' field (``<prefix>_AREAS``, ``_FIELD``) where
    they lie. With ``number_if_uniform``, just ``constant`` when neither is given."""
    raster = algorithm.parameterAsRasterLayer(parameters, f"{prefix}_RASTER", context)
    areas = algorithm.parameterAsSource(parameters, f"{prefix}_AREAS", context)
    field = (
        field_name(algorithm, parameters, f"{prefix}_FIELD", context, areas) if areas is not None else None
    )
    if number_if_uniform and raster is None and not field:
        return constant
    values = np.full(grid.shape, constant, dtype=np.float32)
    if raster is not None:
        by_raster = resample(raster, grid, crs)
        np.copyto(values, by_raster, where=~np.isnan(by_raster), casting="unsafe")
    if field:
        by_area = burn(grid, crs, areas, context, field)
        np.copyto(values, by_area, where=~np.isnan(by_area), casting="unsafe")
    return values
