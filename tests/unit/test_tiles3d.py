"""3D Tiles: coordinates against PROJ, closed meshes, GLB structure, the Khronos glTF validator."""

import json
import os
import struct
import subprocess

import numpy as np
import pytest

from smartcity_qgis.core.errors import InputError
from smartcity_qgis.core.twin import tiles3d
from smartcity_qgis.core.twin.cityjson import CityObject
from tests.conftest import REPO
from tests.unit.test_cityjson_export import L_SHAPE

VALIDATOR = REPO / "build" / "node" / "node_modules"
ORIGIN = np.array([490000.0, 5382000.0])


def town():
    footprint = [tuple(ORIGIN + point) for point in L_SHAPE]
    pond = [tuple(ORIGIN + point) + (431.0,) for point in [(30, 0), (50, 0), (50, 20), (30, 20), (30, 0)]]
    return [
        CityObject(
            "haus-1",
            "Building",
            "Solid",
            footprint=footprint,
            ground=430.0,
            height=9.5,
            attributes={"risiko": 3, "name": "Mühlgasse 5 <&>"},
        ),
        CityObject("senke-7", "WaterBody", "MultiSurface", surfaces=[[pond]], attributes={"tiefe": 0.4}),
        CityObject(
            "pegel", "GenericCityObject", "MultiPoint", lod="0", points=[(490005.0, 5382005.0, 430.0)]
        ),
    ]


def test_utm_to_geodetic_agrees_with_proj():
    from pyproj import Transformer

    rng = np.random.default_rng(2)
    easting, northing = rng.uniform(300_000, 700_000, 50), rng.uniform(5_250_000, 6_100_000, 50)
    latitude, longitude = tiles3d.utm_to_geodetic(easting, northing, 32)
    proj_lon, proj_lat = Transformer.from_crs(25832, 4258, always_xy=True).transform(easting, northing)
    assert np.abs(np.degrees(latitude) - proj_lat).max() < 1e-9  # about 0.1 mm
    assert np.abs(np.degrees(longitude) - proj_lon).max() < 1e-9
    x, y, z = tiles3d.geodetic_to_ecef(latitude, longitude, 300.0)
    proj = Transformer.from_crs(4937, 4936, always_xy=True).transform(proj_lon, proj_lat, np.full(50, 300.0))
    assert np.abs(np.array([x, y, z]) - np.array(proj)).max() < 1e-3


@pytest.mark.parametrize(
    "ring", [L_SHAPE[:-1], L_SHAPE[-2::-1], [(0, 0), (10, 0), (10, 10), (5, 2), (0, 10)]]
)
def test_ear_clipping_covers_the_polygon(ring):
    points = np.array(ring, float)
    triangles = tiles3d.ear_clip(points)
    assert len(triangles) == len(ring) - 2
    area = sum(abs(np.cross(points[b] - points[a], points[c] - points[a])) / 2 for a, b, c in triangles)
    expected = abs(tiles3d.ring_area(np.vstack((points, points[:1]))))
    assert area == pytest.approx(expected)


def test_building_mesh_is_closed_and_holds_the_volume():
    vertices, triangles = tiles3d.building_mesh(L_SHAPE, 430.0, 9.5)
    a, b, c = (vertices[triangles[:, k]] for k in range(3))
    volume = np.einsum("ij,ij->i", a, np.cross(b, c)).sum() / 6  # outward faces: positive
    assert volume == pytest.approx(350 * 9.5)
    assert_watertight(vertices, triangles)


def assert_watertight(vertices, triangles):
    """Every edge (by its corners' positions) is used once in each direction: a closed shell."""
    rounded = {tuple(point) for point in vertices.round(6)}
    position = {point: number for number, point in enumerate(sorted(rounded))}
    edges = {}
    for triangle in triangles:
        corners = [position[tuple(vertices[index].round(6))] for index in triangle]
        for first, second in zip(corners, corners[1:] + corners[:1]):
            edges[(first, second)] = edges.get((first, second), 0) + 1
    assert all(edges.get((second, first)) == count for (first, second), count in edges.items())


