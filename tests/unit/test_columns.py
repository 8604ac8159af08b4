"""The column kind of a set of attribute values."""

from smartcity_qgis.core.columns import column_kind


def test_whole_numbers_numbers_and_text():
    assert column_kind([3, None, 7]) == "int"
    assert column_kind([3, 2.5]) == "float"
    assert column_kind([3, "drei"]) == "text"
    assert column_kind([True, 1]) == "text"  # a boolean is no number
    assert column_kind([{"a": 1}]) == "text"
    assert column_kind([None]) is None and column_kind([]) is None
