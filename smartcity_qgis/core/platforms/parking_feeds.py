"""Parking feeds (ParkAPI, DATEX II 2.x, NGSI-v2/NGSI-LD, GeoJSON) → one normalised record list."""

import json
import math
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

from ..errors import N_, FormatError
from .ngsi import entity_location, property_value

FORMATS = ("auto", "parkapi", "datex2", "ngsi", "geojson")


@dataclass
class ParkingRecord:
    """One parking facility or bay in the normalised parking schema (WGS 84 coordinates)."""

    id: str
    name: str
    kind: str
    lon: float = None
    lat: float = None
    capacity: int = None
    free: int = None
    occupied: int = None
    status: str = ""
    observed_at: str = ""
    source: str = ""

    @property
    def occupancy_rate(self):
        """Occupied share of capacity (not clipped, so inconsistent feeds stay visible)."""
        if self.capacity and self.occupied is not None:
            return self.occupied / self.capacity
        return None

    @property
    def has_location(self):
        return self.lon is not None and self.lat is not None

    @property
    def issues(self):
        """Missing location and implausible counts, empty when the record is consistent."""
        problems = [] if self.has_location else ["no location"]
        for name in ("capacity", "free", "occupied"):
            value = getattr(self, name)
            if value is not None and value < 0:
                problems.append(f"{name} < 0")
        if self.capacity is not None and self.free is not None and self.free > self.capacity:
            problems.append("free > capacity")
        return ", ".join(problems)


def _float_or_none(value):
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def _int_or_none(value):
    number = _float_or_none(value)
    return int(number) if number is not None and math.isfinite(number) else None


def completed(record):
    """Derive the missing one of free/occupied from capacity and the other."""
    if record.capacity is not None:
        if record.free is None and record.occupied is not None:
            record.free = record.capacity - record.occupied
        elif record.occupied is None and record.free is not None:
            record.occupied = record.capacity - record.free
    return record


def detect_format(data):
    """Guess the feed format from its first bytes and top-level structure."""
    text = data.lstrip()[:1]
    if text == b"<":
        return "datex2"
    document = _load_json(data)
    if isinstance(document, dict) and "lots" in document:
        return "parkapi"
    if isinstance(document, dict) and "items" in document:
        return "parkapi"
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        return "geojson"
    if isinstance(document, list) or (isinstance(document, dict) and "type" in document):
        return "ngsi"
    raise FormatError(N_("Unknown parking feed format: expected ParkAPI, DATEX II, NGSI or GeoJSON."))


def _load_json(data):
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FormatError(N_("The parking feed is not valid JSON ({detail})."), detail=str(error)) from None


def parse_parking_feed(data, status_data=None, fmt="auto", source=""):
    """Parse feed bytes into :class:`ParkingRecord` objects; DATEX II may add a status publication."""
    fmt = detect_format(data) if fmt == "auto" else fmt
    if fmt == "datex2":
        records = parse_datex2(data, status_data)
    elif fmt == "parkapi":
        records = parse_parkapi(_load_json(data))
    elif fmt == "geojson":
        records = parse_geojson(_load_json(data))
    else:
        records = parse_ngsi(_load_json(data))
    for record in records:
        record.source = record.source or source
        completed(record)
    return records


def parse_parkapi(document):
    """ParkAPI v1 lot lists (``lots``) and ParkAPI v3 parking sites (``items``)."""
    if "lots" in document:
        return [
            ParkingRecord(
                id=str(lot.get("id", "")),
                name=lot.get("name", ""),
                kind=lot.get("lot_type", ""),
                lon=_float_or_none((lot.get("coords") or {}).get("lng")),
                lat=_float_or_none((lot.get("coords") or {}).get("lat")),
                capacity=_int_or_none(lot.get("total")),
                free=_int_or_none(lot.get("free")),
                status=lot.get("state", ""),
                observed_at=document.get("last_updated", ""),
            )
            for lot in document["lots"]
        ]
    return [
        ParkingRecord(
            id=str(site.get("id", "")),
            name=site.get("name", ""),
            kind=site.get("type", ""),
            lon=_float_or_none(site.get("lon")),
            lat=_float_or_none(site.get("lat")),
            capacity=_int_or_none(site.get("capacity")),
            free=_int_or_none(site.get("realtime_free_capacity")),
            status=site.get("realtime_opening_status", ""),
            observed_at=site.get("realtime_data_updated_at", ""),
        )
        for site in document["items"]
    ]


