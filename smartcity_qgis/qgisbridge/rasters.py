"""Rasters of the core as QGIS data and back: GDAL reading, writing, burning and polygonizing."""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict

from osgeo import gdal, ogr, osr
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry

from ..core import wkb
from ..core.errors import N_, InputError
from ..core.grid import check_memory, make_grid
from ..core.lazy import LazyModule
from .compat import METERS
from .i18n import local_format, tr

np = LazyModule("numpy")

NODATA = -9999.0
WRITE_CELLS = 16384  # cells converted and written at a time


def mask_geometry(mask, left, top, cell):
    """A (multi)polygon QgsGeometry of the true cells of ``mask`` (row 0 at ``top``, column 0 at ``left``)."""
    return class_geometries(mask.astype(np.uint8), left, top, cell, cell).get(1, QgsGeometry())


def class_geometries(classes, left, top, cell_width, cell_height):
    """Per non-zero value of the integer raster ``classes`` the (multi)polygon of its cells.

    The cells are joined where they share an edge; cells of one value touching only at a corner
    (areas labelled with 8 neighbours) become parts touching at that point, which is valid, where
    one ring through that point twice would not be."""
    vectors = polygonized(classes, left, top, cell_width, cell_height)
    parts = defaultdict(list)
    for values, polygons in polygon_batches(vectors.GetLayer(0)):
        for value, polygon in zip(values, polygons):
            parts[value].append(polygon)
    return {value: geometry_from_wkb(wkb.multipolygon(polygons)) for value, polygons in parts.items()}


def polygonized(classes, left, top, cell_width, cell_height):
    """An OGR memory data source whose layer holds a polygon (field ``value``) per edge-connected
    area of equal non-zero values of ``classes``."""
    rows, columns = classes.shape
    raster = gdal.GetDriverByName("MEM").Create("", columns, rows, 1, gdal.GDT_Int32)
    raster.SetGeoTransform((left, cell_width, 0.0, top, 0.0, -cell_height))
    band = raster.GetRasterBand(1)
    band.WriteArray(classes.astype(np.int32))
    vectors = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vectors.CreateLayer("classes")
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, [])  # the band as its own mask: only non-zero cells
    return vectors


def polygon_batches(layer):
    """``(values, WKB polygons)`` of a polygonized layer, batch by batch through GDAL's columnar
    reading where GDAL has it (3.6 and later), else feature by feature."""
    if hasattr(layer, "GetArrowStreamAsNumPy"):
        for batch in layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
            [geometries] = [column for name, column in batch.items() if name != "value"]
            yield batch["value"].tolist(), geometries.tolist()  # copied before the next batch
        return
    rows = [
        (feature.GetFieldAsInteger(0), bytes(feature.GetGeometryRef().ExportToIsoWkb())) for feature in layer
    ]
    yield [value for value, _ in rows], [polygon for _, polygon in rows]


def geometry_from_wkb(blob):
    geometry = QgsGeometry()
    geometry.fromWkb(blob)  # exact, and far quicker than WKT
    return geometry


def read_grid(layer, feedback=None):
    """Band 1 of a projected, metric raster layer as a core :class:`Grid` (checked before reading)."""
    crs = layer.crs()
    if not crs.isValid():
        raise InputError(
            N_(
                "The raster {name} has no CRS. Set its CRS (Layer Properties → Source, e.g. EPSG:25832 "
                "for a DGM1 in UTM zone 32) or assign one with 'Assign projection' first."
            ),
            name=layer.name(),
        )
    if crs.isGeographic():
        raise InputError(
            N_(
                "The raster {name} is in a geographic CRS ({crs}). Heavy-rain analysis needs heights "
                "on a projected grid in metres: reproject it first (e.g. to EPSG:25832)."
            ),
            name=layer.name(),
            crs=crs.authid() or crs.description(),
        )
    if crs.mapUnits() != METERS:
        raise InputError(
            N_("The raster {name} is not in metres ({crs}): reproject it to a metric CRS first."),
            name=layer.name(),
            crs=crs.authid(),
        )
    dataset = gdal.Open(layer.source().split("|")[0])
    if dataset is None:
        raise InputError(N_("GDAL cannot read the raster {name}."), name=layer.name())
    left, width, row_rotation, top, column_rotation, height = dataset.GetGeoTransform()
    if row_rotation or column_rotation:
        raise InputError(
            N_("The raster {name} is rotated: warp it to a north-up grid first."), name=layer.name()
        )
    check_memory(dataset.RasterYSize, dataset.RasterXSize)
    band = dataset.GetRasterBand(1)
    grid = make_grid(band.ReadAsArray(), band.GetNoDataValue(), width, -height, left, top)
    if feedback is not None and max(grid.cell_width, grid.cell_height) > 5:
        feedback.pushWarning(
            local_format(
                tr("The DEM's cells are {size:g} m wide: heavy-rain maps usually need 1–2 m (e.g. DGM1)."),
                size=grid.cell_width,
            )
        )
    return grid


