"""OGC SensorThings API 1.0/1.1 building blocks: URLs, paging and the shapes servers send.

Works with FROST (integer ids, nested ``X@iot.nextLink``, interval times, Feature locations)
and with servers that use quoted string/UUID ids.
"""

from urllib.parse import quote

from .errors import N_, Cancelled, FormatError
from .transport import redact_url

QUERY_SAFE = "$(),;='/:*"


def id_literal(entity_id):
    """The id as it appears in a URL path: ``Things(7)`` or ``Things('a-b')``."""
    if isinstance(entity_id, int) and not isinstance(entity_id, bool):
        return str(entity_id)
    return "'" + str(entity_id).replace("'", "''") + "'"


def entity_url(base_url, collection, entity_id=None, **options):
    """``<base>/<collection>[(id)]?$option=…`` with options given as ``top=10, filter=…``."""
    url = f"{base_url.rstrip('/')}/{collection}"
    if entity_id is not None:
        url += f"({id_literal(entity_id)})"
    query = "&".join(
        f"${name}={quote(str(value), safe=QUERY_SAFE)}"
        for name, value in options.items()
        if value is not None
    )
    return f"{url}?{query}" if query else url


def iterate_collection(transport, url, max_items=None, is_cancelled=lambda: False):
    """Yield the entities of a collection page by page, following ``@iot.nextLink``.

    Memory stays bounded by one page. A next link seen before raises :class:`FormatError`
    instead of looping for ever; ``max_items`` stops early; cancelling raises :class:`Cancelled`
    so a cut-off download is never mistaken for a complete one.
    """
    seen = set()
    count = 0
    while url:
        if url in seen:
            raise FormatError(
                N_("The server's paging link repeats ({url}); stopped to avoid an endless loop."),
                url=redact_url(url),
            )
        seen.add(url)
        if is_cancelled():
            raise Cancelled()
        page = transport.get(url).json()
        if not isinstance(page, dict) or not isinstance(page.get("value"), list):
            raise FormatError(
                N_("The answer from {url} is not a SensorThings collection (no 'value' list)."),
                url=redact_url(url),
            )
        for entity in page["value"]:
            yield entity
            count += 1
            if max_items is not None and count >= max_items:
                return
        url = page.get("@iot.nextLink")


def expanded(transport, entity, name, is_cancelled=lambda: False):
    """All members of an expanded list ``name``, fetching FROST's nested ``name@iot.nextLink``."""
    members = list(entity.get(name) or [])
    next_link = entity.get(f"{name}@iot.nextLink")
    if next_link:
        members.extend(iterate_collection(transport, next_link, is_cancelled=is_cancelled))
    return members


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
