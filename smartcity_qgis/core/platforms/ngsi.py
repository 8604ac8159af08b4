"""NGSI-LD and NGSI-v2 (FIWARE context brokers): entities, paging, streams and temporal history."""

import json
import re
from urllib.parse import quote, urlencode, urljoin

from ..errors import N_, Cancelled, FormatError, HttpError
from ..transport import redact_url
from .sensors import Observation, SensorStream, finite_float, point_of, split_result


def property_value(entity, name):
    """The value of attribute ``name`` in normalized or keyValues form (None when absent)."""
    attribute = entity.get(name)
    if isinstance(attribute, dict) and "value" in attribute:
        attribute = attribute["value"]
    if isinstance(attribute, dict) and "@value" in attribute:
        attribute = attribute["@value"]
    return attribute


def entity_location(entity):
    """(lon, lat) of an entity's point location (GeoProperty/geo:json or lat/lon attributes), or
    None when there is none or it is not a usable WGS 84 position."""
    location = property_value(entity, "location")
    if isinstance(location, dict) and location.get("type") == "Point":
        coordinates = location.get("coordinates")
        pair = coordinates[:2] if isinstance(coordinates, list) and len(coordinates) >= 2 else (None, None)
    else:
        pair = property_value(entity, "lon"), property_value(entity, "lat")
    lon, lat = (finite_float(value) for value in pair)
    if lon is None or lat is None or abs(lon) > 180 or abs(lat) > 90:
        return None
    return lon, lat


LD_PREFIX = "/ngsi-ld/v1"
V2_PREFIX = "/v2"
PAGE_SIZE = 100
REFUSED_STATUSES = frozenset({400, 422, 500, 501})  # how brokers answer a query feature they lack
MAX_TEMPORAL_PAGES = 1000  # partial (206) temporal answers followed at most
# <url>; rel="next" in a Link header (not the JSON-LD context link, whose rel is a URL)
LINK_NEXT = re.compile(r'<([^>]+)>\s*;[^,]*?\brel\s*=\s*"?next\b')
# "DateTime <from>-<to>/<size>": the ISO times themselves contain hyphens, the second one starts with a year
CONTENT_RANGE = re.compile(r"(?i)^\s*date-?time\s+(\S+?)-(\d{4}-\d{2}-\d{2}T\S*?)/\S+\s*$")
# Attributes that describe an entity rather than measure something.
DESCRIPTIVE_ATTRIBUTES = frozenset(
    {
        "id",
        "type",
        "@context",
        "location",
        "name",
        "description",
        "address",
        "observationSpace",
        "operationSpace",
        "createdAt",
        "modifiedAt",
        "dateCreated",
        "dateModified",
        "dateObserved",
        "TimeInstant",
        "source",
        "dataProvider",
        "seeAlso",
        "alternateName",
        "owner",
        "lat",
        "lon",
    }
)


def broker_root(url):
    """The broker root of a URL that may already end in ``/ngsi-ld/v1…`` or ``/v2…``."""
    url = url.rstrip("/")
    for prefix in (LD_PREFIX, V2_PREFIX):
        if prefix + "/" in url + "/":
            return url[: (url + "/").index(prefix + "/")]
    return url


def request_headers(flavour, tenant="", service_path="", context=""):
    """HTTP headers for an NGSI-LD or NGSI-v2 request (tenant, service path, ``@context`` link)."""
    headers = {"Accept": "application/json"}
    if flavour == "ngsi-ld":
        if tenant:
            headers["NGSILD-Tenant"] = tenant
        if context:
            headers["Link"] = (
                f'<{context}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"'
            )
    else:
        if tenant:
            headers["Fiware-Service"] = tenant
        if service_path:
            headers["Fiware-ServicePath"] = service_path
    return headers


def geo_query(flavour, bbox):
    """NGSI-LD query parameters asking for entities whose ``location`` touches ``bbox`` = ``(west,
    south, east, north)`` in WGS 84 (``georel=intersects`` a polygon): a superset of those the
    caller keeps, whose point must lie inside. None for NGSI-v2, whose feeds often give positions
    as plain ``lat``/``lon`` numbers that a broker's geographic query does not see."""
    if bbox is None or flavour != "ngsi-ld":
        return []
    west, south, east, north = bbox
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return [("georel", "intersects"), ("geometry", "Polygon"), ("coordinates", json.dumps([ring]))]


def entities_url(root, flavour, entity_type, offset, limit=PAGE_SIZE, key_values=False, geo=()):
    """One page of entities of ``entity_type`` with the total count requested (and the ``geo``
    query of :func:`geo_query`)."""
    params = [("type", entity_type), *geo, ("limit", limit), ("offset", offset)]
    if flavour == "ngsi-ld":
        params.append(("count", "true"))
        if key_values:
            params.append(("options", "keyValues"))
    else:
        params.append(("options", "count,keyValues" if key_values else "count"))
    prefix = LD_PREFIX if flavour == "ngsi-ld" else V2_PREFIX
    return f"{root}{prefix}/entities?" + urlencode(params, safe=",:")


