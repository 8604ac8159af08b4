"""Raster masks of the core as QGIS polygons (GDAL polygonize)."""

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsCoordinateTransform, QgsGeometry


def mask_geometry(mask, left, top, cell):
    """A (multi)polygon QgsGeometry of the true cells of ``mask`` (row 0 at ``top``, column 0 at ``left``)."""
    rows, columns = mask.shape
    raster = gdal.GetDriverByName("MEM").Create("", columns, rows, 1, gdal.GDT_Byte)
    raster.SetGeoTransform((left, cell, 0.0, top, 0.0, -cell))
    band = raster.GetRasterBand(1)
    band.WriteArray(mask.astype(np.uint8))
    vectors = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vectors.CreateLayer("mask")
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0)  # the band as its own mask: only true cells
    parts = [QgsGeometry.fromWkt(feature.GetGeometryRef().ExportToWkt()) for feature in layer]
    return QgsGeometry.collectGeometry(parts)


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
