"""DEM tile sets on disk for :mod:`.tiled`: a virtual mosaic (GDAL VRT) of a folder of tiles read
window by window, and results written as Cloud-Optimised GeoTIFF tiles with a VRT over them."""

from __future__ import annotations

import os
import threading

from ..errors import N_, InputError
from ..lazy import LazyModule

np = LazyModule("numpy")
gdal = LazyModule("osgeo.gdal")

TILE_EXTENSIONS = (".tif", ".tiff", ".asc", ".xyz")
NODATA = -9999.0
RESULTS = ("filled", "sink_depth", "contributing_area")
# ZSTD: 2–3× faster to write than DEFLATE, as small. Overviews averaged: GDAL's default (cubic) rings,
# e.g. negative sink depths beside a pit, and takes longer.
COG_OPTIONS = ["COMPRESS=ZSTD", "LEVEL=1", "PREDICTOR=YES", "RESAMPLING=AVERAGE"]


def tile_files(folder):
    """The DEM tiles in ``folder`` and its subfolders (GeoTIFF, ESRI ASCII grid, XYZ), sorted."""
    found = sorted(
        os.path.join(root, name)
        for root, _folders, names in os.walk(folder)
        for name in names
        if name.lower().endswith(TILE_EXTENSIONS)
    )
    if not found:
        raise InputError(
            N_("The folder {folder} holds no DEM tiles (GeoTIFF .tif, ASCII grid .asc or XYZ .xyz)."),
            folder=folder,
        )
    return found


def build_mosaic(source, vrt_path, crs_wkt=None):
    """A VRT at ``vrt_path`` over the raster or tile folder ``source`` (``crs_wkt`` for tiles without
    a CRS, e.g. XYZ); refused unless all tiles share one north-up metric grid."""
    files = tile_files(source) if os.path.isdir(source) else [source]
    sizes = set()
    for path in files:
        dataset = open_raster(path)
        if dataset is None:
            raise InputError(N_("GDAL cannot read the DEM tile {path}."), path=path)
        left, width, row_rotation, top, column_rotation, height = dataset.GetGeoTransform()
        if row_rotation or column_rotation:
            raise InputError(
                N_("The DEM tile {path} is rotated: warp it to a north-up grid first."), path=path
            )
        sizes.add((round(width, 9), round(height, 9)))
    if len(sizes) > 1:
        raise InputError(
            N_("The DEM tiles have different cell sizes ({sizes}): resample them to one grid first."),
            sizes=", ".join(f"{width:g} × {-height:g} m" for width, height in sorted(sizes)),
        )
    try:
        mosaic = gdal.BuildVRT(vrt_path, files, outputSRS=crs_wkt or None)
    except RuntimeError:  # where the host application made GDAL raise
        mosaic = None
    if mosaic is None:
        raise InputError(
            N_("GDAL cannot join the DEM tiles into one mosaic: {reason}"), reason=gdal.GetLastErrorMsg()
        )
    reference = mosaic.GetSpatialRef()
    mosaic = None  # written when closed: before anything may remove its folder
    check_crs(reference, source)
    return vrt_path


def open_raster(path):
    """The GDAL dataset at ``path``, or None if GDAL cannot read it (whether or not GDAL raises)."""
    try:
        return gdal.Open(path)
    except RuntimeError:
        return None


def check_crs(reference, name):
    if reference is None:
        raise InputError(
            N_("The DEM tiles in {name} have no CRS: give the CRS of the tiles (e.g. EPSG:25832)."), name=name
        )
    if reference.IsGeographic() or reference.GetLinearUnits() != 1.0:
        raise InputError(
            N_(
                "The DEM {name} is not on a projected grid in metres: reproject it first "
                "(e.g. to EPSG:25832)."
            ),
            name=name,
        )


class RasterSource:
    """Band 1 of a raster (e.g. the mosaic VRT) read window by window as float32 with NaN for
    nodata; each process and thread it is used in opens the file for itself (a GDAL dataset must
    not be read from two threads at once, as the tasks of a threaded Dask worker would)."""

    def __init__(self, path):
        self.path = path
        self._opened = threading.local()
        dataset = self.dataset()
        self.shape = (dataset.RasterYSize, dataset.RasterXSize)
        self.geotransform = dataset.GetGeoTransform()
        self.crs_wkt = dataset.GetProjection()
        self.nodata = dataset.GetRasterBand(1).GetNoDataValue()

    def __getstate__(self):
        return {name: value for name, value in self.__dict__.items() if name != "_opened"}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._opened = threading.local()

    def dataset(self):
        """The raster as opened in this thread."""
        if getattr(self._opened, "dataset", None) is None:
            self._opened.dataset = open_raster(self.path)
        return self._opened.dataset

    @property
    def cell_size(self):
        return self.geotransform[1], -self.geotransform[5]

    def read(self, top, left, height, width):
        heights = self.dataset().GetRasterBand(1).ReadAsArray(left, top, width, height).astype(np.float32)
        if self.nodata is not None:
            heights[heights == np.float32(self.nodata)] = np.nan
        return heights


def tile_path(folder, result, layout, index):
    row, column = divmod(index, layout.tile_columns)
    return os.path.join(folder, result, f"{result}_{row:04d}_{column:04d}.tif")


def write_tile(source, layout, index, folder, result, array):
    """The tile's ``result`` (NaN for nodata) as a Cloud-Optimised GeoTIFF in its subfolder of
    ``folder`` (made beforehand: a cancelled task must not make it)."""
    top, left, _height, _width = layout.window(index)
    origin_x, cell_width, _r, origin_y, _c, cell_height = source.geotransform
    geotransform = (
        origin_x + left * cell_width,
        cell_width,
        0.0,
        origin_y + top * cell_height,
        0.0,
        cell_height,
    )
    write_cog(tile_path(folder, result, layout, index), array, geotransform, source.crs_wkt)


def write_cog(path, array, geotransform, crs_wkt):
    """``array`` (NaN for nodata) as a float32 Cloud-Optimised GeoTIFF with averaged overviews."""
    memory = gdal.GetDriverByName("MEM").Create("", array.shape[1], array.shape[0], 1, gdal.GDT_Float32)
    memory.SetGeoTransform(geotransform)
    memory.SetProjection(crs_wkt)
    band = memory.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(np.where(np.isnan(array), NODATA, array).astype(np.float32))
    copy = gdal.GetDriverByName("COG").CreateCopy(path, memory, options=COG_OPTIONS)
    if copy is None:
        raise OSError(gdal.GetLastErrorMsg())
    copy = None  # written when closed


def write_mosaics(folder, layout, results=RESULTS):
    """A VRT per result over its tiles (GDAL keeps the paths relative, so the folder can move)."""
    for result in results:
        tiles = [tile_path(folder, result, layout, index) for index in range(layout.count)]
        mosaic = gdal.BuildVRT(os.path.join(folder, f"{result}.vrt"), tiles)
        if mosaic is None:
            raise OSError(gdal.GetLastErrorMsg())
        mosaic = None  # written when closed
