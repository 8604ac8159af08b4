"""smartcity:citygmlenrich through processing: typed attributes from a QGIS layer, XSD-valid output."""

from pathlib import Path

import pytest
from lxml import etree
from qgis.core import QgsFeature, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QDate

from tests.conftest import TEST_DATA
from tests.support.layers import memory_layer
from tests.unit.test_citygml_enrich import BUILDING, GEN

SOURCE = TEST_DATA / "citygml" / "SIG3D_Building_LOD2-EPSG25832.gml"


def results_layer(rows):
    return memory_layer(
        "None?field=gml_id:string&field=tiefe:double&field=klasse:integer"
        "&field=url_karte:string&field=stand:date&field=notiz:string",
        [(values, None) for values in rows],
    )


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


def test_a_plain_decimal_and_measures_in_two_units_in_one_run(provider, tmp_path, citygml_schema):
    import processing

    layer = results_layer([[BUILDING, 0.35, 2, None, None, None]])
    target = tmp_path / "twin.gml"
    parameters = {"INPUT": str(SOURCE), "LAYER": layer, "FIELDS": ["tiefe", "klasse"], "UOM": "m"}
    parameters.update(FIELD_TYPES="tiefe: double; klasse: measure m2", OUTPUT=str(target))
    processing.run("smartcity:citygmlenrich", parameters)
    document = etree.parse(str(target))
    assert citygml_schema.validate(document), citygml_schema.error_log
    written = {
        element.get("name"): (etree.QName(element).localname, element[0].text, element[0].get("uom"))
        for element in document.iter(f"{GEN}*")
        if element.get("name")
    }
    assert written == {
        "tiefe": ("doubleAttribute", "0.35", None),
        "klasse": ("measureAttribute", "2.0", "m2"),
    }
    with pytest.raises(QgsProcessingException, match="not added: notiz"):
        processing.run("smartcity:citygmlenrich", {**parameters, "FIELD_TYPES": "notiz: string"})


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


def test_cityjson_from_layers_in_another_crs_with_terrain(provider, tmp_path):
    import json

    import jsonschema
    import numpy as np
    import processing
    from osgeo import gdal, osr
    from qgis.core import QgsGeometry, QgsPointXY

    from tests.unit.test_cityjson_export import SCHEMA, solid_volume

    houses = QgsVectorLayer(
        "Polygon?crs=EPSG:4326&field=nr:string&field=hoehe:double&field=tiefe:double", "houses", "memory"
    )
    feature = QgsFeature(houses.fields())
    feature.setAttributes(["H1", 8.0, 0.3])
    ring = [
        QgsPointXY(8.8700, 48.5950),
        QgsPointXY(8.8702, 48.5950),
        QgsPointXY(8.8702, 48.5951),
        QgsPointXY(8.8700, 48.5951),
    ]
    feature.setGeometry(QgsGeometry.fromPolygonXY([ring]))
    houses.dataProvider().addFeature(feature)
    dem_path = tmp_path / "dem.tif"
    dem = gdal.GetDriverByName("GTiff").Create(str(dem_path), 200, 200, 1, gdal.GDT_Float32)
    dem.SetGeoTransform((485000, 50, 0, 5390000, 0, -50))  # around Herrenberg
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(25832)
    dem.SetProjection(reference.ExportToWkt())
    dem.GetRasterBand(1).WriteArray(np.full((200, 200), 431.5, dtype=np.float32))
    dem = None
    target = tmp_path / "twin.city.json"
    processing.run(
        "smartcity:exportcityjson",
        {
            "INPUT": houses,
            "ID_FIELD": "nr",
            "HEIGHT_FIELD": "hoehe",
            "DEM": str(dem_path),
            "FIELDS": ["tiefe"],
            "OUTPUT": str(target),
        },
    )
    document = json.loads(target.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft7Validator(schema).iter_errors(document))
    assert document["metadata"]["referenceSystem"].endswith("/EPSG/0/25832")
    house = document["CityObjects"]["H1"]
    assert house["attributes"] == {"tiefe": 0.3}
    footprint = houses.getFeature(1).geometry()
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    footprint.transform(
        QgsCoordinateTransform(
            houses.crs(), QgsCoordinateReferenceSystem("EPSG:25832"), QgsProject.instance()
        )
    )
    assert solid_volume(document, "H1") == pytest.approx(footprint.area() * 8.0, rel=1e-3)
    heights = np.array(document["vertices"])[:, 2] * 0.001 + document["transform"]["translate"][2]
    assert (heights.min(), heights.max()) == (pytest.approx(431.5), pytest.approx(439.5))


