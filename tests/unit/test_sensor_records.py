"""Platform-neutral sensor records: results, geometry summaries and property columns."""

from smartcity_qgis.core.platforms.sensors import (
    SensorStream,
    geometry_bounds,
    point_of,
    property_columns,
    split_result,
)


def stream(**properties):
    return SensorStream("sensorthings", "1", "Thing", "11", "Stream", properties=properties)


def test_split_result_keeps_numbers_and_text_apart():
    assert split_result(3) == (3.0, "")
    assert split_result("4.5") == (4.5, "")
    assert split_result("free") == (None, "free")
    assert split_result(True) == (1.0, "true")
    assert split_result({"a": 1}) == (None, '{"a": 1}')
    assert split_result(None) == (None, "")


def test_point_of_polygon_is_the_centre_of_its_extent():
    polygon = {"type": "Polygon", "coordinates": [[[8, 48], [10, 48], [10, 50], [8, 50], [8, 48]]]}
    assert geometry_bounds(polygon) == (8, 48, 10, 50)
    assert point_of(polygon) == (9, 49)
    assert point_of({"type": "Point", "coordinates": []}) is None


def test_property_columns_infer_kinds_and_avoid_clashes():
    streams = [
        stream(capacity=97, type="Parkhaus", share=0.5, nested={"a": 1}),
        stream(capacity=40, type="Parkplatz", share=1, unit="x"),
    ]
    columns = property_columns(streams, reserved=["unit", "thing"])
    assert columns == [
        ("capacity", "capacity", "int"),
        ("type", "type", "text"),
        ("share", "share", "float"),
        ("prop_unit", "unit", "text"),
    ]
