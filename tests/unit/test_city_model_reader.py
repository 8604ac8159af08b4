"""3D city models read back: exported buildings come back with their footprints (courtyards open)
and attributes; real LoD2 files give the area of their ground surfaces, read here independently."""

import json
import xml.etree.ElementTree as ET

import pytest
from shapely.geometry import Polygon

from smartcity_qgis.core.twin.city_model_reader import read_citygml, read_cityjson
from smartcity_qgis.core.twin.citygml import citygml_document
from smartcity_qgis.core.twin.cityjson import CityObject, cityjson_document, cityjson_sequence
from tests.conftest import TEST_DATA
from tests.unit.test_twin_courtyards import HOLES, OUTER, courtyard_house

GML = "{http://www.opengis.net/gml}"


def houses():
    courtyard = courtyard_house()
    courtyard.attributes = {"risiko": 3, "name": "Hof <&> Mühle", "tiefe": 0.25}
    corner = [(497100, 5380000), (497110, 5380000), (497110, 5380008), (497100, 5380008)]
    plain = CityObject(
        "haus-2", "Building", "Solid", footprint=corner, ground=410.0, height=7.0,
        attributes={"risiko": 1, "name": "Eck", "tiefe": 0.0},
    )  # fmt: skip
    return [courtyard, plain]


def expected_area(item):
    return Polygon(item.footprint, item.holes).area


def assert_same(model):
    by_id = {item.object_id: item for item in model.objects}
    for original in houses():
        read = by_id[original.object_id]
        assert read.footprint.area == pytest.approx(expected_area(original), abs=1e-3)
        assert {key: read.attributes[key] for key in original.attributes} == original.attributes
    assert model.epsg == 25832


def test_cityjson_and_cityjsonseq_round_trip():
    document, _skipped = cityjson_document(houses(), 25832)
    assert_same(read_cityjson(json.dumps(document).encode(), "haeuser.city.json"))
    header, features, _skipped = cityjson_sequence(houses(), 25832)
    lines = "\n".join(json.dumps(item) for item in [header, *features])
    model = read_cityjson(lines.encode(), "haeuser.city.jsonl")
    assert_same(model)
    courtyard = next(item for item in model.objects if item.object_id == "hof-1")
    assert len(courtyard.footprint.interiors) == len(HOLES) and courtyard.footprint.area < Polygon(OUTER).area


def test_a_cityjson_file_of_the_wrong_shape_is_a_clear_error():
    from smartcity_qgis.core.errors import FormatError

    document, _skipped = cityjson_document(houses(), 25832)
    first, second = list(document["CityObjects"])[:2]

    def with_first_index(index):  # the first vertex index of the first object's first surface
        damaged = json.loads(json.dumps(document))
        boundaries = damaged["CityObjects"][first]["geometry"][0]["boundaries"]
        while isinstance(boundaries[0], list):
            boundaries = boundaries[0]
        boundaries[0] = index
        return damaged

    broken = [
        with_first_index(len(document["vertices"])),  # past the end
        with_first_index(-1),  # would silently be the last vertex
        {**document, "vertices": 5},
        {**document, "transform": {"scale": 1}},
        {**document, "CityObjects": {**document["CityObjects"], first: 7}},
        # parents and children in a circle
        {
            **document,
            "CityObjects": {
                **document["CityObjects"],
                first: {**document["CityObjects"][first], "children": [second]},
                second: {**document["CityObjects"][second], "children": [first]},
            },
        },
    ]
    for item in broken:
        with pytest.raises(FormatError, match="not a valid CityJSON file"):
            read_cityjson(json.dumps(item).encode(), "stadt.city.json")
    odd_metadata = {**document, "metadata": [1]}
    assert read_cityjson(json.dumps(odd_metadata).encode(), "stadt.city.json").epsg is None


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (("<gml:posList>458875.0", "<gml:posList>458875,0"), "geometry cannot be read"),
        (("<gml:posList>458875.0", "<gml:posList>1e400"), "geometry cannot be read"),
        (('srsDimension="3" srsName', 'srsDimension="3" srsDimension="2" srsName'), "not well-formed"),
    ],
    ids=["decimal comma", "beyond any float", "attribute twice"],
)
def test_a_citygml_file_that_cannot_be_read_is_a_clear_error(tmp_path, damage, message):
    from smartcity_qgis.core.errors import FormatError

    text = (TEST_DATA / "citygml" / "SIG3D_Building_LOD2-EPSG25832.gml").read_text(encoding="utf-8")
    assert damage[0] in text
    (tmp_path / "haus.gml").write_text(text.replace(damage[0], damage[1], 1), encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        read_citygml(tmp_path / "haus.gml")


def test_citygml_round_trip(tmp_path):
    data, _skipped = citygml_document(houses(), 25832)
    path = tmp_path / "haeuser.gml"
    path.write_bytes(data)
    assert_same(read_citygml(str(path)))


def ground_area(path):
    """Per building, the area of its ground surfaces (exterior minus interior rings, shoelace)."""

    def ring_area(ring):
        numbers = [float(value) for value in ring.findtext(f".//{GML}posList", "").split()]
        points = list(zip(numbers[0::3], numbers[1::3]))
        return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:]))) / 2

    areas = {}
    for building in ET.parse(path).getroot().iter("{http://www.opengis.net/citygml/building/2.0}Building"):
        area = 0.0
        for ground in building.iter("{http://www.opengis.net/citygml/building/2.0}GroundSurface"):
            for polygon in ground.iter(f"{GML}Polygon"):
                area += sum(ring_area(ring) for ring in polygon.iter(f"{GML}exterior"))
                area -= sum(ring_area(ring) for ring in polygon.iter(f"{GML}interior"))
        areas[building.get(f"{GML}id")] = area
    return areas


