"""An exported tileset in a real viewer: CesiumJS in headless Chromium loads every tile in view,
and picking at a building's position (from PROJ) finds that building with its attributes; the
courtyard of a building and the gaps between buildings stay open."""

import json

import pytest

from smartcity_qgis.core.twin import tiles3d
from smartcity_qgis.core.twin.cityjson import CityObject
from tests.unit.test_cityjson_export import L_SHAPE
from tools.cesium_viewer import CESIUM, browser, view_tileset

GROUND, HEIGHT = 430.0, 8.0
EAST, NORTH = 490000.0, 5382000.0
COLUMNS = ROWS = 26  # 676 houses: more than one tile holds


def town():
    """L-shaped houses 30 m apart and, east of them, a 40 × 40 m block round a 20 × 20 m court."""
    houses = [
        CityObject(
            f"haus-{row}-{column}",
            "Building",
            "Solid",
            footprint=[(EAST + 30 * column + x, NORTH + 30 * row + y) for x, y in L_SHAPE],
            ground=GROUND,
            height=HEIGHT,
            attributes={"reihe": row, "name": f"Gasse {column} <&>"},
        )
        for row in range(ROWS)
        for column in range(COLUMNS)
    ]
    left = EAST + 30 * COLUMNS + 20
    block = CityObject(
        "hof",
        "Building",
        "Solid",
        footprint=[(left + x, NORTH + y) for x, y in [(0, 0), (40, 0), (40, 40), (0, 40)]],
        holes=[[(left + x, NORTH + y) for x, y in [(10, 10), (10, 30), (30, 30), (30, 10)]]],
        ground=GROUND,
        height=HEIGHT,
        attributes={"reihe": -1, "name": "Hof"},
    )
    return [*houses, block], left


def probe(name, east, north, height):
    """A place to pick at, in WGS 84 by PROJ (not by the exporter's own arithmetic)."""
    from pyproj import Transformer

    longitude, latitude = Transformer.from_crs(25832, 4326, always_xy=True).transform(east, north)
    return {"id": name, "longitude": longitude, "latitude": latitude, "height": height}


def test_cesium_shows_and_picks_the_exported_buildings(tmp_path):
    if browser() is None or not CESIUM.is_dir():
        pytest.skip("Chromium and CesiumJS are installed by `make system-packages node-tools`")
    objects, left = town()
    tileset, contents = tiles3d.tile(objects, 25832)
    (tmp_path / "tileset.json").write_text(json.dumps(tileset))
    for name, content in contents.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content)
    roof = GROUND + HEIGHT
    probes = [
        probe(f"haus-{row}-{column}", EAST + 30 * column + 5, NORTH + 30 * row + 15, roof)
        for row, column in ((2, 3), (13, 21), (24, 8))
    ]
    probes += [
        probe("hof", left + 5, NORTH + 20, roof),
        probe("court", left + 20, NORTH + 20, GROUND),  # the middle of the courtyard, on the ground
        probe("gap", EAST + 30 * 10 + 25, NORTH + 30 * 10 + 15, GROUND),  # between two houses
    ]
    answer = view_tileset(tmp_path, probes)
    assert "error" not in answer, answer.get("error")
    assert answer["loadedTiles"] >= 2 and len(contents) >= 2
    found = {pick["probe"]: pick["found"] for pick in answer["picked"]}
    for name in ("haus-2-3", "haus-13-21", "haus-24-8"):
        row, column = map(int, name.split("-")[1:])
        assert found[name] == {"id": name, "reihe": row, "name": f"Gasse {column} <&>"}
    assert found["hof"]["id"] == "hof"
    assert found["court"] is None and found["gap"] is None
    assert answer["picture"].startswith("data:image/png;base64,")
