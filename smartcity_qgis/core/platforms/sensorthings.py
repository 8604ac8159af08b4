"""OGC SensorThings API 1.0/1.1 building blocks: URLs, paging and the shapes servers send.

Works with FROST (integer ids, nested ``X@iot.nextLink``, interval times, Feature locations)
and with servers that use quoted string/UUID ids.
"""

import json
from collections import deque
from itertools import chain, compress, islice
from operator import itemgetter, lt
from urllib.parse import quote

from ..errors import N_, Cancelled, FormatError, HttpError
from ..transport import collector_paused, redact_url
from .sensors import ObservationColumns, SensorStream, in_bbox, name_matches, point_of, split_result

QUERY_SAFE = "$(),;='/:*"
# Statuses with which servers refuse a query feature they do not implement (some answer an
# unsupported nested expansion of an existing collection with 404).
REFUSED_STATUSES = frozenset({400, 404, 500, 501})
LATEST_ORDERS = ("phenomenonTime", "resultTime")
RECENT_IDS = 2000
MAX_BARREN_PAGES = 5  # pages in a row without new entities before paging stops
# Observations per data-array page: compact rows, so far more per request than the default 100
# (servers cap $top at their own maximum; FROST and django-ogc-sensorthings allow 10,000).
DATA_ARRAY_PAGE = 10000


def id_literal(entity_id):
    """The id as it appears in a URL path: ``Things(7)`` or ``Things('a-b')``."""
    if isinstance(entity_id, int) and not isinstance(entity_id, bool):
        return str(entity_id)
    return "'" + str(entity_id).replace("'", "''") + "'"


def entity_url(base_url, collection, entity_id=None, navigation=None, **options):
    """``<base>/<collection>[(id)][/<navigation>]?$option=…`` with options as ``top=10, filter=…``."""
    url = f"{base_url.rstrip('/')}/{collection}"
    if entity_id is not None:
        url += f"({id_literal(entity_id)})"
    if navigation:
        url += f"/{navigation}"
    query = "&".join(
        f"${name}={quote(str(value), safe=QUERY_SAFE)}"
        for name, value in options.items()
        if value is not None
    )
    return f"{url}?{query}" if query else url


def fetch_page(transport, url):
    """One collection page; a :class:`FormatError` when it has no ``value`` list."""
    return collection_page(transport.get(url), url)


def collection_page(response, url):
    """The decoded collection page of ``response`` to a request of ``url`` (see :func:`fetch_page`)."""
    page = response.json()
    if not isinstance(page, dict) or not isinstance(page.get("value"), list):
        raise FormatError(
            N_("The answer from {url} is not a SensorThings collection (no 'value' list)."),
            url=redact_url(url),
        )
    return page


def first_accepted(transport, urls):
    """``(index, page)`` of the first URL the server accepts.

    Servers answer unsupported query features (``geo.intersects``, some ``$orderby``) with 400
    or 5xx; the caller lists its requests from most to least demanding. The last refusal is raised.
    """
    for index, url in enumerate(urls):
        try:
            return index, fetch_page(transport, url)
        except HttpError as error:
            if error.status not in REFUSED_STATUSES or index == len(urls) - 1:
                raise
    raise ValueError("no URLs given")


def iterate_collection(transport, url, max_items=None, is_cancelled=lambda: False, first_page=None):
    """Yield the entities of a collection page by page (see :func:`iterate_pages`); ``max_items``
    stops early."""
    count = 0
    for items in iterate_pages(transport, url, is_cancelled, first_page):
        for entity in items:
            yield entity
            count += 1
            if max_items is not None and count >= max_items:
                return


