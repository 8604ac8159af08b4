"""A failed or cancelled run destroys nothing and leaves nothing; outputs appear together."""

import hashlib

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import REPO
from tests.support.rasters import write_dem
from tests.unit.test_terrain import box_pits

HERRENBERG = str(REPO / "smartcity_qgis" / "example" / "herrenberg-parking.json")


def files_in(folder):
    """The names in ``folder``, without GDAL's .aux.xml side files of the input DEM."""
    return sorted(path.name for path in folder.iterdir() if not path.name.endswith(".aux.xml"))


def rain(tmp_path, ponds):
    """smartcity:rainfillspill on a box-pit DEM, outputs in ``tmp_path`` (the ponds at ``ponds``)."""
    import processing

    return processing.run(
        "smartcity:rainfillspill",
        {
            "DEM": write_dem(tmp_path / "dem.tif", box_pits()),
            "RAIN_MM": 200.0,
            "WATER_DEPTH": str(tmp_path / "depth.tif"),
            "FLOODED": str(tmp_path / "flooded.gpkg"),
            "PONDS": str(ponds),
        },
    )


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_server_error_leaves_the_existing_geopackage_as_it_was(provider, local_server, tmp_path):
    import processing

    target = tmp_path / "data.gpkg"
    processing.run("smartcity:parkingfeed", {"SOURCE": HERRENBERG, "OUTPUT": str(target)})
    before = digest(target)
    with pytest.raises(QgsProcessingException, match="HTTP 500"):
        processing.run(
            "smartcity:observations",
            {"URL": local_server.url("/boom"), "STREAM_IDS": "1", "OUTPUT": str(target)},
        )
    assert digest(target) == before
    assert QgsVectorLayer(str(target)).featureCount() == 26
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data.gpkg"]


def test_when_a_later_output_fails_no_earlier_one_appears(provider, tmp_path):
    (tmp_path / "blocker").write_text("a file where the folder of the ponds should be")
    with pytest.raises(QgsProcessingException, match="output folder"):
        rain(tmp_path, tmp_path / "blocker" / "ponds.gpkg")
    assert files_in(tmp_path) == ["blocker", "dem.tif"]


def test_all_outputs_of_a_run_appear_with_their_final_names(provider, tmp_path):
    rain(tmp_path, tmp_path / "ponds.gpkg")
    assert files_in(tmp_path) == [
        "dem.tif",
        "depth.tif",
        "flooded.gpkg",
        "ponds.gpkg",
    ]
    layer = QgsVectorLayer(str(tmp_path / "flooded.gpkg"))
    assert layer.isValid() and layer.dataProvider().subLayers()[0].split("!!::!!")[1] == "flooded"


def test_an_unexpected_error_is_one_translated_sentence_and_the_traceback_goes_to_the_log(
    provider, tmp_path, monkeypatch
):
    import processing

    from smartcity_qgis.processing.platforms import parking_feed

    def broken(*_args, **_kwargs):
        raise KeyError("internal detail")

    monkeypatch.setattr(parking_feed, "parse_parking_feed", broken)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("smartcity:parkingfeed", {"SOURCE": HERRENBERG, "OUTPUT": str(tmp_path / "p.gpkg")})
    assert "Unexpected error" in str(raised.value) and "Traceback" not in str(raised.value)
    assert list(tmp_path.iterdir()) == []