def read_glb(data):
    magic, version, length = struct.unpack_from("<III", data)
    assert (magic, version, length) == (tiles3d.GLB_MAGIC, 2, len(data))
    json_length, json_type = struct.unpack_from("<II", data, 12)
    document = json.loads(data[20 : 20 + json_length])
    binary_length, binary_type = struct.unpack_from("<II", data, 20 + json_length)
    assert (json_type, binary_type) == (tiles3d.JSON_CHUNK, tiles3d.BIN_CHUNK)
    return document, data[28 + json_length : 28 + json_length + binary_length]


def view(document, binary, index, dtype):
    entry = document["bufferViews"][index]
    return np.frombuffer(binary[entry["byteOffset"] : entry["byteOffset"] + entry["byteLength"]], dtype)


def test_tile_places_the_objects_on_the_ellipsoid_with_their_attributes():
    tileset, contents = tiles3d.tile(town(), 25832, undulation=48.0)
    assert list(contents) == ["content.glb"] and tileset["root"]["content"]["uri"] == "content.glb"
    glb = contents["content.glb"]
    document, binary = read_glb(glb)
    table = document["extensions"]["EXT_structural_metadata"]["propertyTables"][0]
    assert table["count"] == 2  # the gauge, a point, has no surface to show
    names = table["properties"]["name"]
    offsets = view(document, binary, names["stringOffsets"], np.uint32)
    texts = view(document, binary, names["values"], np.uint8).tobytes()
    assert texts[offsets[0] : offsets[1]].decode("utf-8") == "Mühlgasse 5 <&>"
    assert np.isnan(view(document, binary, table["properties"]["risiko"]["values"], np.float64)[1])
    # A roof corner of the house back in ECEF through the root transform matches the direct way.
    transform = np.array(tileset["root"]["transform"]).reshape(4, 4).T
    building = next(
        p
        for p in document["meshes"][0]["primitives"]
        if document["materials"][p["material"]]["name"] == "Building"
    )
    positions = view(
        document, binary, document["accessors"][building["attributes"]["POSITION"]]["bufferView"], np.float32
    )
    x, y, z = positions.reshape(-1, 3).T
    ecef = transform @ np.vstack((x, -z, y, np.ones_like(x)))  # glTF y-up → tile z-up
    latitude, longitude = tiles3d.utm_to_geodetic(ORIGIN[0] + 20, ORIGIN[1], 32)
    corner = np.array(tiles3d.geodetic_to_ecef(latitude, longitude, 430.0 + 9.5 + 48.0))
    assert np.linalg.norm(ecef[:3].T - corner, axis=1).min() < 0.01
    box = np.array(tileset["root"]["boundingVolume"]["box"])
    assert (np.abs(np.vstack((x, -z, y)).T - box[:3]) <= np.abs(box[[3, 7, 11]]) + 1e-3).all()
    assert "quasigeoid is not applied" in tileset["asset"]["extras"]["heights"]


def test_khronos_validator_finds_no_errors(tmp_path):
    assert (VALIDATOR / "gltf-validator").is_dir(), "run `make node-tools` to install the glTF validator"
    path = tmp_path / "content.glb"
    from tests.unit.test_twin_courtyards import courtyard_house

    path.write_bytes(tiles3d.tile([*town(), courtyard_house()], 25832)[1]["content.glb"])
    assert_valid_gltf(path)


