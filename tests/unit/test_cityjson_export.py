"""CityJSON 2.0 export: valid against the official schema, volumes and areas kept, types kept."""

import json
import subprocess
import sys
from datetime import date

import numpy as np
import pytest

from smartcity_qgis.core.twin.cityjson import CityObject, cityjson_document, cityjson_sequence
from tests.conftest import REPO

SCHEMAS = REPO.parent / "shared" / "data" / "schemas" / "cityjson-2.0"
SCHEMA = SCHEMAS / "cityjson.min.schema.json"
L_SHAPE = [(0, 0), (20, 0), (20, 10), (10, 10), (10, 25), (0, 25), (0, 0)]  # counter-clockwise, 350 m²


@pytest.fixture(scope="module")
def validator():
    import jsonschema

    assert SCHEMA.exists(), f"the official CityJSON 2.0 schema is expected at {SCHEMA}"
    return jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def decoded(document):
    scale = np.array(document["transform"]["scale"])
    translate = np.array(document["transform"]["translate"])
    return np.array(document["vertices"]) * scale + translate


def solid_volume(document, object_id):
    """Volume of a closed, outward-oriented shell (divergence theorem over fan triangles)."""
    points = decoded(document)
    [shell] = document["CityObjects"][object_id]["geometry"][0]["boundaries"]
    volume = 0.0
    for surface in shell:
        ring = points[surface[0]]
        for second, third in zip(ring[1:-1], ring[2:]):
            volume += np.dot(ring[0], np.cross(second, third)) / 6.0
    return volume


def town_objects():
    return [
        CityObject(
            "haus-1",
            "Building",
            "Solid",
            footprint=[(497000 + x, 5380000 + y) for x, y in L_SHAPE],
            ground=431.2,
            height=9.5,
            attributes={
                "wassertiefe": 0.42,
                "klasse": 3,
                "name": "Mühlgasse 5",
                "stand": date(2026, 11, 20),
                "leer": float("nan"),
            },
        ),
        CityObject(
            "haus-2",
            "Building",
            "Solid",
            footprint=[(497100 + x, 5380000 + y) for x, y in L_SHAPE[::-1]],
            ground=430.0,
            height=6.0,
        ),
        CityObject("haus-1", "Building", "Solid", footprint=[(0, 0), (1, 0), (1, 1)], ground=0, height=1),
        CityObject("flach", "Building", "Solid", footprint=[(0, 0), (1, 0), (2, 0)], ground=0, height=1),
        CityObject(
            "senke-7",
            "WaterBody",
            "MultiSurface",
            surfaces=[
                [
                    [
                        (497050, 5380050, 430.8),
                        (497060, 5380050, 430.8),
                        (497060, 5380060, 430.8),
                        (497050, 5380060, 430.8),
                    ]
                ]
            ],
        ),
        CityObject(
            "schulweg-3",
            "Road",
            "MultiLineString",
            lod="0",
            lines=[[(497000, 5380000, 431.0), (497100, 5380040, 430.5)]],
            attributes={"kinder": 125},
        ),
        CityObject(
            "sensor-P1",
            "GenericCityObject",
            "MultiPoint",
            lod="0",
            points=[(497020, 5380020, 432.0)],
            attributes={"datastream": "https://sta.example/v1.1/Datastreams(11)"},
        ),
    ]


def test_document_is_valid_cityjson_2(validator):
    document, skipped = cityjson_document(town_objects(), 25832, height_datum="DHHN2016")
    errors = sorted(validator.iter_errors(document), key=str)
    assert not errors, errors[0].message
    assert document["metadata"]["referenceSystem"] == "https://www.opengis.net/def/crs/EPSG/0/25832"
    assert skipped == [("haus-1", "duplicate id"), ("flach", "degenerate footprint")]
    assert set(document["CityObjects"]) == {"haus-1", "haus-2", "senke-7", "schulweg-3", "sensor-P1"}


def test_volumes_heights_and_attribute_types_are_kept():
    document, _skipped = cityjson_document(town_objects(), 25832)
    assert solid_volume(document, "haus-1") == pytest.approx(350 * 9.5, rel=1e-3)
    assert solid_volume(document, "haus-2") == pytest.approx(350 * 6.0, rel=1e-3)  # clockwise input too
    heights = decoded(document)[:, 2]
    assert heights.min() == pytest.approx(430.0) and heights.max() == pytest.approx(431.2 + 9.5)
    attributes = document["CityObjects"]["haus-1"]["attributes"]
    assert attributes == {"wassertiefe": 0.42, "klasse": 3, "name": "Mühlgasse 5", "stand": "2026-11-20"}
    assert isinstance(attributes["klasse"], int)
    text = json.dumps(document, ensure_ascii=False)
    assert json.loads(text)["CityObjects"]["schulweg-3"]["attributes"]["kinder"] == 125


def test_sequence_lines_are_valid_and_carry_the_same_objects(validator):
    import jsonschema

    feature_schema = json.loads((SCHEMAS / "cityjsonfeature.min.schema.json").read_text(encoding="utf-8"))
    feature_validator = jsonschema.Draft7Validator(feature_schema)
    first, features, skipped = cityjson_sequence(town_objects(), 25832, height_datum="DHHN2016")
    document, _skipped = cityjson_document(town_objects(), 25832, height_datum="DHHN2016")
    assert not list(validator.iter_errors(first))
    for feature in features:
        errors = list(feature_validator.iter_errors(feature))
        assert not errors, errors[0].message
    assert [feature["id"] for feature in features] == list(document["CityObjects"])
    assert skipped == [("haus-1", "duplicate id"), ("flach", "degenerate footprint")]
    house = next(feature for feature in features if feature["id"] == "haus-1")
    alone = {**first, "CityObjects": house["CityObjects"], "vertices": house["vertices"]}
    assert solid_volume(alone, "haus-1") == pytest.approx(solid_volume(document, "haus-1"))


CJIO_READER = """
import json, sys
from cjio import cityjson

with open(sys.argv[1], encoding="utf-8") as stream:
    document = cityjson.reader(stream)
with open(sys.argv[2], encoding="utf-8") as stream:
    first, *features = [json.loads(line) for line in stream]
sequence = cityjson.CityJSON(j=first)
for feature in features:
    sequence.add_cityjsonfeature(feature)
sequence.remove_duplicate_vertices()
print(json.dumps({"epsg": document.get_epsg(), "document": sorted(document.j["CityObjects"]),
                  "sequence": sorted(sequence.j["CityObjects"]), "transform": sequence.j["transform"],
                  "vertices": sequence.j["vertices"]}))
"""


def test_cjio_reads_the_document_and_the_sequence(tmp_path):
    # cjio changes the json module's float encoding when imported: it runs in its own process.
    document, _skipped = cityjson_document(town_objects(), 25832)
    first, features, _skipped = cityjson_sequence(town_objects(), 25832)
    paths = tmp_path / "town.city.json", tmp_path / "town.city.jsonl"
    paths[0].write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    paths[1].write_text(
        "\n".join(json.dumps(item, ensure_ascii=False) for item in [first, *features]), encoding="utf-8"
    )
    answer = subprocess.run(
        [sys.executable, "-c", CJIO_READER, *map(str, paths)], capture_output=True, text=True, timeout=120
    )
    assert answer.returncode == 0, answer.stderr
    read = json.loads(answer.stdout)
    assert read["epsg"] == 25832
    assert read["document"] == read["sequence"] == sorted(document["CityObjects"])
    assert {tuple(point) for point in decoded(read).round(3)} == {
        tuple(point) for point in decoded(document).round(3)
    }
