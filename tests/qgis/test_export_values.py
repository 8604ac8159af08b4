"""Exports never write NaN or infinities, refuse impossible heights and fail when nothing is left."""

import json
import math
import struct

import pytest
from lxml import etree
from qgis.core import QgsProcessingException

from tests.support.layers import memory_layer

EXPORTS = {
    "smartcity:exportcitygml": "out.gml",
    "smartcity:exportcityjson": "out.json",
    "smartcity:export3dtiles": "tiles",
}


def square(number):
    """A 10 m square building, the ``number``-th in a row 20 m apart."""
    x = 20 * number
    return f"POLYGON(({x} 0, {x + 10} 0, {x + 10} 10, {x} 10, {x} 0))"


def layer_with_heights(heights, note="Block\x07 7"):
    return memory_layer(
        "Polygon?crs=EPSG:25832&field=id:string&field=height:double&field=note:string&field=share:double",
        [([f"b{number}", height, note, math.inf], square(number)) for number, height in enumerate(heights)],
    )


def export(algorithm, layer, tmp_path):
    import processing

    target = tmp_path / EXPORTS[algorithm]
    processing.run(
        algorithm, {"INPUT": layer, "ID_FIELD": "id", "HEIGHT_FIELD": "height", "OUTPUT": str(target)}
    )
    return target


def text_of(target):
    """The text of an export: the file, or the tileset plus the JSON chunk of its glTF."""
    if target.is_dir():
        glb = (target / "content.glb").read_bytes()
        json_length = struct.unpack_from("<I", glb, 12)[0]
        return (target / "tileset.json").read_text() + glb[20 : 20 + json_length].decode("utf-8")
    return target.read_text("utf-8")


@pytest.mark.parametrize("algorithm", EXPORTS)
def test_impossible_heights_are_refused_and_no_nan_is_written(provider, tmp_path, algorithm):
    target = export(algorithm, layer_with_heights([12.0, math.inf, -3.0, 5000.0, math.nan]), tmp_path)
    text = text_of(target)
    assert "NaN" not in text and "Infinity" not in text and "\x07" not in text
    if target.suffix == ".json":
        document = json.loads(text)
        assert sorted(document["CityObjects"]) == ["b0"]
    if target.suffix == ".gml":
        ids = [
            element.get("{http://www.opengis.net/gml}id")
            for element in etree.parse(str(target)).iter("{*}Building")
        ]
        assert ids == ["b0"]
    if target.is_dir():
        json.loads((target / "tileset.json").read_text(), parse_constant=lambda name: pytest.fail(name))


@pytest.mark.parametrize("algorithm", EXPORTS)
def test_an_export_that_would_skip_every_object_fails_and_writes_nothing(provider, tmp_path, algorithm):
    with pytest.raises(QgsProcessingException, match="None of the layer's features can be exported"):
        export(algorithm, layer_with_heights([math.inf, 0.0]), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_dates_stay_dates_in_cityjson_and_the_3d_tiles_property_table(provider, tmp_path):
    import processing
    from qgis.PyQt.QtCore import QDate

    layer = memory_layer(
        "Polygon?crs=EPSG:25832&field=id:string&field=height:double&field=stand:date",
        [(["b0", 12.0, QDate(2024, 5, 17)], square(0))],
    )
    parameters = {"INPUT": layer, "ID_FIELD": "id", "HEIGHT_FIELD": "height"}
    cityjson = processing.run("smartcity:exportcityjson", {**parameters, "OUTPUT": str(tmp_path / "b.json")})
    document = json.loads((tmp_path / "b.json").read_text())
    assert document["CityObjects"]["b0"]["attributes"]["stand"] == "2024-05-17"
    processing.run("smartcity:export3dtiles", {**parameters, "OUTPUT": str(tmp_path / "tiles")})
    glb = (tmp_path / "tiles" / "content.glb").read_bytes()
    assert b"2024-05-17" in glb and b"2024-05-17T00" not in glb and b"2024-05-17 00" not in glb
    assert cityjson["OUTPUT"]