def assert_valid_gltf(path):
    """The Khronos glTF validator finds neither errors nor warnings in the GLB file ``path``."""
    answer = subprocess.run(
        ["node", str(REPO / "tools" / "validate_gltf.js"), str(path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, NODE_PATH=str(VALIDATOR)),
        timeout=120,
    )
    assert answer.returncode == 0, answer.stderr
    issues = json.loads(answer.stdout)
    assert (issues["numErrors"], issues["numWarnings"]) == (0, 0), issues["messages"]


def test_a_town_is_split_into_a_quadtree_of_valid_tiles(tmp_path):
    """1,300 houses on a 36 × 36 grid (and 4 on one spot): every house in exactly one leaf tile of
    at most MOST_PER_TILE, inside its tile's box; parents without content and with a larger error."""
    houses = [
        CityObject(
            f"haus-{row}-{column}",
            "Building",
            "Solid",
            footprint=[(490000 + 30 * column + dx, 5382000 + 30 * row + dy) for dx, dy in L_SHAPE],
            ground=430.0,
            height=6.0 + (row + column) % 5,
            attributes={"reihe": row},
        )
        for row in range(36)
        for column in range(36)
    ][:1300]
    tileset, contents = tiles3d.tile(houses, 25832)
    leaves, seen = [], []

    def walk(node, parent_error):
        assert node["geometricError"] < parent_error
        if "children" in node:
            assert "content" not in node
            for child in node["children"]:
                walk(child, node["geometricError"])
        else:
            leaves.append(node)

    walk(tileset["root"], tileset["geometricError"] + 1)
    assert tileset["root"]["refine"] == "ADD" and len(leaves) >= 3
    for leaf in leaves:
        document, binary = read_glb(contents[leaf["content"]["uri"]])
        table = document["extensions"]["EXT_structural_metadata"]["propertyTables"][0]
        assert table["count"] <= tiles3d.MOST_PER_TILE
        offsets = view(document, binary, table["properties"]["id"]["stringOffsets"], np.uint32)
        texts = view(document, binary, table["properties"]["id"]["values"], np.uint8).tobytes()
        seen += [texts[a:b].decode() for a, b in zip(offsets[:-1], offsets[1:])]
        box = np.array(leaf["boundingVolume"]["box"])
        for primitive in document["meshes"][0]["primitives"]:
            accessor = document["accessors"][primitive["attributes"]["POSITION"]]
            x, y, z = view(document, binary, accessor["bufferView"], np.float32).reshape(-1, 3).T
            assert (np.abs(np.vstack((x, -z, y)).T - box[:3]) <= np.abs(box[[3, 7, 11]]) + 1e-3).all()
    assert sorted(seen) == sorted(house.object_id for house in houses)
    for uri in list(contents)[:2]:
        (tmp_path / "tile.glb").write_bytes(contents[uri])
        assert_valid_gltf(tmp_path / "tile.glb")


def test_only_utm_targets_and_surfaces_are_accepted():
    with pytest.raises(InputError, match="EPSG:31467"):
        tiles3d.tile(town(), 31467)
    with pytest.raises(InputError, match="no buildings or surfaces"):
        tiles3d.tile(town()[2:], 25832)


@pytest.mark.parametrize(
    "holes",
    [
        [[(10, 10), (20, 10), (20, 20), (10, 20)]],
        [[(5, 5), (15, 5), (15, 12), (5, 12)], [(25, 18), (32, 18), (32, 26), (25, 26)]],
        [[(30, 5), (36, 5), (36, 25), (30, 25)]],  # close to the outer ring, beside a reflex corner
    ],
)
def test_surfaces_keep_their_holes(holes):
    outer = [(0, 0), (40, 0), (40, 30), (25, 30), (25, 32), (0, 32)]
    surface = [[(x, y, 431.0) for x, y in ring] for ring in [outer, *holes]]
    vertices, triangles = tiles3d.surface_mesh(surface)
    a, b, c = (vertices[triangles[:, k], :2] for k in range(3))
    areas = np.abs(np.cross(b - a, c - a)) / 2
    hole_area = sum(abs(tiles3d.ring_area(np.array(hole + hole[:1], float))) for hole in holes)
    assert areas.sum() == pytest.approx(40 * 30 + 25 * 2 - hole_area)
    centroids = (a + b + c) / 3
    for hole in holes:
        (x0, y0), (x1, y1) = np.min(hole, axis=0), np.max(hole, axis=0)
        inside = (
            (centroids[:, 0] > x0) & (centroids[:, 0] < x1) & (centroids[:, 1] > y0) & (centroids[:, 1] < y1)
        )
        assert not inside[areas > 1e-9].any()


def test_a_hole_touching_the_shore_is_cut_out_too():
    outer = [(0, 0, 1.0), (10, 0, 1.0), (10, 10, 1.0), (0, 10, 1.0)]
    island = [(0, 5, 1.0), (4, 3, 1.0), (4, 7, 1.0)]  # touches the outer ring at one point
    vertices, triangles = tiles3d.surface_mesh([outer, island])
    assert tiles3d.triangle_area(vertices, triangles) == pytest.approx(100 - 8)
    assert np.allclose(vertices[:, 2], 1.0)
