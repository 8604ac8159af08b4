"""Demo homes: SYNTHETIC pupils' homes beside Herrenberg's residential streets (seeded, reproducible).

The OSM extract has almost no buildings, so homes are placed every so often along residential
streets and living streets, 12 m to the side, with one to three pupils each.
"""

import json

import numpy as np
from osgeo import ogr

from demo.paths import DATA

HOME_STREETS = ("residential", "living_street")
SPACING_M = 60.0
SIDE_M = 12.0
METRES_PER_DEGREE = 111_320.0


def street_homes(seed=7):
    """GeoJSON features of homes along the residential streets of the demo OSM extract."""
    generator = np.random.default_rng(seed)
    source = ogr.Open(str(DATA / "herrenberg-minimal.osm.pbf"))
    homes = []
    for feature in source.GetLayer("lines"):
        if feature.GetField("highway") not in HOME_STREETS:
            continue
        geometry = feature.GetGeometryRef()
        points = np.array([(geometry.GetX(i), geometry.GetY(i)) for i in range(geometry.GetPointCount())])
        scale = np.array([METRES_PER_DEGREE * np.cos(np.radians(points[0, 1])), METRES_PER_DEGREE])
        for first, second in zip(points[:-1], points[1:]):
            step = (second - first) * scale
            length = float(np.hypot(*step))
            for share in np.arange(generator.uniform(0, SPACING_M), length, SPACING_M) / max(length, 1e-9):
                side = np.array([-step[1], step[0]]) / length * SIDE_M * generator.choice((-1, 1))
                lon, lat = first + share * (second - first) + side / scale
                homes.append(
                    {
                        "type": "Feature",
                        "properties": {"pupils": int(generator.integers(1, 4))},
                        "geometry": {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]},
                    }
                )
    return homes


def write_homes(path):
    path.write_text(
        json.dumps({"type": "FeatureCollection", "name": "homes", "features": street_homes()}),
        encoding="utf-8",
    )
    return path