def test_cityjson_refuses_a_geographic_target(provider, tmp_path):
    import processing

    layer = memory_layer("Point?crs=EPSG:25832&field=id:string", [(["s1"], "POINT(497000 5382800)")])
    with pytest.raises(QgsProcessingException, match="must be projected"):
        processing.run(
            "smartcity:exportcityjson",
            {"INPUT": layer, "TARGET_CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "x.json")},
        )


def test_platform_sensors_as_citygml3_with_dynamizers(provider, sensorthings, tmp_path, citygml3_schema):
    import processing

    sensors = tmp_path / "sensors.gpkg"
    processing.run("smartcity:sensorlocations", {"URL": sensorthings.base_url, "OUTPUT": str(sensors)})
    located = QgsVectorLayer(f"{sensors}|subset=\"thing\" != 'Zähler ohne Ort'", "located")
    target = tmp_path / "living-twin.gml"
    processing.run(
        "smartcity:exportcitygml3dynamizer",
        {
            "INPUT": located,
            "URL": sensorthings.base_url,
            "FIELDS": ["operator"],
            "GROUND": 430.0,
            "START": "2026-11-01T00:00:00Z",
            "OUTPUT": str(target),
        },
    )
    document = etree.parse(str(target))
    assert citygml3_schema.validate(document), citygml3_schema.error_log
    dyn = "{http://www.opengis.net/citygml/dynamizer/3.0}"
    ids = sorted(element.text for element in document.iter(f"{dyn}datastreamID"))
    assert ids == sorted(key for name, key in sensorthings.ids.items() if name != "Zähler ohne Ort")
    assert {element.text for element in document.iter(f"{dyn}baseURL")} == {sensorthings.base_url}
    assert document.findtext(f".//{dyn}startTime") == "2026-11-01T00:00:00Z"
    assert document.findtext(f".//{dyn}endTime") == "2036-11-01T00:00:00Z"


def test_citygml_from_a_layer_with_ground_and_height_fields(provider, tmp_path, citygml_schema):
    import processing
    from qgis.core import QgsGeometry, QgsPointXY

    from tests.unit.test_citygml_export import shell_volume

    houses = QgsVectorLayer(
        "Polygon?crs=EPSG:25832&field=nr:string&field=hoehe:double&field=gelaende:double"
        "&field=klasse:integer",
        "houses",
        "memory",
    )
    for number, (x, height) in enumerate(((497000, 9.0), (497050, 6.5)), start=1):
        feature = QgsFeature(houses.fields())
        feature.setAttributes([f"H{number}", height, 431.0, number])
        square = [
            QgsPointXY(x, 5382000),
            QgsPointXY(x + 12, 5382000),
            QgsPointXY(x + 12, 5382010),
            QgsPointXY(x, 5382010),
        ]
        feature.setGeometry(QgsGeometry.fromPolygonXY([square]))
        houses.dataProvider().addFeature(feature)
    target = tmp_path / "houses.gml"
    processing.run(
        "smartcity:exportcitygml",
        {
            "INPUT": houses,
            "ID_FIELD": "nr",
            "HEIGHT_FIELD": "hoehe",
            "GROUND_FIELD": "gelaende",
            "FIELDS": ["klasse"],
            "OUTPUT": str(target),
        },
    )
    document = etree.parse(str(target))
    assert citygml_schema.validate(document), citygml_schema.error_log
    gml = "{http://www.opengis.net/gml}"
    solids = {
        node.get(f"{gml}id"): node.find(f".//{gml}Solid") for node in document.getroot().iterfind("*/*")
    }
    assert shell_volume(solids["H1"]) == pytest.approx(120 * 9.0, rel=1e-3)
    assert shell_volume(solids["H2"]) == pytest.approx(120 * 6.5, rel=1e-3)
    assert [node[0].text for node in document.iter(f"{GEN}intAttribute")] == ["1", "2"]


def test_cityjson_sequence_for_a_jsonl_file_name(provider, tmp_path):
    import json

    import processing
    from qgis.core import QgsGeometry, QgsPointXY

    sensors = QgsVectorLayer("Point?crs=EPSG:25832&field=name:string", "sensors", "memory")
    for number in range(3):
        feature = QgsFeature(sensors.fields())
        feature.setAttributes([f"Pegel Ammer {number} – Straße"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(490000 + 10 * number, 5382000)))
        sensors.dataProvider().addFeature(feature)
    target = tmp_path / "sensors.city.jsonl"
    processing.run(
        "smartcity:exportcityjson",
        {"INPUT": sensors, "ID_FIELD": "name", "GROUND": 430.0, "FIELDS": ["name"], "OUTPUT": str(target)},
    )
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["type"] == "CityJSON" and lines[0]["CityObjects"] == {}
    assert [line["type"] for line in lines[1:]] == ["CityJSONFeature"] * 3
    assert lines[1]["id"] == "Pegel Ammer 0 – Straße"


def test_enrich_by_footprint_from_a_polygon_layer_in_another_crs(provider, tmp_path, citygml_schema):
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    from smartcity_qgis.core.twin.citygml_enrich import ground_footprint

    building = next(etree.parse(str(SOURCE)).iter("{*}Building"))
    outline = QgsGeometry.fromWkt(ground_footprint(building).buffer(0.5).wkt)
    outline.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:25832"),
            QgsCoordinateReferenceSystem("EPSG:4326"),
            QgsProject.instance(),
        )
    )
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=tiefe:double", "flooded", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes([0.8])
    feature.setGeometry(outline)
    layer.dataProvider().addFeature(feature)
    target = tmp_path / "twin.gml"
    result = processing.run(
        "smartcity:citygmlenrich",
        {"INPUT": str(SOURCE), "LAYER": layer, "ID_FIELD": "", "FIELDS": ["tiefe"], "OUTPUT": str(target)},
    )
    assert (result["MATCHED"], result["UNMATCHED"]) == (1, 0)
    document = etree.parse(str(target))
    assert citygml_schema.validate(document), citygml_schema.error_log
    assert [element[0].text for element in document.iter(f"{GEN}doubleAttribute")] == ["0.8"]


