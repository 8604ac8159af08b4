"""Known answers from the real parking feeds."""

import json

import pytest

from smartcity_qgis.core.errors import FormatError, InputError
from smartcity_qgis.core.platforms.parking_feeds import ParkingRecord, detect_format, parse_parking_feed
from smartcity_qgis.core.platforms.sources import read_source
from tests.conftest import REPO


def by_id(records):
    return {record.id: record for record in records}


def test_parkapi_lot_list_herrenberg():
    data = (REPO / "smartcity_qgis" / "example" / "herrenberg-parking.json").read_bytes()
    assert detect_format(data) == "parkapi"
    records = by_id(parse_parking_feed(data))
    assert len(records) == 26
    garage = records["herrenbergaltstadtgarage"]
    assert (garage.capacity, garage.free, garage.occupied) == (97, 60, 37)
    assert garage.occupancy_rate == pytest.approx(37 / 97)
    assert (garage.lon, garage.lat) == (8.872705, 48.593768)
    assert records["herrenbergaischbachstrasse"].free is None


def test_datex2_static_joined_with_status(test_data):
    static = (test_data / "friedrichshafen-sensors-static.xml").read_bytes()
    status = (test_data / "friedrichshafen-sensors-realtime.xml").read_bytes()
    records = by_id(parse_parking_feed(static, status))
    assert len(records) == 55
    bay = records["PH19"]
    assert (bay.capacity, bay.free, bay.occupied) == (1, 0, 1)
    assert bay.observed_at == "2025-07-18T06:41:01.434Z"
    assert bay.name == "A1225b_Metzstraße_Hsnr.1"
    assert all(record.capacity == 1 for record in records.values())


def test_datex2_static_only_has_no_counts(test_data):
    records = parse_parking_feed((test_data / "friedrichshafen-sensors-static.xml").read_bytes())
    assert len(records) == 55
    assert {record.free for record in records} == {None}


def test_ngsi_v2_heidelberg(test_data):
    data = (test_data / "heidelberg.json").read_bytes()
    entities = {entity["id"]: entity for entity in json.loads(data)}
    records = by_id(parse_parking_feed(data))
    assert len(records) == len(entities) == 25
    unlocated = sorted(id_ for id_, record in records.items() if not record.has_location)
    assert unlocated == [f"urn:ngsiv2:OffStreetParking:P{n}" for n in ("02", "23", "24")]
    assert records["urn:ngsiv2:OffStreetParking:P02"].issues.startswith("no location")
    p01 = records["urn:ngsiv2:OffStreetParking:P01"]
    source = entities["urn:ngsiv2:OffStreetParking:P01"]
    assert p01.capacity == source["totalSpotNumber"]["value"]
    assert p01.free == source["availableSpotNumber"]["value"]
    assert p01.occupied == p01.capacity - p01.free


def test_ngsi_ld_normalized_smart_data_model(test_data):
    data = (test_data / "ngsi-ld" / "OffStreetParking_example-normalized.jsonld").read_bytes()
    [record] = parse_parking_feed(data)
    assert (record.capacity, record.free, record.occupied) == (414, 132, 282)
    assert record.observed_at == "2021-03-11T15:51:02Z"
    assert record.lon == pytest.approx(-8.60961198807)


def test_ngsi_parking_spot_key_values(test_data):
    [bay] = parse_parking_feed((test_data / "ParkingSpot_example.json").read_bytes())
    assert (bay.capacity, bay.free, bay.occupied, bay.status) == (1, 1, 0, "free")


def test_geojson_points_jena(test_data):
    records = parse_parking_feed((test_data / "jena.geojson").read_bytes())
    assert len(records) == 103
    assert by_id(records)["185"].name == "Eichplatz"


def test_implausible_counts_are_kept_and_flagged():
    record = ParkingRecord(id="x", name="x", kind="", lon=0, lat=0, capacity=10, free=12, occupied=-2)
    assert record.issues == "occupied < 0, free > capacity"
    assert record.occupancy_rate == pytest.approx(-0.2)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"lots": [', "not valid JSON"),
        (b"<d2LogicalModel><unclosed>", "not well-formed XML"),
        (b'{"something": 1}', "Unknown parking feed format"),
    ],
)
def test_malformed_feeds_give_clear_errors(data, words):
    with pytest.raises(FormatError, match=words):
        parse_parking_feed(data)


