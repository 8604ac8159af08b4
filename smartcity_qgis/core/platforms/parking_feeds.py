"""Parking feeds (ParkAPI, DATEX II 2.x, NGSI-v2/NGSI-LD, GeoJSON) → one normalised record list."""

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .. import safe_xml
from ..crs import epsg_of_srs_name
from ..errors import N_, FormatError, InputError
from ..transport import redact_url
from .ngsi import entity_location, property_value
from .sensors import finite_float

FORMATS = ("auto", "parkapi", "datex2", "ngsi", "geojson")
MAX_SPACES = 100_000  # more spaces than any car park or zone has: a broken count


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
    problems: list = field(default_factory=list)

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
        """Missing location, unreadable values and implausible counts; empty when consistent."""
        problems = list(self.problems) + ([] if self.has_location else ["no location"])
        for name in ("capacity", "free", "occupied"):
            value = getattr(self, name)
            if value is not None and value < 0:
                problems.append(f"{name} < 0")
        if self.capacity == 0:
            problems.append("capacity 0")
        if self.capacity is not None and self.free is not None and self.free > self.capacity:
            problems.append("free > capacity")
        return ", ".join(problems)


def _int_or_none(value):
    number = finite_float(value)
    return int(number) if number is not None else None


class RecordReader:
    """Reads the values of one feed record defensively: a value of the wrong kind becomes None
    (or empty text) and is noted in the record's ``problems`` instead of stopping the feed."""

    def __init__(self):
        self.problems = []

    def text(self, name, value):
        if value is None:
            return ""
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return safe_xml.strip_control(str(value))
        self.problems.append(f"{name} is not text")
        return ""

    def count(self, name, value):
        number = finite_float(value)
        if value not in (None, "") and number is None:
            self.problems.append(f"{name} is not a number")
        elif number is not None and not -MAX_SPACES <= number <= MAX_SPACES:
            self.problems.append(f"{name} {number:g} implausible")
            return None
        return int(number) if number is not None else None

    def coordinate(self, name, value, limit):
        number = finite_float(value)
        if value not in (None, "") and (number is None or abs(number) > limit):
            self.problems.append(f"{name} unusable")
            return None
        return number

    def time(self, value):
        """ISO text as it is; a number as seconds (or milliseconds) since 1970, in UTC."""
        number = finite_float(value) if not isinstance(value, str) else None
        if number is not None:
            seconds = number / 1000 if abs(number) > 1e11 else number
            try:
                return datetime.fromtimestamp(seconds, timezone.utc).isoformat().replace("+00:00", "Z")
            except (OverflowError, OSError, ValueError):
                self.problems.append("time unusable")
                return ""
        return self.text("time", value)

    def record(self, **values):
        record = ParkingRecord(**values)
        record.problems = self.problems
        return record


def members(container, key, where):
    """The list ``container[key]`` of a feed, each member an object; FormatError naming what is wrong."""
    items = container.get(key) if isinstance(container, dict) else None
    if not isinstance(items, list):
        raise FormatError(N_("The {where} feed's '{key}' is not a list."), where=where, key=key)
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise FormatError(
                N_("Entry {number} of the {where} feed's '{key}' is not an object."),
                number=number,
                where=where,
                key=key,
            )
    return items


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
    return "datex2" if is_xml(data) else json_format(_load_json(data))


def is_xml(data):
    return data.lstrip()[:1] == b"<"


def json_format(document):
    """The format of a parsed JSON feed from its top-level structure."""
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
    except ValueError as error:  # invalid JSON, text or a number of thousands of digits
        raise FormatError(N_("The parking feed is not valid JSON ({detail})."), detail=str(error)) from None
    except RecursionError:
        raise FormatError(N_("The parking feed is nested too deeply to be a parking feed.")) from None


def parse_parking_feed(
    data,
    status_data=None,
    fmt="auto",
    source="",
    max_age_minutes=None,
    now=None,
    properties=None,
    to_wgs84=None,
):
    """Parse feed bytes into :class:`ParkingRecord` objects; DATEX II may add a status publication.

    With ``max_age_minutes``, counts observed longer ago than that before the feed's publication
    time (DATEX II ``publicationTime``, ParkAPI ``last_downloaded``) or else ``now`` (UTC datetime,
    default: the current time) are flagged as stale with their age. ``properties`` and
    ``to_wgs84``: see :func:`parse_geojson`.
    """
    if fmt == "datex2" or (fmt == "auto" and is_xml(data)):
        table = safe_xml.parse_bytes(data, "DATEX II")
        status = safe_xml.parse_bytes(status_data, "DATEX II") if status_data else None
        records = parse_datex2(table, status)
        published = utc_time(_text(table if status is None else status, "publicationTime") or "")
    else:
        document = _load_json(data)
        fmt = json_format(document) if fmt == "auto" else fmt
        records = (
            parse_geojson(document, properties, to_wgs84) if fmt == "geojson" else JSON_PARSERS[fmt](document)
        )
        fetched = (
            document.get("last_downloaded", "") if fmt == "parkapi" and isinstance(document, dict) else ""
        )
        published = utc_time(fetched) if fetched else None
    for record in records:
        record.source = redact_url(record.source or source)
        completed(record)
    if max_age_minutes is not None:
        flag_stale(records, published or now or datetime.now(timezone.utc), max_age_minutes)
    return records


