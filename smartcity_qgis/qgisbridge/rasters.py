"""Raster masks of the core as QGIS polygons (GDAL polygonize)."""

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsGeometry


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
