"""CityGML 3.0 sensors with Dynamizers linked to SensorThings Datastreams: XSD-valid, links right."""

import pytest
from lxml import etree

from smartcity_qgis.core.errors import InputError
from smartcity_qgis.core.twin.dynamizer import DYN, GEN, GML, Sensor, citygml3_sensors

STA = "https://sensors.herrenberg.example/FROST-Server/v1.1"


def sensors():
    return [
        Sensor(
            "01a2017c-e4b1-727e",
            "Parkhaus Altstadt – freie Plätze",
            497012.3,
            5382844.1,
            431.5,
            "01a2017c-e4b1-727e",
            STA,
            "Freie Stellplätze",
            "Stp",
            37,
            {"kapazität": 97, "betreiber": "Stadtwerke"},
        ),
        Sensor(
            "pegel ammer", "Pegel Ammer", 496800.0, 5382700.0, 428.0, "11", STA, "Wasserstand", "cm", None
        ),
    ]


def test_sensors_become_valid_citygml3_with_sensor_connections(citygml3_schema):
    document = etree.fromstring(
        citygml3_sensors(sensors(), 25832, "2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z", height_epsg=7837)
    )
    assert citygml3_schema.validate(document), citygml3_schema.error_log
    spaces = document.findall(f".//{{{GEN}}}GenericOccupiedSpace")
    assert [space.get(f"{{{GML}}}id") for space in spaces] == ["S_01a2017c-e4b1-727e", "pegel_ammer"]
    connections = document.findall(f".//{{{DYN}}}SensorConnection")
    assert [(c.findtext(f"{{{DYN}}}datastreamID"), c.findtext(f"{{{DYN}}}baseURL")) for c in connections] == [
        ("01a2017c-e4b1-727e", STA),
        ("11", STA),
    ]
    assert connections[0].findtext(f"{{{DYN}}}uom") == "Stp"
    values = {space.get(f"{{{GML}}}id"): [v.text for v in space.iter(f"{{{GEN}}}value")] for space in spaces}
    assert values == {"S_01a2017c-e4b1-727e": ["37.0", "97", "Stadtwerke"], "pegel_ammer": ["NaN"]}
    reference = document.findtext(f".//{{{DYN}}}attributeRef")
    assert "S_01a2017c-e4b1-727e" in reference and "[gen:name='value']" in reference
    assert "EPSG/0/7837" in document.find(f".//{{{GML}}}Point").get("srsName")


def test_duplicate_ids_and_empty_input_are_refused():
    with pytest.raises(InputError, match="not unique"):
        citygml3_sensors(sensors() + sensors()[:1], 25832, "2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z")
    with pytest.raises(InputError, match="nothing to export"):
        citygml3_sensors([], 25832, "2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z")


def test_whole_numbers_are_int_attributes_exactly_and_the_value_stays_a_double(citygml3_schema):
    sensor = sensors()[0]
    sensor.attributes = {"zaehler_id": 2**53 + 1, "kapazität": 97, "anteil": 0.5}
    document = etree.fromstring(
        citygml3_sensors([sensor], 25832, "2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z")
    )
    assert citygml3_schema.validate(etree.ElementTree(document)), citygml3_schema.error_log
    kinds = {
        attribute.findtext(f"{{{GEN}}}name"): (
            etree.QName(attribute).localname,
            attribute.findtext(f"{{{GEN}}}value"),
        )
        for attribute in document.iter(*(f"{{{GEN}}}{kind}Attribute" for kind in ("Int", "Double", "String")))
    }
    assert kinds["zaehler_id"] == ("IntAttribute", "9007199254740993")
    assert kinds["kapazität"] == ("IntAttribute", "97")
    assert kinds["anteil"] == ("DoubleAttribute", "0.5")
    assert kinds["value"] == ("DoubleAttribute", "37.0")