def iterate_pages(transport, url, is_cancelled=lambda: False, first_page=None, convert=None):
    """Yield the ``value`` lists of a collection's pages, following ``@iot.nextLink``; with
    ``convert``, what it makes of each list instead.

    Memory stays bounded by one page. A next link seen before, or :data:`MAX_BARREN_PAGES` pages in
    a row that bring no entity the page before did not (empty pages, the same rows again), raise
    :class:`FormatError` instead of looping for ever; cancelling raises :class:`Cancelled` so a
    cut-off download is never mistaken for a complete one. ``first_page`` is the already fetched
    page of ``url``. A page is decoded, converted and dropped with the cycle collector paused, so
    the collector never scans its thousands of short-lived containers.
    """
    seen = set()
    barren = 0
    previous_ids = set()
    page = first_page
    while page is not None or url:
        if is_cancelled():
            raise Cancelled()
        response = None
        if page is None:
            if not isinstance(url, str):
                raise FormatError(N_("The server's paging link is not a URL ({link})."), link=str(url)[:80])
            if url in seen:
                raise FormatError(
                    N_("The server's paging link repeats ({url}); stopped to avoid an endless loop."),
                    url=redact_url(url),
                )
            response = transport.get(url)
        seen.add(url)
        with collector_paused():
            if response is not None:
                page = collection_page(response, url)
            ids = {entity_key(entity) for entity in page["value"]}
            barren = barren + 1 if ids <= previous_ids else 0
            if barren >= MAX_BARREN_PAGES:
                raise FormatError(
                    N_(
                        "The server sent {count} pages in a row without new data ({url}); stopped to "
                        "avoid an endless loop."
                    ),
                    count=barren,
                    url=redact_url(url),
                )
            previous_ids = ids
            items = page["value"] if convert is None else convert(page["value"])
            url, page = page.get("@iot.nextLink"), None
        yield items


def entity_key(entity):
    """What tells entities of a page apart: the id; for a dataArray block its size and end rows."""
    if isinstance(entity, dict) and "@iot.id" in entity:
        return str(entity["@iot.id"])
    rows = entity.get("dataArray") if isinstance(entity, dict) else None
    if isinstance(rows, list):
        return repr((len(rows), rows[:1], rows[-1:]))
    return json.dumps(entity, sort_keys=True, default=str)


def expanded(transport, entity, name, is_cancelled=lambda: False):
    """All members of an expanded list ``name``, fetching FROST's nested ``name@iot.nextLink``."""
    found = list(members(entity.get(name)))
    next_link = entity.get(f"{name}@iot.nextLink")
    if next_link:
        found.extend(iterate_collection(transport, next_link, is_cancelled=is_cancelled))
    return found


def location_geometry(location):
    """The GeoJSON geometry of a Location's ``location`` (plain geometry or Feature), or None."""
    value = location.get("location") if isinstance(location, dict) else None
    if isinstance(value, dict) and value.get("type") == "Feature":
        value = value.get("geometry")
    if isinstance(value, dict) and value.get("type") and value.get("coordinates") is not None:
        return value
    return None


def time_interval(value):
    """``(start, end)`` ISO strings of an instant (start == end) or a ``start/end`` interval."""
    if not value:
        return None, None
    start, _slash, end = str(value).partition("/")
    return start, end or start


def string_literal(text):
    """An OData string literal: ``'it''s'``."""
    return "'" + str(text).replace("'", "''") + "'"


def locations_of_streams(stream_names):
    """An OData filter for the Locations of the Things that carry any Datastream named in
    ``stream_names`` (names, not ids: not every server filters by id)."""
    return " or ".join(
        f"Things/Datastreams/name eq {string_literal(name)}" for name in dict.fromkeys(stream_names)
    )


def parse_id(text):
    """An id typed by a user or read from a layer: digits are FROST integers, the rest strings."""
    text = str(text).strip()
    return int(text) if text.isdigit() else text


def bbox_polygon(bbox):
    """WKT polygon of a ``(xmin, ymin, xmax, ymax)`` box in WGS 84."""
    xmin, ymin, xmax, ymax = bbox
    ring = ((xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin))
    return "POLYGON((" + ",".join(f"{x:.7f} {y:.7f}" for x, y in ring) + "))"


def service_conformance(transport, base_url):
    """The conformance classes listed by the service root (empty for 1.0 servers)."""
    root = transport.get(base_url.rstrip("/") + "/").json()
    if not isinstance(root, dict) or not isinstance(root.get("value"), list):
        raise FormatError(
            N_("{url} is not a SensorThings service root (no list of entity sets)."),
            url=redact_url(base_url),
        )
    listed = members(record(root.get("serverSettings")).get("conformance"))
    return [item for item in listed if isinstance(item, str)]


def record(value):
    """``value`` if it is a JSON object, else an empty one: a malformed part of an answer is missing."""
    return value if isinstance(value, dict) else {}


def members(value):
    """``value`` if it is a JSON list, else an empty one."""
    return value if isinstance(value, list) else []


