"""Malformed and hostile parking feeds through smartcity:parkingfeed: a clear message naming what is
wrong, or every record kept with its problem flagged; never a traceback, never a silent drop."""

import json

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer


def lots(*entries, **document):
    return json.dumps({"lots": list(entries), **document}).encode()


def points(*coordinates):
    """A GeoJSON parking feed with one point feature per entry of ``coordinates``."""
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": pair}, "properties": {"name": "P"}}
        for pair in coordinates
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def ngsi_at(coordinates):
    location = {"type": "GeoProperty", "value": {"type": "Point", "coordinates": coordinates}}
    return json.dumps([{"id": "a", "type": "OffStreetParking", "location": location}]).encode()


def lot(**fields):
    return {
        "id": "p1",
        "name": "Altstadt",
        "total": 100,
        "free": 40,
        "coords": {"lat": 48.59, "lng": 8.87},
        **fields,
    }


REFUSED = [
    ("lots is not a list", b'{"lots": {"a": 1}}', "'lots' is not a list"),
    (
        "lots are not objects",
        b'{"lots": [1, "zwei"]}',
        "Entry 1 of the ParkAPI feed's 'lots' is not an object",
    ),
    ("features are not a list", b'{"type": "FeatureCollection", "features": 5}', "'features' is not a list"),
    ("NGSI entities are not objects", b'[{"id": "a", "type": "OffStreetParking"}, 7]', "Entry 2 of the NGSI"),
    ("100k nested arrays", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("not JSON at all", b"{\x00\x01", "not valid JSON"),
]

FLAGGED = [
    ("empty coordinates", lots(lot(coords={})), "no location"),
    ("coordinates as words", lots(lot(coords={"lat": "Nord", "lng": "Ost"})), "lat unusable"),
    (
        "NaN and Infinity",
        b'{"lots": [{"id": "p1", "coords": {"lat": NaN, "lng": Infinity}, "total": NaN}]}',
        "no location",
    ),
    ("coordinates out of range", lots(lot(coords={"lat": 548.6, "lng": 8.87})), "lat unusable"),
    ("name is an object", lots(lot(name={"de": "Altstadt"})), "name is not text"),
    ("capacity 1e20", lots(lot(total=1e20)), "total 1e+20 implausible"),
    ("capacity as words", lots(lot(total="viele")), "total is not a number"),
    ("GeoJSON point without numbers", points(["a", "b"]), "no location"),
    ("GeoJSON point with no coordinates", points([]), "no location"),
    ("NGSI location with empty coordinates", ngsi_at([]), "no location"),
]


def run(tmp_path, feed):
    import processing

    source = tmp_path / "feed.json"
    source.write_bytes(feed)
    feedback = QgsProcessingFeedback()
    result = processing.run(
        "smartcity:parkingfeed",
        {"SOURCE": str(source), "OUTPUT": str(tmp_path / "out.gpkg")},
        feedback=feedback,
    )
    return result, feedback


@pytest.mark.parametrize(("case", "feed", "words"), REFUSED, ids=[case[0] for case in REFUSED])
def test_broken_feeds_are_refused_with_a_message_naming_the_problem(provider, tmp_path, case, feed, words):
    with pytest.raises(QgsProcessingException) as raised:
        run(tmp_path, feed)
    message = str(raised.value)
    assert words in message and "Traceback" not in message and "Unexpected error" not in message
    assert not (tmp_path / "out.gpkg").exists()


@pytest.mark.parametrize(("case", "feed", "flag"), FLAGGED, ids=[case[0] for case in FLAGGED])
def test_odd_records_are_kept_and_flagged(provider, tmp_path, case, feed, flag):
    result, feedback = run(tmp_path, feed)
    features = list(QgsVectorLayer(result["OUTPUT"]).getFeatures())
    assert len(features) == 1
    assert flag in features[0]["issues"]
    assert "1 facilities loaded, 1 with issues" in feedback.textLog()


def test_numeric_timestamps_and_control_characters(provider, tmp_path):
    feed = lots(lot(name="Alt\x07stadt\x1b"), last_updated=1732000000)
    result, _feedback = run(tmp_path, feed)
    [feature] = QgsVectorLayer(result["OUTPUT"]).getFeatures()
    assert feature["name"] == "Altstadt"
    assert feature["observed"].toString("yyyy-MM-ddTHH:mm:ss") == "2024-11-19T07:06:40"