def test_3d_tiles_from_a_building_layer(provider, tmp_path):
    import json

    import processing
    from qgis.core import QgsGeometry

    from tests.unit.test_tiles3d import read_glb

    houses = QgsVectorLayer(
        "Polygon?crs=EPSG:25832&field=nr:string&field=hoehe:double&field=risiko:integer", "h", "memory"
    )
    for number, (x, height) in enumerate(((490000, 9.0), (490030, 12.0))):
        feature = QgsFeature(houses.fields())
        feature.setAttributes([f"H{number}", height, number + 2])
        feature.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x} 5382000,{x + 12} 5382000,{x + 12} 5382010,{x} 5382010,{x} 5382000))"
            )
        )
        houses.dataProvider().addFeature(feature)
    result = processing.run(
        "smartcity:export3dtiles",
        {
            "INPUT": houses,
            "ID_FIELD": "nr",
            "HEIGHT_FIELD": "hoehe",
            "GROUND": 430.0,
            "UNDULATION": 48.3,
            "OUTPUT": str(tmp_path / "tiles"),
        },
    )
    tileset = json.loads((tmp_path / "tiles" / "tileset.json").read_text(encoding="utf-8"))
    assert result["OUTPUT"] == str(tmp_path / "tiles")
    assert (
        tileset["root"]["content"]["uri"] == "content.glb"
        and "48.3 m" in tileset["asset"]["extras"]["heights"]
    )
    document, _binary = read_glb((tmp_path / "tiles" / "content.glb").read_bytes())
    table = document["extensions"]["EXT_structural_metadata"]["propertyTables"][0]
    assert table["count"] == 2 and set(table["properties"]) == {"id", "hoehe", "risiko"}


def test_water_bodies_keep_their_islands(provider, tmp_path, citygml_schema):
    import json

    import processing
    from qgis.core import QgsGeometry

    ponds = QgsVectorLayer("Polygon?crs=EPSG:25832&field=name:string", "ponds", "memory")
    feature = QgsFeature(ponds.fields())
    feature.setAttributes(["Teich"])
    feature.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON((490000 5382000,490040 5382000,490040 5382030,490000 5382030,490000 5382000),"
            "(490010 5382010,490020 5382010,490020 5382020,490010 5382020,490010 5382010))"
        )
    )
    ponds.dataProvider().addFeature(feature)
    common = {"INPUT": ponds, "ID_FIELD": "name", "KIND": 1, "GROUND": 431.0}
    processing.run("smartcity:exportcityjson", {**common, "OUTPUT": str(tmp_path / "ponds.city.json")})
    processing.run("smartcity:exportcitygml", {**common, "OUTPUT": str(tmp_path / "ponds.gml")})
    document = json.loads((tmp_path / "ponds.city.json").read_text(encoding="utf-8"))
    [surface] = document["CityObjects"]["Teich"]["geometry"][0]["boundaries"]
    assert [len(ring) for ring in surface] == [4, 4]  # the shore and the island
    citygml = etree.parse(str(tmp_path / "ponds.gml"))
    assert citygml_schema.validate(citygml), citygml_schema.error_log
    assert len(citygml.findall(".//{http://www.opengis.net/gml}interior")) == 1


