"""Enriching LoD2 CityGML: schema-valid output, every original element kept, typed attributes added."""

from pathlib import Path

import pytest
from lxml import etree

from smartcity_qgis.core.errors import FormatError
from smartcity_qgis.core.twin.citygml_enrich import (
    AttributeSpec,
    FootprintMatcher,
    enrich_citygml,
    ground_footprint,
    srs_of_citygml,
)
from tests.conftest import TEST_DATA

SAMPLES = TEST_DATA / "citygml"
GEN = "{http://www.opengis.net/citygml/generics/2.0}"
BUILDING = "GML_7b1a5a6f-ddad-4c3d-a507-3eb9ee0a8e68"
SPECS = [
    AttributeSpec("wassertiefe_max", "measure", "m"),
    AttributeSpec("risikoklasse", "int"),
    AttributeSpec("hinweis", "string"),
    AttributeSpec("stand", "date"),
    AttributeSpec("quelle", "uri"),
]


def without_generics(path):
    tree = etree.parse(str(path))
    for element in list(tree.iter(f"{GEN}*")):
        if element.get("name") in {spec.name for spec in SPECS}:
            element.getparent().remove(element)
    return etree.tostring(tree, method="c14n")


def test_enriched_file_is_valid_and_keeps_everything(tmp_path, citygml_schema):
    source = SAMPLES / "SIG3D_Building_LOD2-EPSG25832.gml"
    target = tmp_path / "enriched.gml"
    values = {
        BUILDING: {
            "wassertiefe_max": 0.42,
            "risikoklasse": 3,
            "hinweis": "Keller überflutet <50 cm> & mehr",
            "stand": "2026-11-20",
            "quelle": "https://starkregen.example/karte?id=1&x=2",
        },
        "GML_unbekannt": {"risikoklasse": 1},
    }
    result = enrich_citygml(str(source), str(target), values, SPECS)
    assert (result.matched, result.unmatched_ids, result.rejected) == (1, ["GML_unbekannt"], [])
    document = etree.parse(str(target))
    assert citygml_schema.validate(document), citygml_schema.error_log
    building = document.find(f".//*[@{{http://www.opengis.net/gml}}id='{BUILDING}']")
    added = {
        element.get("name"): (etree.QName(element).localname, element[0].text, element[0].get("uom"))
        for element in building.iter(f"{GEN}*")
        if element.get("name")
    }
    assert added == {
        "wassertiefe_max": ("measureAttribute", "0.42", "m"),
        "risikoklasse": ("intAttribute", "3", None),
        "hinweis": ("stringAttribute", "Keller überflutet <50 cm> & mehr", None),
        "stand": ("dateAttribute", "2026-11-20", None),
        "quelle": ("uriAttribute", "https://starkregen.example/karte?id=1&x=2", None),
    }
    assert without_generics(target) == without_generics(source)  # nothing else changed
    assert target.read_bytes().startswith(source.read_bytes()[:300])  # prologue and comments kept


def test_enriching_twice_updates_instead_of_duplicating(tmp_path, citygml_schema):
    first, second = tmp_path / "a.gml", tmp_path / "b.gml"
    source = SAMPLES / "SIG3D_Building_and_garage_LOD2-EPSG25832.gml"
    bldg = "{http://www.opengis.net/citygml/building/2.0}"
    objects = list(etree.parse(str(source)).iter(f"{bldg}Building", f"{bldg}BuildingPart"))
    ids = [element.get("{http://www.opengis.net/gml}id") for element in objects]
    enrich_citygml(str(source), str(first), {ids[0]: {"risikoklasse": 1}}, SPECS)
    result = enrich_citygml(str(first), str(second), {ids[0]: {"risikoklasse": 2, "hinweis": 1.5}}, SPECS)
    document = etree.parse(str(second))
    assert citygml_schema.validate(document), citygml_schema.error_log
    values = [element[0].text for element in document.iter(f"{GEN}intAttribute")]
    assert values == ["2"] and result.objects == len(ids)


def test_wrong_types_are_reported_not_written(tmp_path):
    result = enrich_citygml(
        str(SAMPLES / "SIG3D_Building_LOD2-EPSG25832.gml"),
        str(tmp_path / "x.gml"),
        {BUILDING: {"risikoklasse": 2.5, "stand": "gestern", "hinweis": "Keller\x00", "quelle": "a\x0bb"}},
        SPECS,
    )
    # text with characters XML cannot hold (e.g. from a CSV) is reported like a wrong type
    assert sorted(name for _id, name, _value in result.rejected) == [
        "hinweis",
        "quelle",
        "risikoklasse",
        "stand",
    ]