def utc_time(text):
    """An aware UTC datetime from ISO 8601 text, or None."""
    try:
        moment = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def flag_stale(records, reference, max_age_minutes):
    """Flag the counts of ``records`` observed more than ``max_age_minutes`` before ``reference``."""
    for record in records:
        observed = utc_time(record.observed_at) if record.observed_at else None
        if observed is None:
            continue
        age = (reference - observed).total_seconds() / 60.0
        if age > max_age_minutes:
            record.problems.append(f"stale ({age:.0f} min old)")


def parse_parkapi(document):
    """ParkAPI v1 lot lists (``lots``) and ParkAPI v3 parking sites (``items``)."""
    if "lots" in document:
        updated = RecordReader().time(document.get("last_updated"))
        return [parkapi_lot(lot, updated) for lot in members(document, "lots", "ParkAPI")]
    return [parkapi_site(site) for site in members(document, "items", "ParkAPI")]


def parkapi_lot(lot, updated):
    read = RecordReader()
    coords = lot.get("coords") if isinstance(lot.get("coords"), dict) else {}
    return read.record(
        id=read.text("id", lot.get("id")),
        name=read.text("name", lot.get("name")),
        kind=read.text("lot_type", lot.get("lot_type")),
        lon=read.coordinate("lng", coords.get("lng"), 180),
        lat=read.coordinate("lat", coords.get("lat"), 90),
        capacity=read.count("total", lot.get("total")),
        free=read.count("free", lot.get("free")),
        status=read.text("state", lot.get("state")),
        observed_at=updated,
    )


def parkapi_site(site):
    read = RecordReader()
    return read.record(
        id=read.text("id", site.get("id")),
        name=read.text("name", site.get("name")),
        kind=read.text("type", site.get("type")),
        lon=read.coordinate("lon", site.get("lon"), 180),
        lat=read.coordinate("lat", site.get("lat"), 90),
        capacity=read.count("capacity", site.get("capacity")),
        free=read.count("realtime_free_capacity", site.get("realtime_free_capacity")),
        status=read.text("realtime_opening_status", site.get("realtime_opening_status")),
        observed_at=read.time(site.get("realtime_data_updated_at")),
    )


# GeoJSON properties tried for each value when no mapping names one (German portals included)
GEOJSON_PROPERTIES = {
    "id": ("id", "kennung", "objectid"),
    "name": ("name", "bezeichnung", "title"),
    "kind": ("type", "art"),
    "capacity": ("capacity", "total", "kapazitaet", "stellplaetze", "plaetze"),
    "free": ("free", "frei", "freie_plaetze"),
    "occupied": ("occupied", "belegt"),
    "status": ("status", "zustand"),
    "time": ("observed_at", "timestamp", "zeitstempel", "updated"),
}


def property_mapping(text):
    """``{role: property}`` from ``"name=bezeichnung; capacity=stellplaetze"`` (roles as in
    :data:`GEOJSON_PROPERTIES`); InputError naming an unknown role."""
    mapping = {}
    for part in re.split(r"[;,\n]", text or ""):
        if not part.strip():
            continue
        role, _equals, name = part.partition("=")
        role = role.strip().lower()
        if role not in GEOJSON_PROPERTIES or not name.strip():
            raise InputError(
                N_("'{part}' is no field mapping: write role=property with a role from {roles}."),
                part=part.strip(),
                roles=", ".join(GEOJSON_PROPERTIES),
            )
        mapping[role] = name.strip()
    return mapping


def geojson_epsg(document):
    """The EPSG code of a GeoJSON document's (legacy) ``crs`` member; 4326 without one."""
    crs = document.get("crs") if isinstance(document, dict) else None
    properties = crs.get("properties") if isinstance(crs, dict) else None
    name = properties.get("name") if isinstance(properties, dict) else None
    return epsg_of_srs_name(str(name)) if name else 4326


def parse_geojson(document, properties=None, to_wgs84=None):
    """GeoJSON point features with parking properties: ``properties`` maps roles (name, capacity …)
    to property names, else the usual names are tried. Coordinates in another CRS (legacy ``crs``
    member) go through ``to_wgs84(epsg, x, y)`` → ``(lon, lat)`` or None outside the CRS's area."""
    epsg = geojson_epsg(document)
    records = []
    for feature in members(document, "features", "GeoJSON"):
        geometry = feature.get("geometry") if isinstance(feature.get("geometry"), dict) else {}
        if geometry.get("type") != "Point":
            continue
        props = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
        value = property_reader(props, properties)
        read = RecordReader()
        lon, lat = geojson_position(geometry.get("coordinates"), epsg, to_wgs84, read)
        records.append(
            read.record(
                id=read.text("id", value("id") if value("id") is not None else feature.get("id")),
                name=read.text("name", value("name")),
                kind=read.text("type", value("kind")),
                lon=lon,
                lat=lat,
                capacity=read.count("capacity", value("capacity")),
                free=read.count("free", value("free")),
                occupied=read.count("occupied", value("occupied")),
                status=read.text("status", value("status")),
                observed_at=read.time(value("time")),
            )
        )
    if records and all(r.capacity is None and r.free is None and r.occupied is None for r in records):
        for record in records:
            record.problems.append("no counts")
    return records