def next_link(response, page_url):
    """The URL of the next page a broker names in a ``Link: <…>; rel="next"`` header, resolved
    against the page's URL; None without one."""
    found = LINK_NEXT.search(response.header("link") or "")
    return urljoin(page_url, found.group(1)) if found else None


def iterate_entities(
    transport,
    url,
    flavour,
    entity_type,
    headers=None,
    key_values=False,
    max_items=None,
    page_size=None,
    bbox=None,
    is_cancelled=lambda: False,
    progress=lambda done, total: None,
    notify=lambda message, **params: None,
):
    """Yield entities page by page with ``limit``/``offset``, or by the next-page links a broker
    sends (``Link: <…>; rel="next"``); total from the count header.

    With a ``bbox`` an NGSI-LD broker is asked for the entities inside it; one that refuses the
    geographic query is asked again without it (the caller filters by the bbox in any case).
    """
    page_size = page_size or PAGE_SIZE
    root = broker_root(url)
    count_header = "NGSILD-Results-Count" if flavour == "ngsi-ld" else "Fiware-Total-Count"
    geo = geo_query(flavour, bbox)
    offset, total, first_ids, following = 0, None, set(), None
    while following or total is None or offset < total:
        if is_cancelled():
            raise Cancelled()
        page_url = following or entities_url(root, flavour, entity_type, offset, page_size, key_values, geo)
        try:
            response = transport.get(page_url, headers=headers)
        except HttpError as error:
            if not geo or offset or error.status not in REFUSED_STATUSES:
                raise
            notify(N_("The broker does not support geographic queries; the bounding box is applied locally."))
            geo = []
            continue
        entities = response.json()
        if not isinstance(entities, list):
            raise FormatError(
                N_("The answer from {url} is not a list of NGSI entities."), url=redact_url(page_url)
            )
        if not entities:
            return
        first = str(entities[0].get("id")) if isinstance(entities[0], dict) else ""
        if first in first_ids:
            raise FormatError(
                N_("The server's paging repeats ({url}); stopped to avoid an endless loop."),
                url=redact_url(page_url),
            )
        first_ids.add(first)
        header = response.header(count_header)
        total = int(header) if header and header.strip().isdigit() else total
        for entity in entities:
            yield entity
            offset += 1
            progress(offset, total)
            if max_items is not None and offset >= max_items:
                return
        following = next_link(response, page_url)
        if following is None and len(entities) < page_size:
            return


def compact(term):
    """The short name of an expanded JSON-LD term: ``https://…/Parking#status`` → ``status``."""
    return re.split(r"[/#]", str(term))[-1]


def _attribute_unit_and_time(attribute):
    """``(unit code, observation time)`` of a normalized NGSI-LD or NGSI-v2 attribute."""
    if not isinstance(attribute, dict):
        return "", ""
    metadata = attribute.get("metadata") or {}
    unit = attribute.get("unitCode") or (metadata.get("unitCode") or {}).get("value") or ""
    observed = attribute.get("observedAt") or (metadata.get("TimeInstant") or {}).get("value") or ""
    return str(unit), str(observed)


def _is_measurement(name, value, observed):
    """Numbers and booleans; text only when it is time-stamped or the Smart Data Models ``status``."""
    if isinstance(value, (bool, int, float)):
        return True
    return isinstance(value, str) and bool(observed or name == "status")


def entity_streams(entity, flavour):
    """One :class:`SensorStream` per measured attribute of an entity (normalized or keyValues).

    Measured attributes are Properties with a number or boolean value, or a text value that is
    time-stamped (``observedAt``) or the entity's ``status``; relationships, descriptive
    attributes and structured values are left out.
    """
    entity_id = str(entity.get("id", ""))
    location = property_value(entity, "location")
    point = point_of(location) if isinstance(location, dict) else entity_location(entity)
    thing_name = str(property_value(entity, "name") or entity_id)
    fallback_time = str(property_value(entity, "dateObserved") or property_value(entity, "TimeInstant") or "")
    for key, attribute in entity.items():
        name = compact(key)
        if name in DESCRIPTIVE_ATTRIBUTES or name.startswith("ref"):
            continue
        if isinstance(attribute, dict) and attribute.get("type") in ("Relationship", "GeoProperty"):
            continue
        value = property_value(entity, key)
        unit, observed = _attribute_unit_and_time(attribute)
        if not _is_measurement(name, value, observed):
            continue
        number, text = split_result(value)
        yield SensorStream(
            platform=flavour,
            thing_id=entity_id,
            thing_name=thing_name,
            stream_id=f"{entity_id}#{name}",
            stream_name=name,
            observed_property=name,
            unit=unit,
            lon=point[0] if point else None,
            lat=point[1] if point else None,
            latest_value=number,
            latest_text=text,
            latest_time=observed or fallback_time,
            properties={"type": compact(entity.get("type", ""))},
        )


