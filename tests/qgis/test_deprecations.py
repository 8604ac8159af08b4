"""No deprecation warning from the plugin's own code while its algorithms run (checked on every
QGIS of the test matrix: 3.40 and later deprecate the QVariant-based APIs)."""

import warnings

from tests.conftest import REPO

HERRENBERG = str(REPO / "smartcity_qgis" / "example" / "herrenberg-parking.json")
PACKAGE = str(REPO / "smartcity_qgis")


def test_running_algorithms_raises_no_deprecation_warning_in_plugin_code(provider, tmp_path):
    import processing

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        feed = processing.run(
            "smartcity:parkingfeed", {"SOURCE": HERRENBERG, "OUTPUT": str(tmp_path / "p.gpkg")}
        )
        processing.run(
            "smartcity:exportcityjson",
            {
                "INPUT": feed["OUTPUT"],
                "ID_FIELD": "id",
                "FIELDS": ["name", "capacity"],
                "OUTPUT": str(tmp_path / "p.json"),
            },
        )
    ours = [
        f"{warning.filename}:{warning.lineno}: {warning.message}"
        for warning in caught
        if issubclass(warning.category, DeprecationWarning) and warning.filename.startswith(PACKAGE)
    ]
    assert ours == []


def test_enum_constants_are_the_scoped_qgis_enums_where_qgis_has_them():
    from qgis.core import Qgis

    from smartcity_qgis.qgisbridge import compat

    constants = {name: getattr(compat, name) for name in dir(compat) if name.isupper()}
    constants.pop("FIELD_TAKES_METATYPE")
    assert len(constants) == 34
    scoped = {name for name, value in constants.items() if type(value).__qualname__.startswith("Qgis.")}
    if Qgis.QGIS_VERSION_INT >= 33600:  # every Qgis.* enum used here exists from 3.36, but the
        # legend style's components, which 3.40 still keeps in QgsLegendStyle
        assert scoped | {"LEGEND_SYMBOL_LABEL"} == set(constants)
    else:  # 3.22 already has the raster temporal mode and the text render format in Qgis
        assert scoped == {"RASTER_FIXED_TIME_RANGE", "TEXT_AS_TEXT"}
