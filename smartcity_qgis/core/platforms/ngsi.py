"""NGSI-LD and NGSI-v2 (FIWARE context brokers): entities, paging, streams and temporal history."""

import re
from urllib.parse import quote, urlencode

from ..errors import N_, Cancelled, FormatError
from ..transport import redact_url
from .sensors import Observation, SensorStream, point_of, split_result


def property_value(entity, name):
    """The value of attribute ``name`` in normalized or keyValues form (None when absent)."""
    attribute = entity.get(name)
    if isinstance(attribute, dict) and "value" in attribute:
        attribute = attribute["value"]
    if isinstance(attribute, dict) and "@value" in attribute:
        attribute = attribute["@value"]
    return attribute


def entity_location(entity):
    """(lon, lat) of an entity's point location (GeoProperty/geo:json or lat/lon attributes)."""
    location = property_value(entity, "location")
    if isinstance(location, dict) and location.get("type") == "Point":
        lon, lat = location["coordinates"][:2]
        return float(lon), float(lat)
    lat, lon = property_value(entity, "lat"), property_value(entity, "lon")
    if lat is not None and lon is not None:
        return float(lon), float(lat)
    return None


LD_PREFIX = "/ngsi-ld/v1"
V2_PREFIX = "/v2"
PAGE_SIZE = 100
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


def entities_url(root, flavour, entity_type, offset, limit=PAGE_SIZE, key_values=False):
    """One page of entities of ``entity_type`` with the total count requested."""
    params = [("type", entity_type), ("limit", limit), ("offset", offset)]
    if flavour == "ngsi-ld":
        params.append(("count", "true"))
        if key_values:
            params.append(("options", "keyValues"))
    else:
        params.append(("options", "count,keyValues" if key_values else "count"))
    prefix = LD_PREFIX if flavour == "ngsi-ld" else V2_PREFIX
    return f"{root}{prefix}/entities?" + urlencode(params, safe=",:")


def iterate_entities(
    transport,
    url,
    flavour,
    entity_type,
    headers=None,
    key_values=False,
    max_items=None,
    page_size=None,
    is_cancelled=lambda: False,
    progress=lambda done, total: None,
):
    """Yield entities page by page with ``limit``/``offset``; total from the count header."""
    page_size = page_size or PAGE_SIZE
    root = broker_root(url)
    count_header = "NGSILD-Results-Count" if flavour == "ngsi-ld" else "Fiware-Total-Count"
    offset, total, first_ids = 0, None, set()
    while total is None or offset < total:
        if is_cancelled():
            raise Cancelled()
        page_url = entities_url(root, flavour, entity_type, offset, page_size, key_values)
        response = transport.get(page_url, headers=headers)
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
        if len(entities) < page_size:
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


def history(transport, url, stream_id, start=None, end=None, headers=None, last_n=None):
    """The :class:`Observation` list of one NGSI-LD attribute from the temporal API."""
    entity_id, attribute = split_stream_id(stream_id)
    request_url = temporal_url(broker_root(url), entity_id, attribute, start, end, last_n)
    entity = transport.get(request_url, headers=headers).json()
    if not isinstance(entity, dict):
        raise FormatError(
            N_("The answer from {url} is not an NGSI-LD temporal entity."), url=redact_url(request_url)
        )
    return list(temporal_observations(entity, attribute, stream_id))


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
