"""Guessing layers and fields from the names towns give them."""

from smartcity_qgis.core.names import best_field, best_layer


def test_layers_are_found_by_name_without_case_or_umlauts_or_by_their_fields():
    layers = [("Gebäude ALKIS", ["gml_id"]), ("Parkhäuser", ["name"]), ("O", ["stream_id", "time"])]
    assert best_layer(layers, ("park",)) == 1
    assert best_layer(layers, ("gebaeude",)) == 0
    assert best_layer(layers, ("observ",), ("time",)) == 2
    assert best_layer(layers, ("schul",), ("school_id",)) is None


def test_fields_prefer_exact_names_never_the_file_s_row_number_and_short_names_only_exactly():
    names = ["fid", "Hausnummer", "GML_ID", "measuredHeight", "width"]
    assert best_field(names, ("gml_id", "id"), exclude=("fid",)) == "GML_ID"
    assert best_field(names, ("measuredheight", "height", "h")) == "measuredHeight"
    assert best_field(["fid", "name"], ("id", "h"), exclude=("fid",)) == ""
    assert best_field(["gebaeudehoehe_m"], ("height", "gebaeudehoehe")) == "gebaeudehoehe_m"
