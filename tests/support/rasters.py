"""Small GeoTIFFs for the heavy-rain tests."""

from osgeo import gdal, osr

LEFT, TOP = 490_000.0, 5_382_000.0


def write_dem(path, heights, epsg=25832, cell=1.0, left=LEFT, top=TOP, nodata=None):
    raster = gdal.GetDriverByName("GTiff").Create(
        str(path), heights.shape[1], heights.shape[0], 1, gdal.GDT_Float32
    )
    raster.SetGeoTransform((left, cell, 0.0, top, 0.0, -cell))
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(epsg)
    raster.SetProjection(reference.ExportToWkt())
    band = raster.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(heights)
    raster = None
    return str(path)