def test_empty_cells_are_left_out_and_big_whole_numbers_stay_exact(provider, tmp_path, citygml_schema):
    import processing

    layer = memory_layer(
        "None?field=gml_id:string&field=tiefe:double&field=klasse:integer&field=objekt_nr:long",
        [([BUILDING, None, None, 2**53 + 1], None)],
    )
    target = tmp_path / "twin.gml"
    feedback = QgsProcessingFeedback()
    processing.run(
        "smartcity:citygmlenrich",
        {
            "INPUT": str(SOURCE),
            "LAYER": layer,
            "FIELDS": ["tiefe", "klasse", "objekt_nr"],
            "OUTPUT": str(target),
        },
        feedback=feedback,
    )
    document = etree.parse(str(target))
    assert citygml_schema.validate(document), citygml_schema.error_log
    values = {
        element.get("name"): element[0].text for element in document.iter(f"{GEN}*") if element.get("name")
    }
    assert values.get("objekt_nr") == "9007199254740993"
    assert "tiefe" not in values and "klasse" not in values and b"nan" not in target.read_bytes()
    assert "2 empty values were left out" in feedback.textLog() and "not valid" not in feedback.textLog()


@pytest.mark.parametrize(
    "srs_name",
    [
        "urn:ogc:def:crs,crs:EPSG::25833,crs:EPSG::7837",
        "EPSG:25833",
        "urn:adv:crs:ETRS89_UTM33*DE_DHHN2016_NH",
    ],
)
def test_enrich_by_footprint_reads_the_files_own_crs(provider, tmp_path, srs_name):
    """A city model in zone 33 (as the eastern Länder deliver it) with a layer in the same CRS."""
    import processing

    from smartcity_qgis.core.twin.citygml_enrich import ground_footprint

    zone33 = tmp_path / "lod2-25833.gml"
    zone33.write_text(
        SOURCE.read_text("utf-8").replace("urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::5783", srs_name)
    )
    building = next(etree.parse(str(zone33)).iter("{*}Building"))
    outline = ground_footprint(building).buffer(0.5).wkt
    layer = memory_layer("Polygon?crs=EPSG:25833&field=tiefe:double", [([0.8], outline)])
    feedback = QgsProcessingFeedback()
    result = processing.run(
        "smartcity:citygmlenrich",
        {"INPUT": str(zone33), "LAYER": layer, "FIELDS": ["tiefe"], "OUTPUT": str(tmp_path / "out.gml")},
        feedback=feedback,
    )
    assert result["MATCHED"] == 1
    assert "EPSG:25833 (its srsName)" in feedback.textLog()


def test_enrich_by_footprint_says_when_nothing_matched(provider, tmp_path):
    import processing

    layer = memory_layer(
        "Polygon?crs=EPSG:25832&field=tiefe:double", [([0.8], "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))")]
    )
    feedback = QgsProcessingFeedback()
    processing.run(
        "smartcity:citygmlenrich",
        {"INPUT": str(SOURCE), "LAYER": layer, "FIELDS": ["tiefe"], "OUTPUT": str(tmp_path / "out.gml")},
        feedback=feedback,
    )
    assert "No building matched" in feedback.textLog()


