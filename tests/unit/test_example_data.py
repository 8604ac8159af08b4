"""The synthetic layers shipped in the plugin's example folder are what demo/example_data.py
writes from its seeds (so they can be remade and checked, not edited by hand)."""

import json

import numpy as np
from osgeo import gdal

from demo.example_data import BUILDINGS, HOMES, TERRAIN, write_example_data
from demo.paths import DATA


def test_shipped_synthetic_layers_come_from_the_generator(tmp_path):
    """Equal up to the last digits that other PROJ, NumPy and SciPy versions may change."""
    write_example_data(tmp_path)
    for name in (HOMES, BUILDINGS):
        made, shipped = (
            json.loads((folder / name).read_text(encoding="utf-8")) for folder in (tmp_path, DATA)
        )
        assert [feature["properties"] for feature in made["features"]] == [
            feature["properties"] for feature in shipped["features"]
        ], name
        assert np.allclose(coordinates(made), coordinates(shipped), rtol=0, atol=1e-6), name
    made, shipped = gdal.Open(str(tmp_path / TERRAIN)), gdal.Open(str(DATA / TERRAIN))
    assert made.GetGeoTransform() == shipped.GetGeoTransform()
    assert made.GetSpatialRef().IsSame(shipped.GetSpatialRef())
    assert np.allclose(made.ReadAsArray(), shipped.ReadAsArray(), rtol=0, atol=1e-3)  # a millimetre


def coordinates(collection):
    """All coordinates of a GeoJSON FeatureCollection as one flat array."""
    return np.concatenate(
        [np.ravel(feature["geometry"]["coordinates"]) for feature in collection["features"]]
    )
