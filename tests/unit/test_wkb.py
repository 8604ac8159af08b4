"""Line coordinates from WKB, against GDAL's own WKB writer and reader."""

import numpy as np
import pytest
from osgeo import ogr

from smartcity_qgis.core.wkb import line_parts

LINES = [
    "LINESTRING (0 0, 10 0, 10 5)",
    "LINESTRING Z (1 2 3, 4 5 6)",
    "LINESTRING M (1 2 9, 4 5 9)",
    "LINESTRING ZM (7 8 1 2, 9 10 3 4, 11 12 5 6)",
    "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3, 4 4))",
    "MULTILINESTRING Z ((0 0 1, 1 1 1), (5 5 2, 6 6 2))",
]


def iso_wkb(wkt, order):
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(order))


@pytest.mark.parametrize("order", [ogr.wkbNDR, ogr.wkbXDR])
def test_parts_and_coordinates_are_the_ones_gdal_reads(order):
    coordinates, offsets, owner = line_parts([iso_wkb(wkt, order) for wkt in LINES])
    expected, expected_owner = [], []
    for index, wkt in enumerate(LINES):
        geometry = ogr.CreateGeometryFromWkt(wkt)
        parts = [geometry] if geometry.GetGeometryCount() == 0 else list(geometry)
        for part in parts:
            expected.append(np.array([part.GetPoint_2D(i) for i in range(part.GetPointCount())]))
            expected_owner.append(index)
    assert owner.tolist() == expected_owner
    got = [coordinates[start:end] for start, end in zip(offsets[:-1], offsets[1:])]
    assert len(got) == len(expected) == 8
    for mine, gdal in zip(got, expected):
        np.testing.assert_array_equal(mine, gdal)


def test_old_25d_codes_and_nothing_at_all():
    line = ogr.CreateGeometryFromWkt("LINESTRING (0 0 5, 3 4 5)")
    coordinates, offsets, _owner = line_parts([bytes(line.ExportToWkb())])  # 0x80000002
    assert coordinates.tolist() == [[0.0, 0.0], [3.0, 4.0]] and offsets.tolist() == [0, 2]
    coordinates, offsets, owner = line_parts([])
    assert coordinates.shape == (0, 2) and offsets.tolist() == [0] and owner.tolist() == []


def test_a_point_is_not_a_line():
    with pytest.raises(ValueError, match="not a line"):
        line_parts([iso_wkb("POINT (1 2)", ogr.wkbNDR)])


def test_plain_2d_lines_read_at_once_equal_the_general_reading():
    lines = ["LINESTRING (0 0, 10 0, 10 5)", "LINESTRING (1.5 2.5, 3 4)", "LINESTRING EMPTY"]
    plain = line_parts([iso_wkb(wkt, ogr.wkbNDR) for wkt in lines])
    general = line_parts([iso_wkb(wkt, ogr.wkbNDR) for wkt in lines] + [iso_wkb(LINES[1], ogr.wkbNDR)])
    assert plain[1].tolist() == [0, 3, 5, 5] and plain[2].tolist() == [0, 1, 2]
    np.testing.assert_array_equal(plain[0], general[0][:5])
    assert general[1][:4].tolist() == plain[1].tolist()