def things_url(base_url, observed_property=None, bbox=None, latest_order="phenomenonTime"):
    """Things with Locations, Datastreams and (optionally) each Datastream's latest Observation.

    Only to-many expansions are used: some servers fill to-one expansions (``Thing``,
    ``ObservedProperty``) inside collections wrongly, see :func:`observed_property_names`.
    """
    filters = []
    if observed_property:
        filters.append(f"Datastreams/ObservedProperty/name eq {string_literal(observed_property)}")
    if bbox is not None:
        filters.append(f"geo.intersects(Locations/location,geography'{bbox_polygon(bbox)}')")
    datastreams = "Datastreams"
    if latest_order:
        datastreams += (
            f"($expand=Observations($top=1;$orderby={latest_order} desc;$select=phenomenonTime,result))"
        )
    return entity_url(
        base_url,
        "Things",
        filter=" and ".join(filters) or None,
        expand=f"Locations,{datastreams}",
        count="true",
    )


def observed_property_names(transport, base_url, observed_property=None, is_cancelled=lambda: False):
    """``{datastream id: observed property name}``, from ObservedProperties and their Datastreams."""
    url = entity_url(
        base_url,
        "ObservedProperties",
        filter=f"name eq {string_literal(observed_property)}" if observed_property else None,
        select="id,name",
        expand="Datastreams($select=id)",
    )
    names = {}
    for prop in map(record, iterate_collection(transport, url, is_cancelled=is_cancelled)):
        for datastream in map(record, expanded(transport, prop, "Datastreams", is_cancelled)):
            names[str(datastream.get("@iot.id"))] = str(prop.get("name") or "")
    return names


def stream_from_datastream(thing, datastream, observed_property=""):
    """A :class:`SensorStream` from a Thing (with Locations) and one of its Datastreams."""
    geometry = next(
        (geometry for geometry in map(location_geometry, members(thing.get("Locations"))) if geometry),
        datastream.get("observedArea"),
    )
    point = point_of(geometry) if geometry else None
    unit = record(datastream.get("unitOfMeasurement"))
    stream = SensorStream(
        platform="sensorthings",
        thing_id=str(thing.get("@iot.id", "")),
        thing_name=str(thing.get("name") or ""),
        stream_id=str(datastream.get("@iot.id", "")),
        stream_name=str(datastream.get("name") or ""),
        observed_property=observed_property,
        unit=str(unit.get("symbol") or unit.get("name") or ""),
        lon=point[0] if point else None,
        lat=point[1] if point else None,
        properties=record(thing.get("properties")),
    )
    latest = record((members(datastream.get("Observations")) or [None])[0])
    if latest:
        stream.latest_value, stream.latest_text = split_result(latest.get("result"))
        stream.latest_time = time_interval(latest.get("phenomenonTime"))[1] or ""
    return stream


def sensor_streams(
    transport,
    base_url,
    observed_property=None,
    name=None,
    bbox=None,
    with_latest=True,
    max_items=None,
    is_cancelled=lambda: False,
    notify=lambda message, **params: None,
    progress=lambda done, total: None,
):
    """Yield one :class:`SensorStream` per Datastream, filtered by observed property, name and bbox.

    When the server refuses the spatial filter, ordering by phenomenonTime or the nested latest
    Observation, the request is repeated without it: the bbox is then applied here and the latest
    value is taken by resultTime or fetched per Datastream.
    """
    property_names = observed_property_names(transport, base_url, observed_property, is_cancelled)
    plans = [
        (spatial, order)
        for spatial in ((bbox, None) if bbox is not None else (None,))
        for order in ((*LATEST_ORDERS, None) if with_latest else (None,))
    ]
    urls = [things_url(base_url, observed_property, spatial, order) for spatial, order in plans]
    index, first_page = first_accepted(transport, urls)
    spatial, order = plans[index]
    if bbox is not None and spatial is None:
        notify(N_("The server does not support spatial filters; the bounding box is applied locally."))
    if order == "resultTime":
        notify(
            N_(
                "The server cannot sort observations by phenomenon time; the latest value is "
                "taken by result time."
            )
        )
    latest_orders = list(LATEST_ORDERS) if with_latest and order is None else []
    if latest_orders:
        notify(
            N_(
                "The server cannot include the latest observation in a listing; it is fetched per "
                "datastream, which takes longer."
            )
        )
    total = first_page.get("@iot.count")
    kept = 0
    things = iterate_collection(transport, urls[index], None, is_cancelled, first_page)
    for done, thing in enumerate(map(record, things), start=1):
        progress(done, total)
        for datastream in filter(None, map(record, expanded(transport, thing, "Datastreams", is_cancelled))):
            prop = property_names.get(str(datastream.get("@iot.id")), "")
            if observed_property and prop != observed_property:
                continue
            if latest_orders:
                datastream["Observations"] = latest_observations(
                    transport, base_url, datastream.get("@iot.id"), latest_orders
                )
            stream = stream_from_datastream(thing, datastream, prop)
            if in_bbox(stream, bbox) and name_matches(stream, name):
                yield stream
                kept += 1
                if max_items is not None and kept >= max_items:
                    return


