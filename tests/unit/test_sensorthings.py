"""SensorThings paging and shapes against a real local server replaying FROST-shaped pages."""

import json

import pytest

from smartcity_qgis.core.errors import Cancelled, FormatError, HttpError
from smartcity_qgis.core.platforms.sensorthings import (
    entity_url,
    expanded,
    id_literal,
    iterate_collection,
    location_geometry,
    locations_of_streams,
    time_interval,
)
from smartcity_qgis.core.transport import RequestsTransport
from tests.support.http_server import LocalServer


def json_route(document):
    return (200, "application/json", json.dumps(document).encode())


@pytest.fixture
def paged_server():
    """Three pages of Observations, a looping next link and a nested Datastream next link."""
    files = {}
    with LocalServer() as server:
        base = server.url("/v1.1")
        files["/v1.1/Observations"] = json_route(
            {"value": [{"@iot.id": i} for i in range(3)], "@iot.nextLink": f"{base}/Observations/p2"}
        )
        files["/v1.1/Observations/p2"] = json_route(
            {"value": [{"@iot.id": i} for i in range(3, 6)], "@iot.nextLink": f"{base}/Observations/p3"}
        )
        files["/v1.1/Observations/p3"] = json_route({"value": [{"@iot.id": 6}]})
        files["/v1.1/Loop"] = json_route({"value": [{"@iot.id": 1}], "@iot.nextLink": f"{base}/Loop"})
        files["/v1.1/NotCollection"] = json_route({"@iot.id": 1})
        files["/v1.1/Datastreams(1)/Observations"] = json_route({"value": [{"@iot.id": 12}]})
        server.httpd.files.update(files)
        yield server, base


def test_follows_next_links_across_pages(paged_server):
    server, base = paged_server
    ids = [entity["@iot.id"] for entity in iterate_collection(RequestsTransport(), f"{base}/Observations")]
    assert ids == [0, 1, 2, 3, 4, 5, 6]


def test_max_items_stops_without_fetching_more_pages(paged_server):
    server, base = paged_server
    ids = [e["@iot.id"] for e in iterate_collection(RequestsTransport(), f"{base}/Observations", max_items=2)]
    assert ids == [0, 1]
    assert [path for path, _headers in server.requests_seen] == ["/v1.1/Observations"]


def test_cancel_between_pages_raises_instead_of_returning_a_partial_list(paged_server):
    server, base = paged_server
    received = []
    entities = iterate_collection(
        RequestsTransport(), f"{base}/Observations", is_cancelled=lambda: len(server.requests_seen) >= 1
    )
    with pytest.raises(Cancelled):
        for entity in entities:
            received.append(entity["@iot.id"])
    assert received == [0, 1, 2]
    assert len(server.requests_seen) == 1


def test_looping_next_link_is_detected(paged_server):
    _server, base = paged_server
    with pytest.raises(FormatError, match="repeats"):
        list(iterate_collection(RequestsTransport(), f"{base}/Loop"))


def test_non_collection_answer_is_a_clear_error(paged_server):
    _server, base = paged_server
    with pytest.raises(FormatError, match="not a SensorThings collection"):
        list(iterate_collection(RequestsTransport(), f"{base}/NotCollection"))


def test_server_error_propagates_with_status(paged_server):
    _server, base = paged_server
    with pytest.raises(HttpError) as raised:
        list(iterate_collection(RequestsTransport(), f"{base}/Missing"))
    assert raised.value.status == 404


def test_nested_next_link_in_expand(paged_server):
    _server, base = paged_server
    datastream = {
        "@iot.id": 1,
        "Observations": [{"@iot.id": 10}, {"@iot.id": 11}],
        "Observations@iot.nextLink": f"{base}/Datastreams(1)/Observations",
    }
    members = expanded(RequestsTransport(), datastream, "Observations")
    assert [member["@iot.id"] for member in members] == [10, 11, 12]


@pytest.mark.parametrize(
    ("entity_id", "literal"),
    [
        (7, "7"),
        ("7a1f0c2e-1d1b-4b5e-9a57-0c3f0f0e2f11", "'7a1f0c2e-1d1b-4b5e-9a57-0c3f0f0e2f11'"),
        ("O'Brien", "'O''Brien'"),
    ],
)
def test_id_literals_for_integer_and_string_ids(entity_id, literal):
    assert id_literal(entity_id) == literal


def test_entity_url_encodes_options():
    url = entity_url(
        "https://iot.example.org/v1.1/",
        "Datastreams",
        3,
        expand="Thing($expand=Locations)",
        filter="name eq 'Pegel Ammer'",
        top=100,
    )
    assert url == (
        "https://iot.example.org/v1.1/Datastreams(3)?$expand=Thing($expand=Locations)"
        "&$filter=name%20eq%20'Pegel%20Ammer'&$top=100"
    )


def test_location_as_geometry_or_feature():
    point = {"type": "Point", "coordinates": [8.87, 48.59]}
    assert location_geometry({"location": point}) == point
    assert location_geometry({"location": {"type": "Feature", "geometry": point}}) == point
    assert location_geometry({"location": {"type": "Feature", "geometry": None}}) is None
    assert location_geometry({"name": "no location"}) is None


def test_time_as_instant_or_interval():
    assert time_interval("2025-07-18T06:00:00Z") == ("2025-07-18T06:00:00Z", "2025-07-18T06:00:00Z")
    assert time_interval("2025-07-18T06:00:00Z/2025-07-18T07:00:00Z") == (
        "2025-07-18T06:00:00Z",
        "2025-07-18T07:00:00Z",
    )
    assert time_interval(None) == (None, None)


