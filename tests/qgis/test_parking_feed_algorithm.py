"""smartcity:parkingfeed through the processing framework, from files and from a local server."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.conftest import REPO

ALGORITHM = "smartcity:parkingfeed"
HERRENBERG = str(REPO / "demo" / "data" / "herrenberg-parking.json")


def run(parameters, feedback=None):
    import processing

    return processing.run(ALGORITHM, parameters, feedback=feedback)


def features_by_id(path):
    layer = QgsVectorLayer(str(path), "parking", "ogr")
    assert layer.isValid()
    return {feature["id"]: feature for feature in layer.getFeatures()}, layer


def test_herrenberg_file_to_geopackage(provider, tmp_path):
    target = tmp_path / "parking.gpkg"
    run({"SOURCE": HERRENBERG, "OUTPUT": str(target)})
    features, layer = features_by_id(target)
    assert layer.crs().authid() == "EPSG:4326"
    assert len(features) == 26
    garage = features["herrenbergaltstadtgarage"]
    assert (garage["capacity"], garage["free"], garage["occupied"]) == (97, 60, 37)
    assert garage["occ_rate"] == pytest.approx(37 / 97)
    assert garage["observed"].toString("yyyy-MM-ddTHH:mm:ss") == "2025-02-25T12:20:03"
    point = garage.geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx((8.872705, 48.593768))


def test_datex2_from_local_server(provider, local_server, tmp_path):
    target = tmp_path / "bays.gpkg"
    run(
        {
            "SOURCE": local_server.url("/data/friedrichshafen-sensors-static.xml"),
            "STATUS_SOURCE": local_server.url("/data/friedrichshafen-sensors-realtime.xml"),
            "FORMAT": 2,
            "OUTPUT": str(target),
        }
    )
    features, _layer = features_by_id(target)
    assert len(features) == 55
    assert features["PH19"]["occupied"] == 1


def test_features_without_location_are_kept_with_an_issue(provider, test_data, tmp_path):
    target = tmp_path / "heidelberg.gpkg"
    # a recording: its counts are years old, so the age check is off here
    run({"SOURCE": str(test_data / "heidelberg.json"), "MAX_AGE": 0, "OUTPUT": str(target)})
    features, _layer = features_by_id(target)
    assert len(features) == 25
    p02 = features["urn:ngsiv2:OffStreetParking:P02"]
    assert p02.geometry().isNull() or p02.geometry().isEmpty()
    assert p02["issues"] == "no location, capacity 0"


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("/no/such/feed.json", "does not exist"),
        ("/notfound", "Not found (HTTP 404)"),
        ("/boom", "HTTP 500"),
        ("/malformed", "not valid JSON"),
    ],
)
def test_bad_sources_fail_clearly_and_write_nothing(provider, local_server, tmp_path, source, words):
    target = tmp_path / "out.gpkg"
    location = local_server.url(source) if not source.startswith("/no/") else source
    with pytest.raises(QgsProcessingException, match=words.replace("(", r"\(").replace(")", r"\)")):
        run({"SOURCE": location, "OUTPUT": str(target)})
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_partial_file(provider, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    target = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run({"SOURCE": HERRENBERG, "OUTPUT": str(target)}, feedback)
    assert list(tmp_path.iterdir()) == []


def test_failure_never_removes_an_existing_geopackage(provider, tmp_path):
    """Adding the output as a new layer of an existing GeoPackage, then cancelling, keeps the file."""
    from qgis.core import QgsVectorFileWriter

    existing = tmp_path / "town.gpkg"
    keep = QgsVectorLayer("Point?crs=EPSG:25832&field=name:string", "keep", "memory")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = "keep"
    QgsVectorFileWriter.writeAsVectorFormatV2(keep, str(existing), keep.transformContext(), options)
    assert existing.exists()
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    target = f"{existing}|layername=parking"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run({"SOURCE": HERRENBERG, "OUTPUT": target}, feedback)
    assert existing.exists()
    assert QgsVectorLayer(f"{existing}|layername=keep", "keep", "ogr").isValid()