@pytest.mark.parametrize(
    ("layer_crs", "expected"), [("EPSG:25833", "25833"), ("EPSG:4326", "25833"), ("EPSG:32633", "25833")]
)
def test_exports_stay_in_the_layers_own_zone(provider, tmp_path, layer_crs, expected):
    """A building in Dresden (UTM zone 33): in its own projected CRS, or in WGS 84."""
    import json

    import processing

    dresden = "POLYGON((411000 5656000, 411012 5656000, 411012 5656010, 411000 5656010, 411000 5656000))"
    if layer_crs == "EPSG:4326":
        dresden = "POLYGON((13.735 51.05, 13.7352 51.05, 13.7352 51.0501, 13.735 51.0501, 13.735 51.05))"
    layer = memory_layer(
        f"Polygon?crs={layer_crs}&field=id:string&field=height:double", [(["b0", 12.0], dresden)]
    )
    target = tmp_path / "b.json"
    processing.run(
        "smartcity:exportcityjson",
        {"INPUT": layer, "ID_FIELD": "id", "HEIGHT_FIELD": "height", "OUTPUT": str(target)},
    )
    document = json.loads(target.read_text())
    assert document["metadata"]["referenceSystem"].endswith(f"/EPSG/0/{expected}")
    if layer_crs != "EPSG:4326":  # the same zone: no move into zone 32
        assert document["transform"]["translate"][0] == pytest.approx(411000, abs=1)


def test_a_building_layer_with_courtyards_exports_them_open(provider, tmp_path, citygml_schema):
    import json

    import processing

    from tests.unit.test_cityjson_export import decoded
    from tests.unit.test_twin_courtyards import EXPECTED, HEIGHT, HOLES, OUTER, polyhedron_volume

    def ring(points, east=497000, north=5380000):
        closed = [*points, points[0]]
        return "(" + ",".join(f"{east + x} {north + y}" for x, y in closed) + ")"

    wkt = "POLYGON(" + ",".join(ring(points) for points in [OUTER, *HOLES]) + ")"
    houses = memory_layer(
        "Polygon?crs=EPSG:25832&field=nr:string&field=hoehe:double", [(["hof-1", HEIGHT], wkt)]
    )
    common = {"INPUT": houses, "KIND": 0, "ID_FIELD": "nr", "HEIGHT_FIELD": "hoehe", "GROUND": 412.0}
    processing.run("smartcity:exportcityjson", {**common, "OUTPUT": str(tmp_path / "hof.city.json")})
    document = json.loads((tmp_path / "hof.city.json").read_text(encoding="utf-8"))
    points = decoded(document)
    [shell] = document["CityObjects"]["hof-1"]["geometry"][0]["boundaries"]
    assert polyhedron_volume([[points[r] for r in surface] for surface in shell]) == pytest.approx(
        EXPECTED, rel=1e-3
    )
    processing.run("smartcity:exportcitygml", {**common, "OUTPUT": str(tmp_path / "hof.gml")})
    gml = etree.parse(str(tmp_path / "hof.gml"))
    assert citygml_schema.validate(gml), citygml_schema.error_log
    assert len(gml.findall(".//{http://www.opengis.net/gml}interior")) == 4  # 2 holes in roof and floor


def test_the_height_datum_comes_from_the_layer_s_compound_crs_unless_given(provider, tmp_path):
    """A layer in EPSG:25833 + DHHN2016 (EPSG:7837): CityJSON and 3D Tiles name that datum where
    QGIS keeps compound CRSs (3.38 on; 3.22 drops the height part, so the default applies); the
    parameter overrides it; a plain EPSG:25833 layer gets the default, DHHN2016."""
    import json

    import processing
    from osgeo import osr
    from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsGeometry

    compound = osr.SpatialReference()
    compound.SetFromUserInput("EPSG:25833+7837")
    crs = QgsCoordinateReferenceSystem.fromWkt(compound.ExportToWkt())
    assert crs.isValid()

    def house(layer_crs):
        layer = QgsVectorLayer("Polygon?field=nr:string&field=hoehe:double", "h", "memory")
        layer.setCrs(layer_crs)
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["H1", 9.0])
        feature.setGeometry(
            QgsGeometry.fromWkt("POLYGON((390000 5820000,390012 5820000,390012 5820010,390000 5820000))")
        )
        layer.dataProvider().addFeature(feature)
        return layer

    common = {"ID_FIELD": "nr", "HEIGHT_FIELD": "hoehe", "GROUND": 35.0}
    datums = []
    for layer_crs, given in ((crs, ""), (crs, "DHHN92"), (QgsCoordinateReferenceSystem("EPSG:25833"), "")):
        target = tmp_path / f"out{len(datums)}.city.json"
        processing.run(
            "smartcity:exportcityjson",
            {"INPUT": house(layer_crs), "HEIGHT_DATUM": given, "OUTPUT": str(target), **common},
        )
        metadata = json.loads(target.read_text(encoding="utf-8"))["metadata"]
        assert metadata["referenceSystem"].endswith("/25833")  # the horizontal part of the compound CRS
        datums.append(metadata["heightDatum"])
    from_layer = "DHHN2016 height" if Qgis.QGIS_VERSION_INT >= 33800 else "DHHN2016"
    assert datums == [from_layer, "DHHN92", "DHHN2016"]
    processing.run(
        "smartcity:export3dtiles", {"INPUT": house(crs), "OUTPUT": str(tmp_path / "tiles"), **common}
    )
    tileset = json.loads((tmp_path / "tiles" / "tileset.json").read_text(encoding="utf-8"))
    assert tileset["asset"]["extras"]["heights"].startswith(f"Heights in {from_layer} plus")


