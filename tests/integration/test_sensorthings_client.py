"""The SensorThings client against a real server (django-ogc-sensorthings) and FROST-shaped replays."""

import pytest

from smartcity_qgis.core.errors import Cancelled, FormatError, HttpError
from smartcity_qgis.core.platforms import sensorthings
from smartcity_qgis.core.platforms.connection import (
    Platform,
    load_observation_pages,
    load_streams,
    stream_info,
)
from smartcity_qgis.core.transport import RequestsTransport
from tests.support.observations import load_observations, observation_rows

HERRENBERG_BBOX = (8.80, 48.55, 8.95, 48.65)


@pytest.fixture
def transport():
    return RequestsTransport(timeout_s=60)  # the Django test server needs seconds per large page


def streams_by_name(transport, url, **filters):
    return {
        stream.stream_name: stream
        for stream in load_streams(transport, Platform("sensorthings", url), **filters)
    }


def test_every_datastream_with_its_own_observed_property_location_and_latest_value(sensorthings, transport):
    streams = streams_by_name(transport, sensorthings.base_url)
    assert set(streams) == set(sensorthings.ids)
    parking = streams["Parkhaus Altstadt frei"]
    assert (parking.thing_name, parking.observed_property, parking.unit) == (
        "Parkhaus Altstadt",
        "Freie Stellplätze",
        "Stp",
    )
    assert (parking.lon, parking.lat) == (8.8707, 48.5953)
    assert parking.properties == {"operator": "Stadtwerke Herrenberg", "capacity": 400}
    # the last of 3000 five-minute values: i = 2999 → 2999 % 400, at 2026-11-20 09:55
    assert parking.latest_value == 2999 % 400
    assert parking.latest_time.startswith("2026-11-20T09:55:00")
    assert streams["Parkhaus Altstadt Temperatur"].observed_property == "Lufttemperatur"
    assert streams["Parkhaus Altstadt Temperatur"].latest_value is None  # no observations
    assert not streams["Zähler ohne Ort"].has_location
    assert streams["Zähler ohne Ort"].latest_value == 3


def test_bbox_falls_back_to_local_filtering_when_the_server_refuses_geo_intersects(sensorthings, transport):
    notices = []
    streams = list(
        load_streams(
            transport,
            Platform("sensorthings", sensorthings.base_url),
            bbox=HERRENBERG_BBOX,
            notify=notices.append,
        )
    )
    assert {stream.thing_name for stream in streams} == {"Parkhaus Altstadt", "Pegel Ammer"}
    assert any("spatial filters" in notice for notice in notices)


def test_filters_by_observed_property_and_name(sensorthings, transport):
    free = streams_by_name(transport, sensorthings.base_url, observed_property="Freie Stellplätze")
    assert set(free) == {"Parkhaus Altstadt frei", "Zähler ohne Ort"}
    named = streams_by_name(transport, sensorthings.base_url, name="schönbuch")
    assert set(named) == {"Niederschlag Schönbuch"}
    assert (
        len(list(load_streams(transport, Platform("sensorthings", sensorthings.base_url), max_items=2))) == 2
    )


def test_observations_in_a_time_range_page_by_page_match_the_server_count(sensorthings, transport):
    platform = Platform("sensorthings", sensorthings.base_url)
    stream_id = sensorthings.ids["Parkhaus Altstadt frei"]
    rows = list(
        load_observations(transport, platform, stream_id, "2026-11-11T00:00:00Z", "2026-11-11T23:59:59Z")
    )
    assert len(rows) == 288  # one day of five-minute values, more than two server pages of 100
    by_time = {row.start[:19]: row.value for row in rows}
    # i = 288 + 12 * 10 + 6 → 2026-11-11 10:30
    assert by_time["2026-11-11T10:30:00"] == (288 + 126) % 400
    everything = list(load_observations(transport, platform, stream_id))
    assert len(everything) == sensorthings.PARKING_COUNT