@pytest.mark.parametrize(
    "name", ["SIG3D_Building_LOD2-EPSG25832.gml", "SIG3D_Building_and_garage_LOD2-EPSG25832.gml"]
)
def test_real_lod2_buildings_have_their_ground_surfaces_as_footprints(name):
    path = TEST_DATA / "citygml" / name
    model = read_citygml(str(path))
    expected = ground_area(path)
    buildings = {item.object_id: item for item in model.objects if item.kind == "Building"}
    assert set(buildings) == set(expected) and expected
    for key, area in expected.items():
        assert buildings[key].footprint.area == pytest.approx(area, rel=1e-9)
    assert model.epsg == 25832


def surface_area_3d(rings):
    """The area of a planar 3D polygon (exterior minus holes): half the length of the sum of its
    rings' cross products (Newell), holes subtracted."""
    import numpy as np

    def ring_vector(ring):
        points = np.asarray(ring, float)[:, :3]
        return 0.5 * np.cross(points, np.roll(points, -1, axis=0)).sum(axis=0)

    exterior, interiors = rings
    return float(np.linalg.norm(ring_vector(exterior))) - sum(
        float(np.linalg.norm(ring_vector(hole))) for hole in interiors
    )


@pytest.mark.parametrize("kind", ["cityjson", "cityjsonseq", "citygml"])
def test_the_roofs_of_exported_blocks_come_back_in_3d_with_their_courtyards(tmp_path, kind):
    if kind == "citygml":
        path = tmp_path / "haeuser.gml"
        path.write_bytes(citygml_document(houses(), 25832)[0])
        model = read_citygml(str(path), with_roofs=True)
    elif kind == "cityjson":
        model = read_cityjson(
            json.dumps(cityjson_document(houses(), 25832)[0]).encode(), "h.json", with_roofs=True
        )
    else:
        header, features, _skipped = cityjson_sequence(houses(), 25832)
        lines = "\n".join(json.dumps(item) for item in [header, *features]).encode()
        model = read_cityjson(lines, "h.jsonl", with_roofs=True)
    by_id = {item.object_id: item for item in model.objects}
    for original in houses():
        [(exterior, interiors)] = by_id[original.object_id].roofs  # the top only, not the floor
        top = original.ground + original.height
        heights = [point[2] for ring in [exterior, *interiors] for point in ring]
        assert heights == pytest.approx([top] * len(heights), abs=1e-3)
        assert len(interiors) == len(original.holes)
        assert surface_area_3d((exterior, interiors)) == pytest.approx(expected_area(original), abs=1e-3)
    assert (
        read_citygml(str(TEST_DATA / "citygml" / "SIG3D_Building_LOD2-EPSG25832.gml")).objects[0].roofs == []
    )


def roof_areas(path):
    """Per building, the number and 3D area of its RoofSurface polygons, read with ElementTree."""
    found = {}
    for building in ET.parse(path).getroot().iter("{http://www.opengis.net/citygml/building/2.0}Building"):
        polygons = []
        for roof in building.iter("{http://www.opengis.net/citygml/building/2.0}RoofSurface"):
            for polygon in roof.iter(f"{GML}Polygon"):
                rings = []
                for ring in polygon.iter(f"{GML}LinearRing"):
                    numbers = [float(value) for value in ring.findtext(f"{GML}posList", "").split()]
                    rings.append(list(zip(numbers[0::3], numbers[1::3], numbers[2::3])))
                polygons.append((rings[0], rings[1:]))
        found[building.get(f"{GML}id")] = (len(polygons), sum(map(surface_area_3d, polygons)))
    return found


@pytest.mark.parametrize(
    "name", ["SIG3D_Building_LOD2-EPSG25832.gml", "SIG3D_Building_and_garage_LOD2-EPSG25832.gml"]
)
def test_real_lod2_roofs_are_their_roof_surfaces(name):
    path = TEST_DATA / "citygml" / name
    expected = roof_areas(path)
    buildings = {item.object_id: item for item in read_citygml(str(path), with_roofs=True).objects}
    for key, (count, area) in expected.items():
        assert count > 0
        assert len(buildings[key].roofs) == count
        assert sum(map(surface_area_3d, buildings[key].roofs)) == pytest.approx(area, rel=1e-9)
