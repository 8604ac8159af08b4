"""smartcity's schema check of 3D city models: the official samples and the plugin's own exports
are valid; broken files get each problem at the line where it is (found by reading the text) in
the city object around it, whole or streamed object by object; CityJSON errors name their object.

The XSD check runs in a separate Python as in QGIS (schemas compiled next to GDAL can crash)."""

import json
import subprocess
import sys

import pytest

from smartcity_qgis.core.errors import FormatError
from smartcity_qgis.core.separate_python import run_function
from smartcity_qgis.core.twin.citygml import citygml_document
from smartcity_qgis.core.twin.cityjson import CityObject, cityjson_document, cityjson_sequence
from smartcity_qgis.core.twin.validation import cityjson_report
from tests.conftest import REPO
from tests.unit.test_cityjson_export import L_SHAPE

SAMPLES = REPO / "tests" / "data" / "citygml"
BOTH_WAYS = """
import json, sys
sys.path.insert(0, sys.argv[1])
from dataclasses import asdict
from smartcity_qgis.core.twin import validation
whole = validation.citygml_report(sys.argv[2])
validation.TREE_LIMIT = 0
streamed = validation.citygml_report(sys.argv[2])
print(json.dumps([[asdict(p) for p in report.problems] for report in (whole, streamed)]))
"""


def check(path):
    return run_function("smartcity_qgis.core.twin.validation", [path])


def houses():
    return [
        CityObject(
            f"haus-{number}",
            "Building",
            "Solid",
            footprint=[(497000 + 40 * number + x, 5380000 + y) for x, y in L_SHAPE],
            ground=431.0,
            height=9.5,
            attributes={"name": "Mühlgasse <&>", "klasse": number},
        )
        for number in range(3)
    ]


@pytest.mark.parametrize(
    "name, schema",
    [
        ("SIG3D_Building_LOD2-EPSG25832.gml", "CityGML 2.0"),
        ("SIG3D_Building_and_garage_LOD2-EPSG25832.gml", "CityGML 2.0"),
        ("CityGML3_Building_with_Dynamizer_SensorConnection.gml", "CityGML 3.0"),
    ],
)
def test_the_official_samples_are_valid(name, schema):
    assert check(SAMPLES / name) == {"schema": schema, "complete": True, "problems": []}


def test_an_export_is_valid_and_broken_values_are_found_where_they_are(tmp_path):
    document, _skipped = citygml_document(houses(), 25832)
    (tmp_path / "ok.gml").write_bytes(document)
    assert check(tmp_path / "ok.gml")["problems"] == []
    text = document.decode("utf-8")
    text = text.replace(">9.500<", ">hoch<", 2)  # the measured heights of haus-0 and haus-1
    text = text.replace('gml:id="haus-2"', 'gml:id="haus-2" farbe="rot"')
    broken = tmp_path / "broken.gml"
    broken.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    expected = []
    for number, line in enumerate(lines, start=1):
        if ">hoch<" in line or 'farbe="rot"' in line:
            owner = next(
                lines[before - 1].split('gml:id="')[1].split('"')[0]
                for before in range(number, 0, -1)
                if "<bldg:Building " in lines[before - 1]
            )
            expected.append((number, owner))
    assert [owner for _line, owner in expected] == ["haus-0", "haus-1", "haus-2"]
    report = check(broken)
    assert [(problem["line"], problem["object_id"]) for problem in report["problems"]] == expected
    assert "hoch" in report["problems"][0]["message"] and "farbe" in report["problems"][2]["message"]
    done = subprocess.run(
        [sys.executable, "-c", BOTH_WAYS, str(REPO), str(broken)], capture_output=True, text=True, timeout=120
    )
    whole, streamed = json.loads(done.stdout.splitlines()[-1])
    assert streamed == whole == report["problems"]


def test_files_that_are_no_citygml_or_declare_entities_are_refused(tmp_path):
    (tmp_path / "other.xml").write_text('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"/>')
    assert "not CityGML" in check(tmp_path / "other.xml")["error"]
    (tmp_path / "bomb.gml").write_text(
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa">]>'
        '<CityModel xmlns="http://www.opengis.net/citygml/2.0">&a;</CityModel>'
    )
    assert "entities" in check(tmp_path / "bomb.gml")["error"]


def test_cityjson_problems_name_their_object_and_line():
    document, _skipped = cityjson_document(houses(), 25832)
    assert cityjson_report(json.dumps(document).encode(), "ok.city.json").problems == []
    document["CityObjects"]["haus-1"]["type"] = "Haus"
    report = cityjson_report(json.dumps(document, indent=2).encode(), "bad.city.json")
    assert report.schema == "CityJSON 2.0" and report.problems
    assert {problem.object_id for problem in report.problems} == {"haus-1"}
    first, features, _skipped = cityjson_sequence(houses(), 25832)
    features[2]["CityObjects"]["haus-2"]["geometry"][0]["lod"] = 7  # not a string
    lines = "\n".join(json.dumps(line) for line in [first, *features]).encode()
    report = cityjson_report(lines, "bad.city.jsonl")
    assert report.schema == "CityJSONSeq 2.0"
    assert {(problem.line, problem.object_id) for problem in report.problems} == {(4, "haus-2")}
    with pytest.raises(FormatError):
        cityjson_report(b"{not json", "broken.json")
