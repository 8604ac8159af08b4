"""The NGSI-LD / NGSI-v2 client against a loopback broker replaying recorded, spec-shaped answers."""

import json

import pytest

from smartcity_qgis.core.errors import FormatError, HttpError, InputError
from smartcity_qgis.core.platforms.connection import Platform, load_streams, stream_info
from smartcity_qgis.core.transport import RequestsTransport
from tests.conftest import TEST_DATA
from tests.support import ngsi_replay
from tests.support.observations import load_observations

NGSI_DATA = TEST_DATA / "ngsi-ld"
PARKING_TYPES = ("OffStreetParking", "OnStreetParking", "ParkingSpot")
BEEHIVE = "urn:ngsi-ld:BeeHive:TESTC"


def recorded(name):
    return json.loads((NGSI_DATA / name).read_text("utf-8"))


def ld_broker(**options):
    temporal = {
        (BEEHIVE, False): (NGSI_DATA / "beehive_normalized_incoming.jsonld").read_text("utf-8"),
        (BEEHIVE, True): (NGSI_DATA / "beehive_simplified_incoming.jsonld").read_text("utf-8"),
    }
    return ngsi_replay.ReplayBroker(
        [recorded(f"{kind}_example-normalized.jsonld") for kind in PARKING_TYPES],
        [recorded(f"{kind}_example.jsonld") for kind in PARKING_TYPES],
        temporal,
        **options,
    )


@pytest.fixture
def transport():
    return RequestsTransport(timeout_s=60)  # the Django test server needs seconds per large page


def test_entities_of_several_types_are_paged_with_limit_offset_and_count(transport, monkeypatch):
    monkeypatch.setattr("smartcity_qgis.core.platforms.ngsi.PAGE_SIZE", 1)
    totals = []
    with ngsi_replay.serve(ld_broker()) as server:
        platform = Platform("ngsi-ld", server.url("/ngsi-ld/v1"), ",".join(PARKING_TYPES))
        streams = list(load_streams(transport, platform, progress=lambda done, total: totals.append(total)))
        pages = [path for path, _headers in server.requests_seen if "/entities?" in path]
    assert len(pages) == 3 and all("count=true" in path for path in pages)
    assert "offset=2" in pages[-1] and totals[-1] == 3
    by_id = {stream.stream_id: stream for stream in streams}
    free = by_id["urn:ngsi-ld:OffStreetParking:porto-ParkingLot-23889#availableSpotNumber"]
    assert (free.latest_value, free.latest_time, free.thing_name) == (
        132,
        "2018-09-21T12:00:00Z",
        "Parque de estacionamento Trindade",
    )
    bay = by_id["urn:ngsi-ld:ParkingSpot:santander:daoiz_velarde_1_5:3#status"]
    assert (bay.latest_text, round(bay.lon, 4), round(bay.lat, 4)) == ("free", -3.8036, 43.463)


def test_normalized_and_key_values_give_the_same_measurements():
    from smartcity_qgis.core.platforms.ngsi import entity_streams

    for kind in PARKING_TYPES:
        normalized = {
            s.stream_id: s.latest_value
            for s in entity_streams(recorded(f"{kind}_example-normalized.jsonld"), "ngsi-ld")
        }
        key_values = {
            s.stream_id: s.latest_value for s in entity_streams(recorded(f"{kind}_example.jsonld"), "ngsi-ld")
        }
        common = set(normalized) & set(key_values)
        assert common and all(normalized[key] == key_values[key] for key in common)


def test_tenant_header_reaches_the_broker_and_a_wrong_tenant_is_an_error(transport):
    with ngsi_replay.serve(ld_broker(tenant="herrenberg")) as server:
        right = Platform("ngsi-ld", server.url(""), "ParkingSpot", tenant="herrenberg")
        assert [stream.stream_name for stream in load_streams(transport, right)] == ["status"]
        wrong = Platform("ngsi-ld", server.url(""), "ParkingSpot", tenant="tuebingen")
        with pytest.raises(HttpError) as refused:
            list(load_streams(transport, wrong))
    assert refused.value.status == 404 and "tuebingen" in refused.value.message(str)


def test_temporal_history_in_both_representations(transport):
    from smartcity_qgis.core.platforms.ngsi import history

    with ngsi_replay.serve(ld_broker()) as server:
        platform = Platform("ngsi-ld", server.url("/ngsi-ld/v1"), "BeeHive")
        rows = list(
            load_observations(
                transport, platform, f"{BEEHIVE}#incoming", "2020-01-23T00:00:00Z", "2020-01-25T00:00:00Z"
            )
        )
        path = server.requests_seen[-1][0]
        normalized = history(transport, server.url(""), f"{BEEHIVE}#incoming", headers={})
    assert "timerel=between" in path and "options=temporalValues" in path and "attrs=incoming" in path
    assert [row.value for row in rows] == [2000, 2100, 1550, 1543, 1600]
    assert rows[0].start == "2020-01-23T15:01:22.066Z"
    # normalized instances are requested with temporalValues too; the replay serves the same history
    assert [row.value for row in normalized] == [row.value for row in rows]


def test_stream_info_fetches_the_entity(transport):
    with ngsi_replay.serve(ld_broker()) as server:
        platform = Platform("ngsi-ld", server.url(""), "OnStreetParking")
        info = stream_info(
            transport, platform, "urn:ngsi-ld:OnStreetParking:santander:daoiz_velarde_1_5#totalSpotNumber"
        )
        with pytest.raises(FormatError, match="no measured attribute"):
            stream_info(
                transport, platform, "urn:ngsi-ld:OnStreetParking:santander:daoiz_velarde_1_5#category"
            )
    assert info.latest_value == 6 and info.has_location  # polygon → centre of its extent