def latest_observations(transport, base_url, datastream_id, orders):
    """``[latest Observation]`` of one Datastream (or ``[]``), newest by the first order the
    server accepts; refused orders are removed from ``orders`` so they are not tried again."""
    while orders:
        url = entity_url(
            base_url,
            "Datastreams",
            datastream_id,
            "Observations",
            top=1,
            orderby=f"{orders[0]} desc",
            select="phenomenonTime,result",
        )
        try:
            return fetch_page(transport, url)["value"][:1]
        except HttpError as error:
            if error.status not in REFUSED_STATUSES or len(orders) == 1:
                raise
            orders.pop(0)
    return []


def observations_url(base_url, stream_id, start=None, end=None, ordered=True, data_array=False):
    """A Datastream's Observations in ``[start, end]`` (ISO 8601), oldest first when ``ordered``, else in
    id order (servers that cannot sort by time still page stably by id)."""
    filters = [f"phenomenonTime ge {start}" if start else "", f"phenomenonTime le {end}" if end else ""]
    return entity_url(
        base_url,
        "Datastreams",
        parse_id(stream_id),
        "Observations",
        filter=" and ".join(part for part in filters if part) or None,
        select="id,phenomenonTime,result",
        orderby="phenomenonTime asc" if ordered else "id asc",
        count="true",
        top=DATA_ARRAY_PAGE if data_array else None,
        resultFormat="dataArray" if data_array else None,
    )


def observation_columns(item):
    """``(ids, times, results)`` columns of the observations of a collection item: itself, or the
    rows of a ``dataArray`` block."""
    if not isinstance(item, dict):
        return [None], [None], [None]
    if not isinstance(item.get("dataArray"), list):
        return [item.get("@iot.id", item.get("id"))], [item.get("phenomenonTime")], [item.get("result")]
    components = item.get("components")
    components = (
        [name if isinstance(name, str) else None for name in components]
        if isinstance(components, list)
        else []
    )
    positions = [
        next((components.index(name) for name in names if name in components), None)
        for names in (("id", "@iot.id"), ("phenomenonTime",), ("result",))
    ]
    rows = item["dataArray"]
    if not rows:
        return [], [], []
    if None not in positions and set(map(type, rows)) <= {list}:
        try:
            return tuple(list(map(itemgetter(position), rows)) for position in positions)
        except IndexError:  # short rows: taken apart one by one below
            pass
    records = [dict(zip(components, row)) if isinstance(row, list) else {} for row in rows]
    return (
        [row.get("id", row.get("@iot.id")) for row in records],
        [row.get("phenomenonTime") for row in records],
        [row.get("result") for row in records],
    )


def page_columns(items):
    """``(ids, times, results)`` of all observations on one collection page."""
    blocks = [observation_columns(item) for item in items]
    if len(blocks) == 1:
        return blocks[0]
    return tuple(list(chain.from_iterable(block[column] for block in blocks)) for column in range(3))


def time_columns(times):
    """``(starts, ends)`` of phenomenon times: instants (one column serves both, the usual case) or
    ``start/end`` intervals."""
    try:
        if "/" not in "".join(times):
            return times, times
    except TypeError:  # times missing or not texts
        pass
    intervals = [time_interval(value) for value in times]
    return [start or "" for start, _end in intervals], [end or "" for _start, end in intervals]


def result_columns(results):
    """``(values, texts)`` of results: numbers (the usual case, one conversion) or anything."""
    if set(map(type, results)) <= {int, float}:  # not bool: type(True) is bool
        try:
            return list(map(float, results)), [""] * len(results)
        except OverflowError:  # an integer beyond any float: see split_result
            pass
    pairs = [split_result(result) for result in results]
    return [value for value, _text in pairs], [text for _value, text in pairs]


