"""Demo terrain: a SYNTHETIC 1 m DEM of central Herrenberg and building footprints at the demo homes.

No open DGM1 of the town is bundled, so the terrain is made up (seeded, reproducible): a slope from
the eastern hills down to a valley in the west, hollows and ridges at several scales (a few metres
down to decimetres), which give many depressions and a branching drainage. The buildings are
10 × 12 m footprints at the synthetic homes, 6–15 m high.
"""

import json

import numpy as np
from osgeo import gdal, osr
from scipy import ndimage

DEMO_CRS = 25832
CENTRE = (8.8707, 48.5960)  # Herrenberg, market square (lon, lat)
SIZE_M = 1200
FOOTPRINT_M = (10.0, 12.0)
# (smoothing length in cells, relief in metres) of the random hollows and ridges
RELIEF = ((120, 8.0), (30, 2.0), (8, 0.6), (2, 0.08))


def synthetic_terrain(rows, columns, seed=3):
    """Heights (float32): a regional slope, a winding valley and random relief at several scales."""
    generator = np.random.default_rng(seed)
    y, x = np.mgrid[0:rows, 0:columns].astype(np.float32)
    valley = np.abs(x - columns * (0.25 + 0.08 * np.sin(y / rows * 2 * np.pi)))
    dem = 430.0 + 0.02 * x + 0.004 * y + 0.03 * valley
    for length, relief in RELIEF:
        noise = ndimage.gaussian_filter(generator.normal(size=(rows, columns)).astype(np.float32), length)
        dem += noise / noise.std() * relief
    return dem.astype(np.float32)


def utm(lon, lat):
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(DEMO_CRS)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _z = osr.CoordinateTransformation(source, target).TransformPoint(lon, lat)
    return x, y


def write_geotiff(path, heights, left, top, epsg=DEMO_CRS, cell=1.0, nodata=None):
    """``heights`` (row 0 at ``top``) as a compressed float32 GeoTIFF; returns the path as text."""
    raster = gdal.GetDriverByName("GTiff").Create(
        str(path),
        heights.shape[1],
        heights.shape[0],
        1,
        gdal.GDT_Float32,
        ["COMPRESS=DEFLATE", "PREDICTOR=3"],
    )
    raster.SetGeoTransform((left, cell, 0.0, top, 0.0, -cell))
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(epsg)
    raster.SetProjection(reference.ExportToWkt())
    band = raster.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(heights)
    raster = None  # closes the file
    return str(path)


def write_town_terrain(dem_path, buildings_path, homes_path):
    """Write the demo DEM (GeoTIFF) and the building footprints (GeoJSON) of the homes in its extent."""
    centre_x, centre_y = utm(*CENTRE)
    left, top = round(centre_x - SIZE_M / 2), round(centre_y + SIZE_M / 2)
    write_geotiff(dem_path, synthetic_terrain(SIZE_M, SIZE_M), left, top)
    width, depth = FOOTPRINT_M
    heights = np.random.default_rng(5)
    footprints = []
    for number, home in enumerate(json.loads(homes_path.read_text(encoding="utf-8"))["features"]):
        x, y = utm(*home["geometry"]["coordinates"])
        if not (left + width < x < left + SIZE_M - width and top - SIZE_M + depth < y < top - depth):
            continue
        ring = [
            [x - width / 2, y - depth / 2],
            [x + width / 2, y - depth / 2],
            [x + width / 2, y + depth / 2],
        ]
        ring += [[x - width / 2, y + depth / 2], [x - width / 2, y - depth / 2]]
        footprints.append(
            {
                "type": "Feature",
                "properties": {"id": number, "height": round(float(heights.uniform(6.0, 15.0)), 1)},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    collection = {
        "type": "FeatureCollection",
        "name": "buildings",
        "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{DEMO_CRS}"}},
        "features": footprints,
    }
    buildings_path.write_text(json.dumps(collection), encoding="utf-8")