def test_locations_of_streams_filter_quotes_names_and_names_each_stream_once():
    assert locations_of_streams(["Pegel Ammer", "Bäcker's Hof", "Pegel Ammer"]) == (
        "Things/Datastreams/name eq 'Pegel Ammer' or Things/Datastreams/name eq 'Bäcker''s Hof'"
    )


def test_data_array_rows_in_any_column_order_and_with_ragged_rows():
    from smartcity_qgis.core.platforms.sensorthings import observation_columns, page_columns

    block = {
        "components": ["result", "id", "phenomenonTime"],
        "dataArray": [[1.5, 7, "2026-01-01T00:00:00Z"], [2.5, 8, "2026-01-01T01:00:00Z"]],
    }
    assert list(map(list, observation_columns(block))) == [
        [7, 8],
        ["2026-01-01T00:00:00Z", "2026-01-01T01:00:00Z"],
        [1.5, 2.5],
    ]
    ragged = {"components": ["id", "phenomenonTime", "result"], "dataArray": [[1, "t1"], "bad", [2, "t2", 3]]}
    assert observation_columns(ragged) == ([1, None, 2], ["t1", None, "t2"], [None, None, 3])
    short = {
        "components": ["result", "id", "phenomenonTime"],
        "dataArray": [[4, 1, "t1"], [5, 2], [6, 3, "t3", 0]],
    }
    assert observation_columns(short) == ([1, 2, 3], ["t1", None, "t3"], [4, 5, 6])
    assert observation_columns({"@iot.id": 5, "phenomenonTime": "t", "result": "x"}) == ([5], ["t"], ["x"])
    assert observation_columns({"components": ["id"], "dataArray": []}) == ([], [], [])
    plain_page = [{"@iot.id": 1, "phenomenonTime": "t1", "result": 2}, "not an entity", {"id": "b"}]
    assert page_columns(plain_page) == ([1, None, "b"], ["t1", None, None], [2, None, None])


def test_times_and_results_become_columns_of_starts_ends_values_and_texts():
    from smartcity_qgis.core.platforms.sensorthings import result_columns, time_columns

    instants = ("2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z")
    starts, ends = time_columns(instants)
    assert starts is ends and list(starts) == list(instants)
    assert time_columns(["2026-01-01T00:00:00Z/2026-01-01T01:00:00Z", None, "t"]) == (
        ["2026-01-01T00:00:00Z", "", "t"],
        ["2026-01-01T01:00:00Z", "", "t"],
    )
    assert result_columns((3, 2.5)) == ([3.0, 2.5], ["", ""])
    assert result_columns([True, "4.5", "frei", None, {"b": 1}]) == (
        [1.0, 4.5, None, None, None],
        ["true", "", "frei", "", '{"b": 1}'],
    )


def test_recent_ids_drop_repeats_across_page_borders_in_bounded_memory():
    from smartcity_qgis.core.platforms.sensorthings import RecentIds

    recent = RecentIds(3)
    assert recent.new([1, 2]) is None
    assert recent.new([2, 5]) == [False, True]  # 2 came on the page before
    assert recent.new([5, 3, 3, 4]) == [False, True, False, True]
    assert recent.new([4]) == [False]  # among the last three ids: 5, 3, 4
    assert recent.new([1, None, None]) == [True, True, True]  # 1 forgotten; no id, no repeat


def test_recent_ids_ascending_pages_still_catch_every_repeat():
    from smartcity_qgis.core.platforms.sensorthings import RecentIds

    recent = RecentIds(100)
    assert recent.new(["a", "b", "c"]) is None
    assert recent.new(["c", "d", "e"]) == [False, True, True]  # the border row sent twice
    assert recent.new(["f", "g"]) is None
    assert recent.new(["b0", "h"]) is None  # ascends, falls between earlier ids, repeats none
    assert recent.new(["g", "i"]) == [False, True]
    assert recent.new(["j", "j", "k"]) == [True, False, True]  # not strictly ascending
    numbers = RecentIds(100)
    assert numbers.new([10, 1]) is None  # unordered: this page's ids have no highest to compare
    assert numbers.new([2, 3]) is None
    assert numbers.new([4, 10]) == [True, False]  # 10 came two pages before, among unordered ids
    assert numbers.new([11, 12.5, 13]) is None
    assert numbers.new(["14", 15]) is None  # mixed kinds: hashed, not compared
    assert numbers.new(["14"]) == [False]


def test_recent_ids_agree_with_a_plain_record_of_every_id_seen():
    """Random pages (ascending, overlapping at borders, shuffled, with missing or repeated ids) against
    a set of all ids seen, with a window larger than all pages so nothing is forgotten."""
    import random

    from smartcity_qgis.core.platforms.sensorthings import RecentIds

    rng = random.Random(7)
    for kind in (int, lambda number: f"{number:06d}"):
        recent, seen, position = RecentIds(10**6), set(), 0
        for _page in range(300):
            start = position - rng.choice([0, 0, 0, 1, 3])
            ids = [kind(number) for number in range(start, start + rng.randint(1, 30))]
            position = start + len(ids)
            change = rng.random()
            if change < 0.15:
                rng.shuffle(ids)
            elif change < 0.25:
                ids[rng.randrange(len(ids))] = None
            elif change < 0.35:
                ids.insert(rng.randrange(len(ids)), rng.choice(ids))
            expected = []
            for entity_id in ids:
                expected.append(entity_id is None or entity_id not in seen)
                seen.add(entity_id)
            assert (recent.new(ids) or [True] * len(ids)) == expected, ids