def parse_geojson(document):
    """GeoJSON point features with name/capacity/free-like properties."""
    records = []
    for feature in document.get("features", []):
        geometry = feature.get("geometry") or {}
        if geometry.get("type") != "Point":
            continue
        props = feature.get("properties") or {}
        records.append(
            ParkingRecord(
                id=str(props.get("id", feature.get("id", ""))),
                name=props.get("name", ""),
                kind=props.get("art", props.get("type", "")),
                lon=float(geometry["coordinates"][0]),
                lat=float(geometry["coordinates"][1]),
                capacity=_int_or_none(props.get("capacity", props.get("total"))),
                free=_int_or_none(props.get("free")),
            )
        )
    return records


def parse_ngsi(document):
    """NGSI-v2 / NGSI-LD parking entities (normalized or keyValues), e.g. Smart Data Models."""
    entities = document if isinstance(document, list) else [document]
    records = []
    for entity in entities:
        position = entity_location(entity) or (None, None)
        value = lambda name, e=entity: property_value(e, name)  # noqa: E731
        status = value("status")
        records.append(
            ParkingRecord(
                id=str(entity.get("id", "")),
                name=value("name") or "",
                kind=entity.get("type", ""),
                lon=position[0],
                lat=position[1],
                capacity=_int_or_none(value("totalSpotNumber")),
                free=_int_or_none(value("availableSpotNumber")),
                occupied=_int_or_none(value("occupiedSpotNumber")),
                status=", ".join(status) if isinstance(status, list) else str(status or ""),
                observed_at=str(value("observationDateTime") or value("dateModified") or ""),
            )
        )
    for bay in (record for record in records if record.kind == "ParkingSpot"):
        bay.capacity = 1
        bay.occupied = {"occupied": 1, "free": 0}.get(bay.status)
    return records


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _children(element, name):
    return [child for child in element.iter() if _local(child.tag) == name]


def _text(element, name):
    found = _children(element, name)
    return found[0].text.strip() if found and found[0].text else None


def _parse_xml(data):
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise FormatError(
            N_("The DATEX II document is not valid XML ({detail})."), detail=str(error)
        ) from None


def parse_datex2(static_data, status_data=None):
    """DATEX II 2.x ParkingTablePublication, optionally joined with a ParkingStatusPublication."""
    records = {}
    for record in _children(_parse_xml(static_data), "parkingRecord"):
        kind = _text(record, "urbanParkingSiteType") or _text(record, "parkingLayout") or ""
        records[record.get("id")] = ParkingRecord(
            id=record.get("id"),
            name=_text(record, "value") or record.get("id"),
            kind=kind,
            lon=_float_or_none(_text(record, "longitude")),
            lat=_float_or_none(_text(record, "latitude")),
            capacity=_int_or_none(_text(record, "parkingNumberOfSpaces")),
        )
    if status_data:
        for status in _children(_parse_xml(status_data), "parkingRecordStatus"):
            reference = _children(status, "parkingRecordReference")
            record = records.get(reference[0].get("id")) if reference else None
            if record is None:
                continue
            override = _int_or_none(_text(status, "parkingNumberOfSpacesOverride"))
            record.capacity = override if override is not None else record.capacity
            record.free = _int_or_none(_text(status, "parkingNumberOfVacantSpaces"))
            record.occupied = _int_or_none(_text(status, "parkingNumberOfOccupiedSpaces"))
            record.status = _text(status, "parkingSiteStatus") or _text(status, "parkingOccupancyTrend") or ""
            record.observed_at = _text(status, "parkingStatusOriginTime") or ""
    return list(records.values())