def observations(
    transport,
    base_url,
    stream_id,
    start=None,
    end=None,
    data_array=False,
    max_items=None,
    is_cancelled=lambda: False,
    notify=lambda message, **params: None,
    progress=lambda done, total: None,
):
    """Yield the observations of one Datastream page by page, as :class:`ObservationColumns`."""
    urls = [
        observations_url(base_url, stream_id, start, end, ordered, data_array) for ordered in (True, False)
    ]
    if is_cancelled():
        raise Cancelled()
    index, first_page = first_accepted(transport, urls)
    if index:
        notify(N_("The server cannot sort observations by time; they are loaded in the order of their ids."))
    total = first_page.get("@iot.count")
    done = 0
    recent = RecentIds(DATA_ARRAY_PAGE + RECENT_IDS)
    stream = str(stream_id)
    for ids, times, results in iterate_pages(transport, urls[index], is_cancelled, first_page, page_columns):
        new = recent.new(ids)
        if new is not None:
            times, results = list(compress(times, new)), list(compress(results, new))
        if max_items is not None:
            times, results = times[: max_items - done], results[: max_items - done]
        if times:
            yield ObservationColumns(stream, *time_columns(times), *result_columns(results))
        done += len(times)
        progress(done, total)
        if max_items is not None and done >= max_items:
            return
    if isinstance(total, int) and done != total:
        notify(N_("The server announced {total} observations but sent {count}."), total=total, count=done)


class RecentIds:
    """The ids of the last pages, at least ``size`` of them: drops the duplicates some servers send
    across page borders while memory stays bounded.

    Servers page in id or time order, so a page's ids usually ascend beyond all recent ones; that is
    checked by comparing, which is cheaper than hashing: the ids are hashed only when it fails.
    """

    def __init__(self, size):
        self.size = size
        self._pages = deque()  # per page [its highest id if its ids ascend, else None; its ids]
        self._count = 0

    def new(self, ids):
        """None when all ``ids`` of a page are new (the usual case), else one flag per id: True where
        it was neither among the recent ones nor earlier in ``ids`` (a missing id is always new)."""
        if not ids:
            return None
        top = ids[-1] if ascending(ids) else None
        if top is not None and self._all_below(ids[0]):
            self._remember(top, ids)
            return None
        try:
            distinct = set(ids)
        except TypeError:  # ids that are lists or objects: told apart by their text
            ids = [repr(entity_id) if isinstance(entity_id, (list, dict)) else entity_id for entity_id in ids]
            distinct = set(ids)
        distinct.discard(None)
        repeated = set()
        for page in self._pages:
            if isinstance(page[1], list):
                page[1] = set(page[1])
            if not page[1].isdisjoint(distinct):
                repeated |= page[1] & distinct
        self._remember(top, distinct - repeated if repeated else distinct)
        if len(distinct) == len(ids):  # no repeats within the page, no missing ids
            return [entity_id not in repeated for entity_id in ids] if repeated else None
        flags, earlier = [], set()
        for entity_id in ids:
            flags.append(entity_id is None or (entity_id not in repeated and entity_id not in earlier))
            earlier.add(entity_id)
        return flags

    def _all_below(self, first):
        """Whether every recent page's ids ascend and stay below ``first``."""
        try:
            return all(top is not None and top < first for top, _ids in self._pages)
        except TypeError:  # ids of another kind
            return False

    def _remember(self, top, ids):
        self._pages.append([top, ids])
        self._count += len(ids)
        while self._count - len(self._pages[0][1]) >= self.size:
            self._count -= len(self._pages.popleft()[1])


def ascending(ids):
    """Whether ``ids`` (at least one) are texts or integers in strictly ascending order."""
    if type(ids[0]) not in (str, int):
        return False
    try:
        return all(map(lt, ids, islice(ids, 1, None)))
    except TypeError:  # ids of mixed kinds
        return False


def datastream_stream(transport, base_url, stream_id):
    """The :class:`SensorStream` (without latest value) of one Datastream, fetched by id."""
    url = entity_url(
        base_url, "Datastreams", parse_id(stream_id), expand="Thing($expand=Locations),ObservedProperty"
    )
    datastream = transport.get(url).json()
    if not isinstance(datastream, dict) or "@iot.id" not in datastream:
        raise FormatError(N_("The answer from {url} is not a Datastream."), url=redact_url(url))
    prop = str(record(datastream.get("ObservedProperty")).get("name") or "")
    return stream_from_datastream(record(datastream.get("Thing")), datastream, prop)