def property_reader(props, properties):
    """``value(role)``: the feature property mapped to ``role`` (any letter case), or the first of
    the usual names that the feature has."""
    lowered = {str(key).lower(): value for key, value in props.items()}

    def value(role):
        if properties and role in properties:
            return props.get(properties[role], lowered.get(properties[role].lower()))
        return next((lowered[name] for name in GEOJSON_PROPERTIES[role] if name in lowered), None)

    return value


def geojson_position(coordinates, epsg, to_wgs84, read):
    """``(lon, lat)`` of a GeoJSON point in the document's CRS ``epsg``; problems noted in ``read``."""
    if not (isinstance(coordinates, list) and len(coordinates) >= 2):
        return None, None
    if epsg == 4326:
        return read.coordinate("x", coordinates[0], 180), read.coordinate("y", coordinates[1], 90)
    x, y = finite_float(coordinates[0]), finite_float(coordinates[1])
    if not epsg:
        read.problems.append("coordinates in an unknown CRS")
    elif to_wgs84 is None:
        read.problems.append(f"coordinates in EPSG:{epsg} not converted")
    else:
        position = to_wgs84(epsg, x, y) if None not in (x, y) else None
        if position is not None:
            return position
        read.problems.append(f"coordinates outside EPSG:{epsg}")
    return None, None


def parse_ngsi(document):
    """NGSI-v2 / NGSI-LD parking entities (normalized or keyValues), e.g. Smart Data Models."""
    entities = document if isinstance(document, list) else [document]
    records = []
    for number, entity in enumerate(entities, 1):
        if not isinstance(entity, dict):
            raise FormatError(N_("Entry {number} of the NGSI feed is not an object."), number=number)
        read = RecordReader()
        position = entity_location(entity) or (None, None)
        status = property_value(entity, "status")
        records.append(
            read.record(
                id=read.text("id", entity.get("id")),
                name=read.text("name", property_value(entity, "name")),
                kind=read.text("type", entity.get("type")),
                lon=position[0],
                lat=position[1],
                capacity=read.count("totalSpotNumber", property_value(entity, "totalSpotNumber")),
                free=read.count("availableSpotNumber", property_value(entity, "availableSpotNumber")),
                occupied=read.count("occupiedSpotNumber", property_value(entity, "occupiedSpotNumber")),
                status=", ".join(map(str, status))
                if isinstance(status, list)
                else read.text("status", status),
                observed_at=read.time(
                    property_value(entity, "observationDateTime") or property_value(entity, "dateModified")
                ),
            )
        )
    for bay in (record for record in records if record.kind == "ParkingSpot"):
        bay.capacity = 1
        bay.occupied = {"occupied": 1, "free": 0}.get(bay.status)
    return records


JSON_PARSERS = {"parkapi": parse_parkapi, "ngsi": parse_ngsi}


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _children(element, name):
    return [child for child in element.iter() if isinstance(child.tag, str) and _local(child.tag) == name]


def _text(element, name):
    found = _children(element, name)
    return found[0].text.strip() if found and found[0].text else None


def parse_datex2(table, publication=None):
    """DATEX II 2.x ParkingTablePublication (parsed root), optionally joined with a parsed
    ParkingStatusPublication."""
    records = {}
    for record in _children(table, "parkingRecord"):
        kind = _text(record, "urbanParkingSiteType") or _text(record, "parkingLayout") or ""
        records[record.get("id")] = ParkingRecord(
            id=record.get("id"),
            name=_text(record, "value") or record.get("id"),
            kind=kind,
            lon=finite_float(_text(record, "longitude")),
            lat=finite_float(_text(record, "latitude")),
            capacity=_int_or_none(_text(record, "parkingNumberOfSpaces")),
        )
    if publication is not None:
        for status in _children(publication, "parkingRecordStatus"):
            reference = _children(status, "parkingRecordReference")
            record = records.get(reference[0].get("id")) if reference else None
            if record is None:
                continue
            override = _int_or_none(_text(status, "parkingNumberOfSpacesOverride"))
            record.capacity = override if override is not None else record.capacity
            record.free = _int_or_none(_text(status, "parkingNumberOfVacantSpaces"))
            record.occupied = _int_or_none(_text(status, "parkingNumberOfOccupiedSpaces"))
            site, opening = _text(status, "parkingSiteStatus"), _text(status, "parkingSiteOpeningStatus")
            # a site that is closed is closed, whatever its counts say
            record.status = (
                "closed"
                if "closed" in (site, opening)
                else site or _text(status, "parkingOccupancyTrend") or ""
            )
            record.observed_at = _text(status, "parkingStatusOriginTime") or ""
    return list(records.values())