def test_data_array_and_plain_observations_are_the_same(sensorthings, transport):
    stream_id = sensorthings.ids["Pegel Ammer"]
    plain = list(sensorthings_observations(transport, sensorthings.base_url, stream_id, data_array=False))
    packed = list(sensorthings_observations(transport, sensorthings.base_url, stream_id, data_array=True))
    assert sorted((row.start, row.value) for row in plain) == sorted((row.start, row.value) for row in packed)
    assert sorted(row.value for row in plain) == [50.0 + hour for hour in range(24)]


def sensorthings_observations(transport, url, stream_id, data_array):
    pages = sensorthings.observations(transport, url, stream_id, data_array=data_array)
    return observation_rows(pages)


def test_a_datastream_without_observations_yields_nothing(sensorthings, transport):
    platform = Platform("sensorthings", sensorthings.base_url)
    assert (
        list(load_observations(transport, platform, sensorthings.ids["Parkhaus Altstadt Temperatur"])) == []
    )


def test_stream_info_by_id(sensorthings, transport):
    info = stream_info(
        transport, Platform("sensorthings", sensorthings.base_url), sensorthings.ids["Pegel Ammer"]
    )
    assert (info.stream_name, info.observed_property, info.unit, info.lon) == (
        "Pegel Ammer",
        "Wasserstand",
        "cm",
        8.8650,
    )


def test_server_refusals_are_http_errors(sensorthings, transport):
    platform = Platform("sensorthings", sensorthings.base_url)
    with pytest.raises(HttpError) as invalid:
        list(load_observations(transport, platform, "not-a-uuid"))
    assert invalid.value.status == 404  # this server answers unknown and malformed ids alike
    with pytest.raises(HttpError) as missing:
        stream_info(transport, platform, "0")
    assert missing.value.status == 404


def test_cancel_stops_paging_with_cancelled(sensorthings, transport):
    platform = Platform("sensorthings", sensorthings.base_url)
    pages = load_observation_pages(
        transport, platform, sensorthings.ids["Parkhaus Altstadt frei"], is_cancelled=lambda: True
    )
    with pytest.raises(Cancelled):
        list(pages)


def test_frost_shapes_integer_ids_nested_next_links_features_and_intervals(frost_url, transport):
    streams = streams_by_name(transport, frost_url)
    assert set(streams) == {"Temperatur Rathaus", "Feuchte Rathaus", "Temperatur Hafen"}
    rathaus = streams["Temperatur Rathaus"]
    assert (rathaus.stream_id, rathaus.lon, rathaus.lat) == ("11", 9.1829, 48.7758)  # Feature location
    assert rathaus.latest_time == "2026-11-20T11:00:00.000Z"  # end of the interval
    assert streams["Feuchte Rathaus"].observed_property == "Relative Luftfeuchte"  # from the nested page
    assert streams["Temperatur Hafen"].latest_value is None


def test_frost_data_array_observations_across_pages_with_intervals(frost_url, transport):
    rows = list(load_observations(transport, Platform("sensorthings", frost_url), "11"))
    assert [(row.start, row.end, row.value) for row in rows] == [
        ("2026-11-20T08:00:00.000Z", "2026-11-20T09:00:00.000Z", 6.5),
        ("2026-11-20T09:00:00.000Z", "2026-11-20T10:00:00.000Z", 6.75),
        ("2026-11-20T10:00:00.000Z", "2026-11-20T11:00:00.000Z", 7.25),
    ]
    assert (
        stream_info(transport, Platform("sensorthings", frost_url), "11").observed_property
        == "Lufttemperatur"
    )


def test_a_looping_next_link_is_an_error_not_an_endless_download(frost_url, transport):
    with pytest.raises(FormatError, match="repeats"):
        list(load_observations(transport, Platform("sensorthings", frost_url), "13"))


def test_an_empty_collection_yields_nothing(frost_url, transport):
    assert list(load_observations(transport, Platform("sensorthings", frost_url), "21")) == []
