"""The synthetic layers shipped in the plugin's example folder are what demo/example_data.py
writes from its seeds (so they can be remade and checked, not edited by hand)."""

import numpy as np
from osgeo import gdal

from demo.example_data import BUILDINGS, HOMES, TERRAIN, write_example_data
from demo.paths import DATA


def test_shipped_synthetic_layers_come_from_the_generator(tmp_path):
    write_example_data(tmp_path)
    for name in (HOMES, BUILDINGS):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
    made, shipped = gdal.Open(str(tmp_path / TERRAIN)), gdal.Open(str(DATA / TERRAIN))
    assert made.GetGeoTransform() == shipped.GetGeoTransform()
    assert made.GetSpatialRef().IsSame(shipped.GetSpatialRef())
    assert np.array_equal(made.ReadAsArray(), shipped.ReadAsArray())
