"""Courtyards stay open in all three twin formats: inner rings of a footprint become inner walls and
holes in roof and floor; the volume is the footprint's area (with its holes, by Shapely) × height,
measured by an independent polyhedron volume (Newell's face normals) on each format's own faces."""

import numpy as np
import pytest
from lxml import etree
from shapely.geometry import Polygon

from smartcity_qgis.core.twin import tiles3d
from smartcity_qgis.core.twin.citygml import citygml_document
from smartcity_qgis.core.twin.cityjson import CityObject, cityjson_document
from tests.unit.test_cityjson_export import decoded, validator  # noqa: F401 (fixture)
from tests.unit.test_tiles3d import assert_watertight

GML = "{http://www.opengis.net/gml}"
OUTER = [(0, 0), (30, 0), (30, 20), (0, 20)]
HOLES = [[(4, 4), (10, 4), (10, 8), (4, 8)], [(18, 14), (23, 14), (23, 6), (18, 6)]]  # either turn
GROUND, HEIGHT = 412.0, 12.0
EXPECTED = Polygon(OUTER, HOLES).area * HEIGHT  # 536 m² × 12 m


def polyhedron_volume(faces):
    """Volume enclosed by planar faces (each: rings of 3D points, holes turned against the outer
    ring): one third of the sum of each face's point · area vector (Newell)."""
    volume = 0.0
    for rings in faces:
        rings = [np.asarray(ring, float) for ring in rings]
        area_vector = sum(0.5 * np.cross(ring, np.roll(ring, -1, axis=0)).sum(axis=0) for ring in rings)
        volume += np.dot(rings[0][0], area_vector) / 3.0
    return volume


def courtyard_house(east=497000.0, north=5380000.0):
    return CityObject(
        "hof-1",
        "Building",
        "Solid",
        footprint=[(east + x, north + y) for x, y in OUTER],
        holes=[[(east + x, north + y) for x, y in hole] for hole in HOLES],
        ground=GROUND,
        height=HEIGHT,
    )


def test_cityjson_solid_keeps_the_courtyards_open(validator):  # noqa: F811
    document, skipped = cityjson_document([courtyard_house()], 25832)
    assert skipped == [] and not list(validator.iter_errors(document))
    points = decoded(document)
    [shell] = document["CityObjects"]["hof-1"]["geometry"][0]["boundaries"]
    assert len(shell) == 2 + 4 * 3  # floor, roof, 4 outer and 2 × 4 inner walls
    assert sorted(len(surface) for surface in shell)[-2:] == [3, 3]  # roof and floor: 2 holes each
    faces = [[points[ring] for ring in surface] for surface in shell]
    assert polyhedron_volume(faces) == pytest.approx(EXPECTED, rel=1e-3)


def test_citygml_solid_keeps_the_courtyards_open(citygml_schema):
    data, skipped = citygml_document([courtyard_house()], 25832)
    document = etree.fromstring(data)
    assert skipped == [] and citygml_schema.validate(document), citygml_schema.error_log
    faces = []
    for polygon in document.iter(f"{GML}Polygon"):
        rings = [
            np.array(positions.text.split(), float).reshape(-1, 3)[:-1]
            for positions in polygon.iter(f"{GML}posList")
        ]
        faces.append(rings)
    assert len(faces) == 14 and sum(len(rings) > 1 for rings in faces) == 2
    assert polyhedron_volume(faces) == pytest.approx(EXPECTED, rel=1e-3)


def test_3d_tiles_mesh_is_closed_and_open_over_the_courtyards():
    vertices, triangles = tiles3d.building_mesh(OUTER, GROUND, HEIGHT, HOLES)
    a, b, c = (vertices[triangles[:, k]] for k in range(3))
    faces = [[[p, q, r]] for p, q, r in zip(a, b, c)]
    assert polyhedron_volume(faces) == pytest.approx(EXPECTED, rel=1e-3)
    normals = np.cross(b - a, c - a)
    roof = (normals[:, 2] > 0) & np.isclose(a[:, 2], GROUND + HEIGHT)
    assert np.abs(normals[roof, 2]).sum() / 2 == pytest.approx(EXPECTED / HEIGHT)
    assert_watertight(vertices, triangles)
