"""Raster classes as polygons (flooded areas, ponds, depressions, school catchments)."""

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY

from smartcity_qgis.qgisbridge.rasters import class_geometries, polygon_batches, polygonized

LEFT, TOP, WIDTH, HEIGHT = 400000.0, 5400000.0, 0.5, 2.0


def random_classes(seed):
    rng = np.random.default_rng(seed)
    classes = rng.integers(0, 4, (60, 80)) * (rng.random((60, 80)) < 0.6)
    classes[20:30, 20:30] = 3
    classes[24:26, 24:26] = 0  # a courtyard: a ring with a hole
    return classes


def test_each_class_polygon_covers_exactly_its_cells_and_is_valid():
    classes = random_classes(7)
    geometries = class_geometries(classes, LEFT, TOP, WIDTH, HEIGHT)
    assert sorted(geometries) == [1, 2, 3]
    for value, geometry in geometries.items():
        assert geometry.isGeosValid()  # also where cells of a value touch only at corners
        assert geometry.area() == pytest.approx(np.count_nonzero(classes == value) * WIDTH * HEIGHT)
    rng = np.random.default_rng(1)
    for row, column in zip(rng.integers(0, 60, 150), rng.integers(0, 80, 150)):
        centre = QgsGeometry.fromPointXY(
            QgsPointXY(LEFT + (column + 0.5) * WIDTH, TOP - (row + 0.5) * HEIGHT)
        )
        inside = [value for value, geometry in geometries.items() if geometry.contains(centre)]
        assert inside == ([classes[row, column]] if classes[row, column] else [])


def test_cells_touching_at_a_corner_are_one_valid_multipolygon():
    """A pond labelled with 8 neighbours: two cells meeting at a corner, around a dry cell."""
    classes = np.array([[5, 5, 0], [5, 0, 5], [0, 5, 5]])
    [(value, geometry)] = class_geometries(classes, LEFT, TOP, WIDTH, HEIGHT).items()
    assert value == 5
    assert geometry.isGeosValid()
    assert geometry.area() == pytest.approx(6 * WIDTH * HEIGHT)
    assert geometry.constGet().numGeometries() == 2


class FeatureByFeature:
    """A layer as GDAL before 3.6 offers it: features only, no columnar reading."""

    def __init__(self, layer):
        self.layer = layer

    def __iter__(self):
        return iter(self.layer)


def test_reading_feature_by_feature_gives_the_columnar_polygons():
    vectors = polygonized(random_classes(3), LEFT, TOP, WIDTH, HEIGHT)
    layer = vectors.GetLayer(0)
    assert hasattr(layer, "GetArrowStreamAsNumPy")  # GDAL ≥ 3.6 here, so both ways are compared
    batches = list(polygon_batches(layer))
    columnar = [pair for values, polygons in batches for pair in zip(values, polygons)]
    [(values, polygons)] = list(polygon_batches(FeatureByFeature(layer)))
    assert len(columnar) > 100
    assert list(zip(values, polygons)) == columnar