def burn(grid, crs, source, context, value_field=None):
    """The features of ``source`` burnt into the grid: 1.0 (or ``value_field``) where they lie,
    NaN elsewhere; reprojected to ``crs`` on the way."""
    rows, columns = grid.shape
    raster = gdal.GetDriverByName("MEM").Create("", columns, rows, 1, gdal.GDT_Float64)
    raster.SetGeoTransform((grid.left, grid.cell_width, 0.0, grid.top, 0.0, -grid.cell_height))
    reference = osr.SpatialReference(crs.toWkt())
    raster.SetSpatialRef(reference)
    band = raster.GetRasterBand(1)
    band.Fill(np.nan)
    vectors = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vectors.CreateLayer("burn", reference)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTReal))
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isEmpty():
            continue
        record = ogr.Feature(layer.GetLayerDefn())
        record.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        value = feature[value_field] if value_field else 1.0
        record.SetField("value", float(value) if value not in (None, "") and value == value else np.nan)
        layer.CreateFeature(record)
    gdal.RasterizeLayer(raster, [1], layer, options=["ATTRIBUTE=value"])
    return band.ReadAsArray()


def resample(layer, grid, crs):
    """Band 1 of a raster layer warped (bilinear) onto the grid in ``crs``; NaN where it has no data."""
    dataset = gdal.Open(layer.source().split("|")[0])
    if dataset is None:
        raise InputError(N_("GDAL cannot read the raster {name}."), name=layer.name())
    rows, columns = grid.shape
    right, bottom = grid.left + columns * grid.cell_width, grid.top - rows * grid.cell_height
    warped = gdal.Warp(
        "",
        dataset,
        format="MEM",
        outputBounds=(grid.left, bottom, right, grid.top),
        width=columns,
        height=rows,
        dstSRS=crs.toWkt(),
        srcSRS=layer.crs().toWkt(),
        resampleAlg="bilinear",
        outputType=gdal.GDT_Float64,
        dstNodata=np.nan,
    )
    return warped.GetRasterBand(1).ReadAsArray()


def write_raster(path, array, grid, crs, nodata=NODATA, positive_only=False):
    """``array`` as a compressed float32 GeoTIFF at ``path``, which appears only when complete;
    NaN (and with ``positive_only`` every value not above 0) as nodata. Written a few rows at a
    time, so it needs little memory beside ``array``."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".tif", dir=folder)
    os.close(handle)
    try:
        rows, columns = array.shape
        options = ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"]
        raster = gdal.GetDriverByName("GTiff").Create(temporary, columns, rows, 1, gdal.GDT_Float32, options)
        raster.SetGeoTransform((grid.left, grid.cell_width, 0.0, grid.top, 0.0, -grid.cell_height))
        raster.SetProjection(crs.toWkt())
        band = raster.GetRasterBand(1)
        band.SetNoDataValue(nodata)
        block_rows = max(1, WRITE_CELLS // columns)
        for top in range(0, rows, block_rows):
            block = array[top : top + block_rows]
            empty = ~(block > 0) if positive_only else np.isnan(block)
            band.WriteArray(np.where(empty, nodata, block).astype(np.float32), 0, top)
        raster = None  # closes and flushes the file
        os.replace(temporary, path)
    except BaseException:
        os.remove(temporary)
        raise


class TerrainSampler:
    """Heights from a terrain model (raster layer, band 1) at points of another CRS."""

    def __init__(self, dem, crs, project):
        self.dem = dem
        self.transform = QgsCoordinateTransform(crs, dem.crs(), project) if dem is not None else None

    def height(self, x, y, fallback):
        """The terrain height at ``x, y``, or ``fallback`` without a model or outside it (nodata)."""
        if self.dem is None:
            return fallback
        value, ok = self.dem.dataProvider().sample(self.transform.transform(x, y), 1)
        return value if ok and value == value else fallback