def test_read_source_missing_file_and_empty(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_source(str(tmp_path / "nope.json"), transport=None)
    with pytest.raises(InputError, match="No input"):
        read_source("  ", transport=None)


def datex_status(site_status, opening, observed, vacant=180, capacity_override=None):
    override = (
        f"<d2:parkingNumberOfSpacesOverride>{capacity_override}</d2:parkingNumberOfSpacesOverride>"
        if capacity_override is not None
        else ""
    )
    return (
        '<d2:d2LogicalModel xmlns:d2="http://datex2.eu/schema/2/2_0"><d2:payloadPublication>'
        "<d2:publicationTime>2026-11-20T12:00:00Z</d2:publicationTime>"
        '<d2:parkingRecordStatus><d2:parkingRecordReference id="P1"/>'
        f"<d2:parkingStatusOriginTime>{observed}</d2:parkingStatusOriginTime>"
        f"<d2:parkingOccupancy>{override}<d2:parkingNumberOfVacantSpaces>{vacant}</d2:parkingNumberOfVacantSpaces>"
        "</d2:parkingOccupancy>"
        f"<d2:parkingSiteStatus>{site_status}</d2:parkingSiteStatus>"
        f"<d2:parkingSiteOpeningStatus>{opening}</d2:parkingSiteOpeningStatus>"
        "</d2:parkingRecordStatus></d2:payloadPublication></d2:d2LogicalModel>"
    ).encode()


DATEX_TABLE = (
    b'<d2:d2LogicalModel xmlns:d2="http://datex2.eu/schema/2/2_0"><d2:parkingRecord id="P1">'
    b"<d2:parkingNumberOfSpaces>200</d2:parkingNumberOfSpaces><d2:latitude>47.65</d2:latitude>"
    b"<d2:longitude>9.48</d2:longitude></d2:parkingRecord></d2:d2LogicalModel>"
)


def test_a_closed_datex2_site_is_closed_whatever_its_counts_say():
    [record] = parse_parking_feed(
        DATEX_TABLE, datex_status("spacesAvailable", "closed", "2026-11-20T11:59:00Z"), "datex2"
    )
    assert (record.status, record.free) == ("closed", 180)


def test_capacity_zero_and_stale_counts_are_flagged_with_their_age():
    status = datex_status("spacesAvailable", "open", "2026-11-20T09:30:00Z", vacant=0, capacity_override=0)
    [record] = parse_parking_feed(DATEX_TABLE, status, "datex2", max_age_minutes=60)
    assert "capacity 0" in record.issues and "stale (150 min old)" in record.issues
    [fresh] = parse_parking_feed(
        DATEX_TABLE, datex_status("full", "open", "2026-11-20T11:30:00Z"), "datex2", max_age_minutes=60
    )
    assert "stale" not in fresh.issues and fresh.status == "full"


@pytest.mark.parametrize(
    "name, epsg",
    [
        ("urn:ogc:def:crs:EPSG::25832", 25832),
        ("EPSG:25833", 25833),
        ("http://www.opengis.net/def/crs/EPSG/0/3044", 3044),
        ("urn:ogc:def:crs:OGC:1.3:CRS84", 4326),
    ],
)
def test_the_legacy_crs_member_of_geojson_is_read(name, epsg):
    from smartcity_qgis.core.platforms.parking_feeds import geojson_epsg

    assert geojson_epsg({"crs": {"type": "name", "properties": {"name": name}}}) == epsg
    assert geojson_epsg({"type": "FeatureCollection"}) == 4326


def test_a_field_mapping_names_roles_and_refuses_unknown_ones():
    from smartcity_qgis.core.platforms.parking_feeds import property_mapping

    assert property_mapping("name = STANDORT; capacity=ANZ_PLAETZE\nfree=FREI") == {
        "name": "STANDORT",
        "capacity": "ANZ_PLAETZE",
        "free": "FREI",
    }
    assert property_mapping("") == {}
    with pytest.raises(InputError, match="spaces=ANZ"):
        property_mapping("spaces=ANZ")


def test_projected_geojson_without_a_converter_flags_the_points():
    feed = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "EPSG:25832"}},
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "P"},
                "geometry": {"type": "Point", "coordinates": [491000, 5382500]},
            }
        ],
    }
    [record] = parse_parking_feed(json.dumps(feed).encode())
    assert (
        not record.has_location
        and "coordinates in EPSG:25832 not converted" in record.issues
        and "no counts" in record.issues
    )