@pytest.mark.parametrize("target", ["hoefe.city.json", "hoefe.city.jsonl", "hoefe.gml"])
def test_exported_buildings_are_valid_and_load_back_as_the_layer_they_came_from(provider, tmp_path, target):
    import processing

    from tests.unit.test_twin_courtyards import HOLES, OUTER

    def ring(points, east=497000, north=5380000):
        closed = [*points, points[0]]
        return "(" + ",".join(f"{east + x} {north + y}" for x, y in closed) + ")"

    houses = memory_layer(
        "Polygon?crs=EPSG:25833&field=nr:string&field=hoehe:double&field=klasse:integer&field=name:string",
        [
            (
                ["hof-1", 12.0, 3, "Hof <&> Mühle"],
                "POLYGON(" + ",".join(ring(p) for p in [OUTER, *HOLES]) + ")",
            ),
            (["eck-2", 7.5, 1, "Eck"], "POLYGON(" + ring([(50, 0), (60, 0), (60, 8), (50, 8)]) + ")"),
        ],
    )
    processing.run(
        "smartcity:exportcityjson" if "json" in target else "smartcity:exportcitygml",
        {
            "INPUT": houses,
            "KIND": 0,
            "ID_FIELD": "nr",
            "HEIGHT_FIELD": "hoehe",
            "FIELDS": ["klasse", "name"],
            "GROUND": 40.0,
            "OUTPUT": str(tmp_path / target),
        },
    )
    checked = processing.run(
        "smartcity:validatecitymodel", {"INPUT": str(tmp_path / target), "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    schema = {".json": "CityJSON 2.0", ".jsonl": "CityJSONSeq 2.0", ".gml": "CityGML 2.0"}[
        Path(target).suffix
    ]
    assert (checked["VALID"], checked["PROBLEMS"], checked["SCHEMA"]) == (True, 0, schema)
    read = processing.run(
        "smartcity:loadcitymodel",
        {"INPUT": str(tmp_path / target), "OUTPUT": "TEMPORARY_OUTPUT", "ROOFS": "TEMPORARY_OUTPUT"},
    )
    loaded = read["OUTPUT"]
    assert loaded.crs().authid() == "EPSG:25833"  # read from the file
    roofs = {feature["object_id"]: feature.geometry() for feature in read["ROOFS"].getFeatures()}
    for original in houses.getFeatures():
        roof = roofs[original["nr"]]
        assert QgsWkbTypes.hasZ(roof.wkbType())
        assert {round(vertex.z(), 3) for vertex in roof.vertices()} == {40.0 + original["hoehe"]}
        assert roof.area() == pytest.approx(original.geometry().area(), abs=1e-3)  # courtyards open
    back = {feature["object_id"]: feature for feature in loaded.getFeatures()}
    for original in houses.getFeatures():
        read = back[original["nr"]]
        difference = read.geometry().symDifference(original.geometry()).area()
        assert difference < 1e-3 and read["type"] == "Building"  # courtyards open, to the millimetre
        assert (read["klasse"], read["name"]) == (original["klasse"], original["name"])


def test_real_lod2_buildings_load_with_their_ground_surfaces(provider):
    import processing

    loaded = processing.run("smartcity:loadcitymodel", {"INPUT": str(SOURCE), "OUTPUT": "TEMPORARY_OUTPUT"})[
        "OUTPUT"
    ]
    [building] = [f for f in loaded.getFeatures() if f["type"] == "Building"]
    assert building.geometry().area() == pytest.approx(10 * 5)  # its ground slab is 10 m × 5 m
    assert loaded.crs().authid() == "EPSG:25832"
