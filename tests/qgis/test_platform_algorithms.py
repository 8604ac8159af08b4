"""smartcity:sensorlocations and smartcity:observations through processing, against real servers."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerTemporalProperties,
)

HERRENBERG_EXTENT = "8.80,8.95,48.55,48.65 [EPSG:4326]"


def run(algorithm, parameters, feedback=None):
    import processing

    return processing.run(f"smartcity:{algorithm}", parameters, feedback=feedback)


def features(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid()
    return list(layer.getFeatures()), layer


def test_sensor_locations_from_a_real_sensorthings_server(provider, sensorthings, tmp_path):
    target = tmp_path / "sensors.gpkg"
    run("sensorlocations", {"URL": sensorthings.base_url, "OUTPUT": str(target)})
    rows, layer = features(target)
    assert layer.crs().authid() == "EPSG:4326"
    by_stream = {row["stream"]: row for row in rows}
    assert set(by_stream) == set(sensorthings.ids)
    parking = by_stream["Parkhaus Altstadt frei"]
    assert (parking["thing"], parking["property"], parking["unit"], parking["value"]) == (
        "Parkhaus Altstadt",
        "Freie Stellplätze",
        "Stp",
        2999 % 400,
    )
    assert parking["observed"].toString("yyyy-MM-ddTHH:mm") == "2026-11-20T09:55"
    assert parking.geometry().asPoint().x() == pytest.approx(8.8707)
    assert by_stream["Zähler ohne Ort"].geometry().isEmpty()
    assert parking["operator"] == "Stadtwerke Herrenberg"  # a thing property as a field of its own


def test_extent_in_a_projected_crs_is_transformed_before_filtering(provider, sensorthings, tmp_path):
    utm = QgsCoordinateReferenceSystem("EPSG:25832")
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), utm, QgsProject.instance())
    box = transform.transformBoundingBox(QgsRectangle(8.80, 48.55, 8.95, 48.65))
    extent = f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},{box.yMaximum()} [EPSG:25832]"
    target = tmp_path / "herrenberg.gpkg"
    run("sensorlocations", {"URL": sensorthings.base_url, "EXTENT": extent, "OUTPUT": str(target)})
    rows, _layer = features(target)
    assert {row["thing"] for row in rows} == {"Parkhaus Altstadt", "Pegel Ammer"}


def test_observations_with_utc_datetimes_and_values(provider, sensorthings, tmp_path):
    target = tmp_path / "pegel.gpkg"
    run(
        "observations",
        {
            "URL": sensorthings.base_url,
            "STREAM_IDS": sensorthings.ids["Pegel Ammer"],
            "START": "2026-11-20T00:00:00Z",
            "END": "2026-11-20T23:59:59Z",
            "OUTPUT": str(target),
        },
    )
    rows, _layer = features(target)
    assert sorted(row["value"] for row in rows) == [50.0 + hour for hour in range(24)]
    first = min(rows, key=lambda row: row["time"])
    assert first["time"].toString("yyyy-MM-ddTHH:mm:ss") == "2026-11-20T00:00:00"
    assert (first["unit"], first["property"]) == ("cm", "Wasserstand")
    assert all(row["time_end"] == row["time"] for row in rows)  # instants


def test_observation_features_keep_intervals_and_text_results():
    from smartcity_qgis.core.platforms.sensors import ObservationColumns, SensorStream
    from smartcity_qgis.qgisbridge.layers import OBSERVATION_FIELDS, make_fields, observation_features

    stream = SensorStream(
        "sensorthings", "1", "Wetterstation", "7", "Niederschlag", "Niederschlag", "mm", 8.9, 48.6
    )
    page = ObservationColumns(
        "7",
        ["2026-03-29T00:00:00Z", "2026-03-29T01:00:00+01:00"],
        ["2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00"],
        [1.5, None],
        ["", "Störung"],
    )
    made = list(observation_features(make_fields(OBSERVATION_FIELDS), stream, page))
    times = [
        (feature["time"].toString("yyyy-MM-ddTHH:mm"), feature["time_end"].toString("yyyy-MM-ddTHH:mm"))
        for feature in made
    ]
    assert times == [("2026-03-29T00:00", "2026-03-29T01:00"), ("2026-03-29T00:00", "2026-03-29T01:00")]
    assert [(feature["value"], feature["value_text"]) for feature in made] == [(1.5, ""), (None, "Störung")]
    assert made[0].geometry().asPoint().x() == 8.9


def test_loaded_observation_layer_is_ready_for_the_temporal_controller(provider, sensorthings):
    import processing

    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    results = processing.runAndLoadResults(
        "smartcity:observations",
        {
            "URL": sensorthings.base_url,
            "STREAM_IDS": sensorthings.ids["Niederschlag Schönbuch"],
            "START": "2026-11-19T00:00:00Z",
            "END": "2026-11-21T00:00:00Z",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        context=context,
    )
    layer = project.mapLayer(results["OUTPUT"])
    try:
        temporal = layer.temporalProperties()
        assert temporal.isActive()
        assert temporal.mode() == QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields
        assert (temporal.startField(), temporal.endField()) == ("time", "time_end")
        assert [feature["value"] for feature in layer.getFeatures()] == [12.5]
    finally:
        project.removeMapLayer(layer.id())


def test_a_stream_without_observations_is_a_clear_error_and_leaves_no_file(provider, sensorthings, tmp_path):
    target = tmp_path / "empty.gpkg"
    with pytest.raises(QgsProcessingException, match="No observations"):
        run(
            "observations",
            {
                "URL": sensorthings.base_url,
                "STREAM_IDS": sensorthings.ids["Parkhaus Altstadt Temperatur"],
                "OUTPUT": str(target),
            },
        )
    assert not target.exists()


class CancelOnProgress(QgsProcessingFeedback):
    def setProgress(self, progress):
        super().setProgress(progress)
        self.cancel()


def test_cancel_mid_run_leaves_no_file(provider, sensorthings, tmp_path):
    target = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("sensorlocations", {"URL": sensorthings.base_url, "OUTPUT": str(target)}, CancelOnProgress())
    assert not target.exists()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/private", "Access denied \\(HTTP 401\\)"),
        ("/forbidden", "Access denied \\(HTTP 403\\)"),
        ("/unprocessable", "refused the request \\(HTTP 422\\).*Invalid \\$filter expression"),
        ("/boom", "server failed \\(HTTP 500\\)"),
        ("/malformed", "did not send valid JSON"),
    ],
)
def test_server_failures_are_clear_errors_without_output(provider, local_server, tmp_path, path, message):
    target = tmp_path / "failed.gpkg"
    with pytest.raises(QgsProcessingException, match=message):
        run("sensorlocations", {"URL": local_server.url(path), "OUTPUT": str(target)})
    assert not target.exists()


def test_authcfg_credentials_reach_the_server(provider, local_server, basic_authcfg, tmp_path):
    # With the right credentials the server lets the request through; its answer is no
    # SensorThings collection, which proves authentication passed.
    with pytest.raises(QgsProcessingException, match="not a SensorThings collection"):
        run(
            "sensorlocations",
            {
                "URL": local_server.url("/private"),
                "AUTHCFG": basic_authcfg,
                "OUTPUT": str(tmp_path / "x.gpkg"),
            },
        )


def test_ngsi_v2_entities_as_sensor_points(provider, tmp_path):
    import json

    from tests.conftest import TEST_DATA
    from tests.support import ngsi_replay

    heidelberg = json.loads((TEST_DATA / "heidelberg.json").read_text("utf-8"))
    target = tmp_path / "heidelberg.gpkg"
    with ngsi_replay.serve(ngsi_replay.ReplayBroker(heidelberg, heidelberg)) as server:
        run(
            "sensorlocations",
            {
                "PLATFORM": 2,
                "URL": server.url(""),
                "ENTITY_TYPE": "OffStreetParking",
                "OBSERVED_PROPERTY": "availableSpotNumber",
                "OUTPUT": str(target),
            },
        )
    rows, _layer = features(target)
    located = [row for row in rows if not row.geometry().isEmpty()]
    assert len(rows) == len({row["thing_id"] for row in rows}) and len(located) < len(rows)
    assert all(row["platform"] == "ngsi-v2" for row in rows)