def test_broken_xml_leaves_no_file(tmp_path):
    broken = tmp_path / "broken.gml"
    broken.write_text(
        '<?xml version="1.0"?><CityModel xmlns="http://www.opengis.net/citygml/2.0"><cityObjectMember>',
        encoding="utf-8",
    )
    with pytest.raises(FormatError, match="not well-formed"):
        enrich_citygml(str(broken), str(tmp_path / "out.gml"), {}, SPECS)
    broken.write_text('<CityModel xmlns="http://www.opengis.net/citygml/2.0" a><x srsName="EPSG:25832"/>')
    with pytest.raises(FormatError, match="not well-formed"):  # the CRS is looked up first
        srs_of_citygml(str(broken))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["broken.gml"]
    assert Path(broken).exists()


def test_buildings_without_ids_are_matched_by_footprint(tmp_path, citygml_schema):
    from shapely.geometry import box

    source = SAMPLES / "SIG3D_Building_and_garage_LOD2-EPSG25832.gml"
    buildings = [
        element
        for element in etree.parse(str(source)).iter("{*}Building")
        if element.getparent().tag.endswith("cityObjectMember")
    ]
    footprints = [ground_footprint(building) for building in buildings]
    assert all(footprint.area > 10 for footprint in footprints)
    # Result polygons as a GIS would draw them: a little off the LoD2 outline; one far away.
    layer = {f"F{number}": footprint.buffer(0.3) for number, footprint in enumerate(footprints)}
    layer["elsewhere"] = box(0, 0, 10, 10)
    values = {key: {"risikoklasse": number + 1} for number, key in enumerate(layer)}
    target = tmp_path / "enriched.gml"
    result = enrich_citygml(
        str(source),
        str(target),
        values,
        [AttributeSpec("risikoklasse", "int")],
        match=FootprintMatcher(layer),
    )
    assert result.matched == len(buildings) and result.unmatched_ids == ["elsewhere"]
    document = etree.parse(str(target))
    assert citygml_schema.validate(document), citygml_schema.error_log
    classes = [
        int(element.findtext(f"{GEN}value"))
        for element in document.iter(f"{GEN}intAttribute")
        if element.get("name") == "risikoklasse"
    ]
    assert sorted(classes) == list(range(1, len(buildings) + 1))


def test_a_building_whose_coordinates_are_not_numbers_is_left_unmatched():
    from shapely.geometry import box

    source = SAMPLES / "SIG3D_Building_LOD2-EPSG25832.gml"
    building = next(etree.parse(str(source)).iter("{*}Building"))
    match = FootprintMatcher({"haus": ground_footprint(building).buffer(0.3), "elsewhere": box(0, 0, 10, 10)})
    assert match(building) == "haus"
    first = next(building.iter("{*}posList"))
    first.text = first.text.replace(".0", ",0", 1)  # a decimal comma
    assert match(building) is None


