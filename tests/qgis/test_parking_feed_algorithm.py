"""smartcity:parkingfeed through the processing framework, from files and from a local server."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.conftest import REPO
from tests.support.proj import cs2cs

ALGORITHM = "smartcity:parkingfeed"
HERRENBERG = str(REPO / "smartcity_qgis" / "example" / "herrenberg-parking.json")


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


def geoportal_feed(path):
    """A city geoportal's GeoJSON: legacy 'crs' member (EPSG:25832), its own property names, and
    one point whose coordinates lie outside that CRS's area."""
    import json

    features = [
        ("P1", "Parkhaus Altstadt", 400, 120, (491000.0, 5382500.0)),
        ("P2", "Tiefgarage Bahnhof", 250, 31, (490512.5, 5382080.25)),
        ("P3", "Irrläufer", 50, 5, (49_000_000.0, 5382000.0)),
    ]
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},
                "features": [
                    {
                        "type": "Feature",
                        "properties": {
                            "OBJ_NR": key,
                            "STANDORT": name,
                            "ANZ_PLAETZE": total,
                            "ANZ_FREI": free,
                        },
                        "geometry": {"type": "Point", "coordinates": list(xy)},
                    }
                    for key, name, total, free, xy in features
                ],
            }
        ),
        encoding="utf-8",
    )
    return features


def proj_lon_lat(x, y):
    """The same conversion by PROJ's own cs2cs (EPSG:4326 answers latitude first)."""
    latitude, longitude = cs2cs("EPSG:25832", "EPSG:4326", x, y)
    return longitude, latitude


def test_geoportal_geojson_in_its_own_crs_with_a_field_mapping(provider, tmp_path):
    source = tmp_path / "parkplaetze.geojson"
    expected = geoportal_feed(source)
    target = tmp_path / "mapped.gpkg"
    run(
        {
            "SOURCE": str(source),
            "PROPERTIES": "id=OBJ_NR; name=STANDORT; capacity=ANZ_PLAETZE; free=ANZ_FREI",
            "OUTPUT": str(target),
        }
    )
    features, _layer = features_by_id(target)
    for key, name, total, free, (x, y) in expected[:2]:
        feature = features[key]
        assert (feature["name"], feature["capacity"], feature["free"], feature["occupied"]) == (
            name,
            total,
            free,
            total - free,
        )
        point = feature.geometry().asPoint()
        assert (point.x(), point.y()) == pytest.approx(proj_lon_lat(x, y), abs=1e-8)
        assert feature["issues"] in (None, "")
    assert features["P3"]["issues"] == "coordinates outside EPSG:25832, no location"


def test_geoportal_geojson_without_a_mapping_says_it_found_no_counts(provider, tmp_path):
    class Warnings(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):  # noqa: N802 (QGIS API)
            self.warnings.append(text)

    source = tmp_path / "parkplaetze.geojson"
    geoportal_feed(source)
    feedback = Warnings()
    target = tmp_path / "unmapped.gpkg"
    run({"SOURCE": str(source), "OUTPUT": str(target)}, feedback)
    features, _layer = features_by_id(target)
    assert all("no counts" in feature["issues"] for feature in features.values())
    assert any("GeoJSON field mapping" in warning for warning in feedback.warnings)
