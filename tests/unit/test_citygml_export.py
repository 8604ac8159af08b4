"""CityGML 2.0 export of the same city objects as CityJSON: XSD-valid, volumes and types kept."""

import numpy as np
import pytest
from lxml import etree

from smartcity_qgis.core.twin.citygml import citygml_document
from tests.unit.test_cityjson_export import town_objects

GML = "{http://www.opengis.net/gml}"
GEN = "{http://www.opengis.net/citygml/generics/2.0}"


def shell_volume(solid):
    volume = 0.0
    for positions in solid.iter(f"{GML}posList"):
        ring = np.array(positions.text.split(), float).reshape(-1, 3)
        for second, third in zip(ring[1:-2], ring[2:-1]):
            volume += np.dot(ring[0], np.cross(second, third)) / 6.0
    return volume


def test_city_objects_as_valid_citygml_2(citygml_schema):
    data, skipped = citygml_document(town_objects(), 25832, height_epsg=7837)
    document = etree.fromstring(data)
    assert citygml_schema.validate(document), citygml_schema.error_log
    assert skipped == [("haus-1", "duplicate id"), ("flach", "degenerate footprint")]
    ids = [node.get(f"{GML}id") for node in document.iterfind("*/*")]
    assert ids == ["haus-1", "haus-2", "senke-7", "schulweg-3", "sensor-P1"]
    house = document.find(f".//*[@{GML}id='haus-1']")
    assert shell_volume(house.find(f".//{GML}Solid")) == pytest.approx(350 * 9.5, rel=1e-3)
    kinds = {
        node.get("name"): etree.QName(node).localname for node in house.iter(f"{GEN}*") if node.get("name")
    }
    assert kinds == {
        "wassertiefe": "doubleAttribute",
        "klasse": "intAttribute",
        "name": "stringAttribute",
        "stand": "dateAttribute",
    }
    assert document.find(f".//{GML}Solid").get("srsName") == "urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::7837"
