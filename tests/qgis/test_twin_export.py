"""smartcity:citygmlenrich through processing: typed attributes from a QGIS layer, XSD-valid output."""

import pytest
from lxml import etree
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from tests.conftest import TEST_DATA
from tests.unit.test_citygml_enrich import BUILDING, GEN

SOURCE = TEST_DATA / "citygml" / "SIG3D_Building_LOD2-EPSG25832.gml"


def results_layer(rows):
    layer = QgsVectorLayer(
        "None?field=gml_id:string&field=tiefe:double&field=klasse:integer"
        "&field=url_karte:string&field=stand:date&field=notiz:string",
        "results",
        "memory",
    )
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        layer.dataProvider().addFeature(feature)
    return layer


def test_enrich_from_a_layer_with_typed_fields(provider, tmp_path, citygml_schema):
    import processing

    layer = results_layer(
        [
            [BUILDING, 0.35, 2, "https://karte.example/?b=1", QDate(2026, 11, 20), "Straße & Keller"],
            ["GML_fehlt", 1.0, 1, None, None, None],
        ]
    )
    target = tmp_path / "twin.gml"
    result = processing.run(
        "smartcity:citygmlenrich",
        {
            "INPUT": str(SOURCE),
            "LAYER": layer,
            "FIELDS": ["tiefe", "klasse", "url_karte", "stand", "notiz"],
            "UOM": "m",
            "OUTPUT": str(target),
        },
    )
    assert (result["MATCHED"], result["UNMATCHED"]) == (1, 1)
    document = etree.parse(str(target))
    assert citygml_schema.validate(document), citygml_schema.error_log
    kinds = {
        element.get("name"): (etree.QName(element).localname, element[0].text)
        for element in document.iter(f"{GEN}*")
        if element.get("name")
    }
    assert kinds == {
        "tiefe": ("measureAttribute", "0.35"),
        "klasse": ("intAttribute", "2"),
        "url_karte": ("uriAttribute", "https://karte.example/?b=1"),
        "stand": ("dateAttribute", "2026-11-20"),
        "notiz": ("stringAttribute", "Straße & Keller"),
    }


def test_a_file_that_is_not_citygml_is_a_clear_error(provider, tmp_path):
    import processing

    other = tmp_path / "other.gml"
    other.write_text('<?xml version="1.0"?><FeatureCollection/>', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="not a CityGML file"):
        processing.run(
            "smartcity:citygmlenrich",
            {
                "INPUT": str(other),
                "LAYER": results_layer([]),
                "FIELDS": ["tiefe"],
                "OUTPUT": str(tmp_path / "x.gml"),
            },
        )
    assert not (tmp_path / "x.gml").exists()
