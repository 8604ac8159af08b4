"""Small GeoTIFFs for the heavy-rain tests."""

from demo.terrain import write_geotiff

LEFT, TOP = 490_000.0, 5_382_000.0


def write_dem(path, heights, epsg=25832, cell=1.0, left=LEFT, top=TOP, nodata=None):
    return write_geotiff(path, heights, left, top, epsg, cell, nodata)
