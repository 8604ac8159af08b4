"""A district's terrain from a folder of DEM tiles (or any raster larger than memory): the exactly
filled surface, sink depths and D8 contributing area as tiled Cloud-Optimised GeoTIFFs with a VRT
each, and the depressions with their volumes, computed tile by tile (:mod:`.tiled`) on an engine
(:mod:`..engines`)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass

from ..engines import Monitor, SerialEngine
from ..lazy import LazyModule
from . import tiled
from .tile_rasters import RESULTS, RasterSource, build_mosaic, write_mosaics, write_tile
from .tiled_depressions import merge_depressions, tile_depressions

np = LazyModule("numpy")

DEFAULT_TILE_SIZE = 1000  # cells: a DGM1 file's 1 km² at 1 m, about 40 MB per worker while it floods a tile


@dataclass
class District:
    """What a district run gives: the VRT path per result, the tile layout, and the depressions
    (table of :func:`.tiled_depressions.merge_depressions` with ``x``, ``y`` of the deepest cell)."""

    paths: dict
    layout: tiled.Layout
    depressions: object
    crs_wkt: str


def analyse_district(
    dem,
    folder,
    tile_size=DEFAULT_TILE_SIZE,
    crs_wkt=None,
    engine=None,
    monitor=None,
    min_depth=0.0,
    **kernel_options,
):
    """Write ``<result>.vrt`` and ``<result>/`` tiles for each of :data:`RESULTS` into ``folder``
    (replacing earlier ones only once all are complete) and return a :class:`District`; depressions
    shallower than ``min_depth`` (m) are left out of its table.

    ``dem`` is a raster file or a folder of tiles; ``crs_wkt`` the CRS of tiles without one;
    ``kernel_options`` (``compiled``, ``cache_dir``) choose the kernels as in :func:`.terrain.kernels`."""
    engine = engine or SerialEngine()
    monitor = monitor or Monitor()
    os.makedirs(folder, exist_ok=True)
    work = tempfile.mkdtemp(prefix=".smartcity-district-", dir=folder)
    try:
        source = RasterSource(build_mosaic(dem, os.path.join(work, "dem.vrt"), crs_wkt))
        cell_width, cell_height = source.cell_size
        layout = tiled.Layout(*source.shape, tile_size, cell_width, cell_height)
        store = tiled.Store(os.path.join(work, "steps"))
        os.makedirs(store.folder)
        results = os.path.join(work, "results")
        for result in RESULTS:
            os.makedirs(os.path.join(results, result))
        try:
            depressions = run_tiles(
                source, layout, store, results, engine, monitor, min_depth, kernel_options
            )
        except BaseException:
            engine.cancel()
            raise
        monitor.check()
        for result in RESULTS:
            for name in (result, f"{result}.vrt"):
                target = os.path.join(folder, name)
                if os.path.isdir(target):
                    shutil.rmtree(target)
                os.replace(os.path.join(results, name), target)
        paths = {result: os.path.join(folder, f"{result}.vrt") for result in RESULTS}
        return District(paths, layout, depressions, source.crs_wkt)
    finally:
        remove_folder(work)


def run_tiles(source, layout, store, results, engine, monitor, min_depth, kernel_options):
    """The tile steps, the result tiles in ``results`` and a VRT over each result's tiles; the
    depressions (with ``x``, ``y`` of the deepest cell). Depressions, contributing area and writing
    start as soon as their inputs are there: the workers take them whenever a step leaves them idle
    (its last tiles, the joins in this process)."""
    tiles = range(layout.count)
    tiled.fill(source, layout, store, engine, monitor, **kernel_options)
    found = engine.start(surface_tile, [(source, layout, index, store, results) for index in tiles])
    inflow = tiled.directions(layout, store, engine, monitor, **kernel_options)
    area_writes = engine.start(
        area_tile,
        [(source, layout, index, store, results, *inflow[index], kernel_options) for index in tiles],
    )
    monitor.step = "depressions"
    depressions = merge_depressions(layout, engine.wait(found, monitor), min_depth)
    left, _width, _r, top, _c, _height = source.geotransform
    row, column = np.divmod(depressions.pop("deepest").to_numpy(), layout.columns)
    depressions["x"] = left + (column + 0.5) * layout.cell_width
    depressions["y"] = top - (row + 0.5) * layout.cell_height
    write_mosaics(results, layout, ("filled", "sink_depth"))  # while the last area tiles are written
    monitor.step = "write"
    engine.wait(area_writes, monitor)
    write_mosaics(results, layout, ("contributing_area",))
    return depressions


def surface_tile(source, layout, index, store, results):
    """The tile's filled surface and sink depths written to ``results``, and its depressions (from
    one read of the DEM and the surface for both)."""
    top, left, height, width = layout.window(index)
    surface = np.asarray(tiled.stored_surface(layout, index, store))
    sink_depth = surface - source.read(top, left, height, width)
    write_tile(source, layout, index, results, "filled", surface)
    write_tile(source, layout, index, results, "sink_depth", sink_depth)
    return tile_depressions(layout, index, surface, sink_depth)


def area_tile(source, layout, index, store, results, cells, amounts, kernel_options):
    """The tile's contributing area (:func:`.tiled.tile_area`) written to ``results``."""
    area, valid = tiled.tile_area(layout, index, store, cells, amounts, **kernel_options)
    write_tile(source, layout, index, results, "contributing_area", np.where(valid, area, np.nan))


def remove_folder(folder, attempts=50):
    """Remove ``folder`` even while cancelled tasks still finish a file in it (they cannot create
    it again, so it stays gone)."""
    for _attempt in range(attempts):
        shutil.rmtree(folder, ignore_errors=True)
        if not os.path.exists(folder):
            return
        time.sleep(0.1)