def split_stream_id(stream_id):
    """``(entity id, attribute)`` of a stream id ``urn:…#attribute``."""
    entity_id, _hash, attribute = str(stream_id).rpartition("#")
    if not entity_id or not attribute:
        raise FormatError(
            N_("'{stream}' is not an NGSI stream id; expected <entity id>#<attribute>."), stream=stream_id
        )
    return entity_id, attribute


def temporal_url(root, entity_id, attribute, start=None, end=None, last_n=None):
    """The NGSI-LD temporal API URL of one attribute's history in a time range."""
    params = [("attrs", attribute), ("options", "temporalValues")]
    if start and end:
        params += [("timerel", "between"), ("timeAt", start), ("endTimeAt", end)]
    elif start:
        params += [("timerel", "after"), ("timeAt", start)]
    elif end:
        params += [("timerel", "before"), ("timeAt", end)]
    if last_n:
        params.append(("lastN", int(last_n)))
    return f"{root}{LD_PREFIX}/temporal/entities/{quote(entity_id, safe=':')}?" + urlencode(params, safe=":,")


def temporal_observations(entity, attribute, stream_id):
    """Observations of a temporal entity: ``temporalValues`` pairs or normalized instances."""
    history = next((value for key, value in entity.items() if compact(key) == attribute), None)
    if isinstance(history, dict) and isinstance(history.get("values"), list):
        pairs = [tuple(pair[:2]) for pair in history["values"] if isinstance(pair, list) and len(pair) >= 2]
    else:
        instances = history if isinstance(history, list) else [history] if isinstance(history, dict) else []
        pairs = [(item.get("value"), item.get("observedAt")) for item in instances if isinstance(item, dict)]
    for value, observed in sorted((pair for pair in pairs if pair[1]), key=lambda pair: str(pair[1])):
        number, text = split_result(value)
        yield Observation(stream_id, str(observed), str(observed), number, text)


def continued_range(response, start, end):
    """The ``(start, end)`` of the request after a partial (206) temporal answer, or None when it
    cannot go on. The answer's ``Content-Range: DateTime <from>-<to>/<size>`` runs from the oldest
    to the newest time it holds when paging forwards, and from the newest to the oldest when
    paging backwards (``lastN``); the next request starts after, or ends before, what came."""
    found = CONTENT_RANGE.match(response.header("content-range") or "")
    if found is None:
        return None
    first, last = found.group(1), found.group(2)
    inside = last > (start or "") and (not end or last < end)
    if first < last and inside:
        return last, end
    if last < first and inside:
        return start, last
    return None


def history(
    transport,
    url,
    stream_id,
    start=None,
    end=None,
    headers=None,
    last_n=None,
    is_cancelled=lambda: False,
    notify=lambda message, **params: None,
):
    """The :class:`Observation` list of one NGSI-LD attribute from the temporal API, oldest first.

    A broker that answers ``206 Partial Content`` is asked again for the rest of the range
    (NGSI-LD temporal pagination: forwards, or backwards from the newest values with ``lastN``);
    a partial answer that cannot be continued is reported.
    """
    entity_id, attribute = split_stream_id(stream_id)
    by_time = {}

    def oldest_first():
        rows = [by_time[time] for time in sorted(by_time)]
        return rows[-last_n:] if last_n else rows

    for _page in range(MAX_TEMPORAL_PAGES):
        if is_cancelled():
            raise Cancelled()
        request_url = temporal_url(broker_root(url), entity_id, attribute, start, end, last_n)
        response = transport.get(request_url, headers=headers)
        entity = response.json()
        if not isinstance(entity, dict):
            raise FormatError(
                N_("The answer from {url} is not an NGSI-LD temporal entity."), url=redact_url(request_url)
            )
        by_time.update((row.start, row) for row in temporal_observations(entity, attribute, stream_id))
        if response.status != 206 or (last_n and len(by_time) >= last_n):
            return oldest_first()
        following = continued_range(response, start, end)
        if following is None:
            notify(
                N_(
                    "The broker sent only part of the history of {stream} ({count} values) and no "
                    "range to continue from."
                ),
                stream=stream_id,
                count=len(by_time),
            )
            return oldest_first()
        start, end = following
    notify(
        N_("The history of {stream} was cut after {count} partial answers."),
        stream=stream_id,
        count=MAX_TEMPORAL_PAGES,
    )
    return oldest_first()


def attribute_stream(transport, url, flavour, stream_id, headers=None):
    """The :class:`SensorStream` of one entity attribute, fetched by entity id."""
    entity_id, attribute = split_stream_id(stream_id)
    prefix = LD_PREFIX if flavour == "ngsi-ld" else V2_PREFIX
    request_url = f"{broker_root(url)}{prefix}/entities/{quote(entity_id, safe=':')}"
    entity = transport.get(request_url, headers=headers).json()
    if not isinstance(entity, dict):
        raise FormatError(N_("The answer from {url} is not an NGSI entity."), url=redact_url(request_url))
    for stream in entity_streams(entity, flavour):
        if stream.stream_name == attribute:
            return stream
    raise FormatError(
        N_("Entity {entity} has no measured attribute '{attribute}'."), entity=entity_id, attribute=attribute
    )