def test_a_broker_ignoring_offset_is_caught(transport, monkeypatch):
    monkeypatch.setattr("smartcity_qgis.core.platforms.ngsi.PAGE_SIZE", 1)
    with ngsi_replay.serve(ld_broker(ignore_offset=True)) as server:
        platform = Platform("ngsi-ld", server.url(""), ",".join(PARKING_TYPES))
        with pytest.raises(FormatError, match="repeats"):
            list(load_streams(transport, platform))


def test_ngsi_v2_entities_with_fiware_service_and_total_count(transport, monkeypatch):
    monkeypatch.setattr("smartcity_qgis.core.platforms.ngsi.PAGE_SIZE", 10)
    heidelberg = json.loads((TEST_DATA / "heidelberg.json").read_text("utf-8"))
    with ngsi_replay.serve(ngsi_replay.ReplayBroker(heidelberg, heidelberg, tenant="heidelberg")) as server:
        platform = Platform(
            "ngsi-v2", server.url("/v2"), "OffStreetParking", tenant="heidelberg", service_path="/parking"
        )
        streams = list(load_streams(transport, platform, observed_property="availableSpotNumber"))
        path, headers = server.requests_seen[-1]
        with pytest.raises(InputError, match="NGSI-v2 has no standard history"):
            list(load_observations(transport, platform, streams[0].stream_id))
    assert "options=count" in path and headers["Fiware-ServicePath"] == "/parking"
    assert len({stream.thing_id for stream in streams}) == len(streams) > 10  # more than one page


def test_entity_type_is_required_for_ngsi(transport):
    with pytest.raises(InputError, match="entity types"):
        list(load_streams(transport, Platform("ngsi-ld", "http://127.0.0.1:9")))


SANTANDER = (-3.81, 43.46, -3.80, 43.47)  # the Smart Data Models examples there; Porto is outside


@pytest.mark.parametrize("geo_queries", ["answered", "ignored", "refused"])
def test_bounding_box_on_the_broker_or_here(transport, geo_queries):
    notes = []
    with ngsi_replay.serve(ld_broker(geo_queries=geo_queries)) as server:
        platform = Platform("ngsi-ld", server.url(""), ",".join(PARKING_TYPES))
        streams = list(
            load_streams(
                transport, platform, bbox=SANTANDER, notify=lambda message, **_: notes.append(message)
            )
        )
        paths = [path for path, _headers in server.requests_seen]
    # read independently: the entities whose point (the polygon's extent centre) lies in the box
    expected = set()
    for kind in PARKING_TYPES:
        entity = recorded(f"{kind}_example-normalized.jsonld")
        west, south, east, north = ngsi_replay.bounds(entity["location"]["value"]["coordinates"])
        x, y = (west + east) / 2, (south + north) / 2
        if SANTANDER[0] <= x <= SANTANDER[2] and SANTANDER[1] <= y <= SANTANDER[3]:
            expected.add(entity["id"])
    assert {stream.thing_id for stream in streams} == expected and len(expected) == 2
    assert "georel=intersects" in paths[0] and "geometry=Polygon" in paths[0]
    if geo_queries == "refused":
        assert "georel" not in paths[1] and len(paths) == 2
        assert notes == [
            "The broker does not support geographic queries; the bounding box is applied locally."
        ]
    else:
        assert len(paths) == 1 and notes == []


def test_ngsi_v2_bounding_box_is_applied_here(transport):
    """Heidelberg gives positions as lat/lon numbers, which a v2 broker's geo query would not see."""
    heidelberg = json.loads((TEST_DATA / "heidelberg.json").read_text("utf-8"))
    old_town = (8.69, 49.405, 8.71, 49.415)
    positions = {
        entity["id"]: (entity.get("lon", {}).get("value"), entity.get("lat", {}).get("value"))
        for entity in heidelberg
    }
    expected = {
        key
        for key, (lon, lat) in positions.items()
        if lon is not None and old_town[0] <= lon <= old_town[2] and old_town[1] <= lat <= old_town[3]
    }
    with ngsi_replay.serve(ngsi_replay.ReplayBroker(heidelberg, heidelberg)) as server:
        platform = Platform("ngsi-v2", server.url(""), "OffStreetParking")
        streams = list(load_streams(transport, platform, bbox=old_town))
        [(path, _headers)] = server.requests_seen
    assert {stream.thing_id for stream in streams} == expected and 0 < len(expected) < len(heidelberg)
    assert "georel" not in path


def test_next_page_links_are_followed_where_a_broker_pages_by_anchor(transport, monkeypatch):
    monkeypatch.setattr("smartcity_qgis.core.platforms.ngsi.PAGE_SIZE", 1)
    with ngsi_replay.serve(ld_broker(link_paging=True)) as server:
        platform = Platform("ngsi-ld", server.url(""), ",".join(PARKING_TYPES))
        streams = list(load_streams(transport, platform))
        paths = [path for path, _headers in server.requests_seen]
    assert {stream.thing_id for stream in streams} == {
        recorded(f"{kind}_example-normalized.jsonld")["id"] for kind in PARKING_TYPES
    }
    assert [path.rsplit("pageAnchor=", 1)[-1] for path in paths[1:]] == [
        "1",
        "2",
    ]  # the broker's links, relative