def test_every_top_level_property_is_kept_and_every_building_found(tmp_path):
    """Bounds, names, comments, appearances, gml:featureMember and an unknown (ADE) property
    around and between the members stay in place; buildings anywhere get their attributes."""
    core, gml = "http://www.opengis.net/citygml/2.0", "http://www.opengis.net/gml"
    bldg, app = "http://www.opengis.net/citygml/building/2.0", "http://www.opengis.net/citygml/appearance/2.0"

    def building(gml_id):
        height = '<bldg:measuredHeight uom="m">9.5</bldg:measuredHeight>'
        return f'<bldg:Building gml:id="{gml_id}">{height}</bldg:Building>'

    source = tmp_path / "model.gml"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Stadtmodell -->\n'
        f'<CityModel xmlns="{core}" xmlns:gml="{gml}" xmlns:bldg="{bldg}" xmlns:app="{app}" '
        'xmlns:ade="https://ade.example/stadt">\n'
        "  <gml:name>Musterstadt</gml:name>\n"
        '  <gml:boundedBy><gml:Envelope srsName="EPSG:25832"><gml:lowerCorner>1 2 3</gml:lowerCorner>'
        "<gml:upperCorner>4 5 6</gml:upperCorner></gml:Envelope></gml:boundedBy>\n"
        f"  <cityObjectMember>{building('A')}</cityObjectMember>\n"
        "  <!-- zwischen den Gebäuden -->\n"
        f"  <ade:sammlung><ade:teil>{building('B')}</ade:teil></ade:sammlung>\n"
        f"  <gml:featureMember>{building('C')}</gml:featureMember>\n"
        f"  <cityObjectMember>{building('D')}</cityObjectMember>\n"
        '  <app:appearanceMember><app:Appearance gml:id="look"><app:theme>Foto</app:theme>'
        "</app:Appearance></app:appearanceMember>\n"
        f"  <ade:ende>{building('E')}</ade:ende>\n"
        "</CityModel>\n",
        encoding="utf-8",
    )
    target = tmp_path / "enriched.gml"
    values = {key: {"risikoklasse": number} for number, key in enumerate("ABCDE")}
    result = enrich_citygml(str(source), str(target), values, SPECS)
    assert (result.objects, result.matched, result.unmatched_ids) == (5, 5, [])
    document = etree.parse(str(target))
    found = {
        element.getparent().get(f"{{{gml}}}id"): element[0].text
        for element in document.iter(f"{GEN}intAttribute")
    }
    assert found == {"A": "0", "B": "1", "C": "2", "D": "3", "E": "4"}
    assert without_generics(target) == without_generics(source)
    assert target.read_text(encoding="utf-8").count("<!--") == 2


def test_a_root_element_lxml_cannot_write_again_is_a_clear_error(tmp_path):
    source = tmp_path / "model.gml"
    padding = "x" * (1 << 16)  # the start tag ends beyond the bytes copied as they are: it is rebuilt
    source.write_text(
        f'<CityModel xmlns="http://www.opengis.net/citygml/2.0" xmlns:a="urn:a b" note="{padding}">'
        "<cityObjectMember/></CityModel>"
    )
    with pytest.raises(FormatError, match="root element"):
        enrich_citygml(str(source), str(tmp_path / "out.gml"), {}, SPECS)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["model.gml"]


@pytest.mark.parametrize("line_end", [b"\n", b"\r\n"])
def test_line_ends_and_namespace_declarations_stay_as_they_were(tmp_path, citygml_schema, line_end):
    """The root's start tag is copied byte for byte, members do not repeat its namespaces (only
    the added attributes declare gen:, which the root lacks) and CRLF files stay CRLF."""
    original = (SAMPLES / "SIG3D_Building_and_garage_LOD2-EPSG25832.gml").read_bytes()
    source = tmp_path / "model.gml"
    source.write_bytes(original.replace(b"\n", line_end))
    target = tmp_path / "enriched.gml"
    bldg = "{http://www.opengis.net/citygml/building/2.0}"
    ids = [
        element.get("{http://www.opengis.net/gml}id")
        for element in etree.parse(str(source)).iter(f"{bldg}Building")
    ]
    result = enrich_citygml(
        str(source), str(target), {key: {"risikoklasse": 2, "hinweis": "ok"} for key in ids}, SPECS
    )
    written = target.read_bytes()
    assert result.matched == len(ids) > 0
    assert citygml_schema.validate(etree.parse(str(target))), citygml_schema.error_log
    assert without_generics(target) == without_generics(source)
    start = original.index(b"<CityModel")
    root_tag = source.read_bytes()[start : source.read_bytes().index(b">", start) + 1]
    assert root_tag in written
    added = 2 * len(ids)  # each added attribute element declares gen:
    assert written.count(b"xmlns") == source.read_bytes().count(b"xmlns") + added
    assert written.count(b"\n") == written.count(line_end) and written.count(
        b"\n"
    ) >= source.read_bytes().count(b"\n")


def test_a_type_and_unit_per_field():
    from smartcity_qgis.core.errors import InputError
    from smartcity_qgis.core.twin.citygml_enrich import field_types

    assert field_types(" wassertiefe: measure m ; anteil:double; fläche: measure m2; karte: uri; ") == {
        "wassertiefe": ("measure", "m"),
        "anteil": ("double", ""),
        "fläche": ("measure", "m2"),
        "karte": ("uri", ""),
    }
    assert field_types("tiefe: measure") == {"tiefe": ("measure", "m")} and field_types("") == {}
    for wrong in ("tiefe", "tiefe: zahl", "klasse: int m", ": int", "tiefe: measure m cm"):
        with pytest.raises(InputError, match="is not 'field: type'"):
            field_types(wrong)
