"""A loopback NGSI-LD / NGSI-v2 broker replaying recorded entities (no broker installs here).

It implements only what the specifications say about the requests the plugin sends: entities by
(comma-separated) type with ``limit``/``offset`` paging, ``count=true`` → ``NGSILD-Results-Count``
(v2: ``options=count`` → ``Fiware-Total-Count``), ``options=keyValues``, tenants
(``NGSILD-Tenant`` / ``Fiware-Service``; unknown tenant → 404), single entities, the temporal
API (``options=temporalValues`` → the simplified recording, otherwise the normalized one) and
NGSI-LD ``georel=intersects`` with a ``Polygon`` (compared by bounding boxes, enough for the
rectangles the plugin sends). A broker can also be told to ignore or to refuse (400) geographic
queries, as some do, and to page by next-page links (``Link: <…>; rel="next"``) instead of offsets.
"""

import json
from urllib.parse import parse_qs, unquote, urlsplit

from tests.support.http_server import LocalServer, RequestHandler

LD = "/ngsi-ld/v1"


class NgsiHandler(RequestHandler):
    def do_GET(self):
        self.server.requests_seen.append((self.path, dict(self.headers)))
        parts = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        broker = self.server.broker
        if parts.path.startswith(LD):
            tenant = self.headers.get("NGSILD-Tenant", "")
        else:
            tenant = self.headers.get("Fiware-Service", "")
        if tenant != broker.tenant:
            self._reply(
                404,
                json.dumps(
                    {
                        "type": "https://uri.etsi.org/ngsi-ld/errors/NonexistentTenant",
                        "title": f"Tenant {tenant!r} does not exist",
                    }
                ),
            )
        elif parts.path in (f"{LD}/entities", "/v2/entities"):
            self._entities(parts.path.startswith(LD), query)
        elif parts.path.startswith(f"{LD}/temporal/entities/"):
            self._temporal(unquote(parts.path.rsplit("/", 1)[1]), query)
        elif parts.path.startswith((f"{LD}/entities/", "/v2/entities/")):
            key_values = "keyValues" in query.get("options", "")
            entity = broker.entity(unquote(parts.path.rsplit("/", 1)[1]), key_values)
            self._reply(200 if entity else 404, json.dumps(entity or {"title": "not found"}))
        else:
            super().do_GET()

    def _entities(self, ld, query):
        broker = self.server.broker
        options = query.get("options", "")
        types = query.get("type", "").split(",")
        matching = [entity for entity in broker.entities("keyValues" in options) if entity["type"] in types]
        if "georel" in query and broker.geo_queries == "refused":
            self._reply(400, json.dumps({"type": "https://uri.etsi.org/ngsi-ld/errors/BadRequestData"}))
            return
        if "georel" in query and broker.geo_queries == "answered":
            area = bounds(json.loads(query["coordinates"]))
            matching = [entity for entity in matching if touches(entity_bounds(entity), area)]
        offset, limit = int(query.get("offset", 0)), int(query.get("limit", 20))
        headers = []
        if ld and query.get("count") == "true":
            headers.append(("NGSILD-Results-Count", str(len(matching))))
        if not ld and "count" in options:
            headers.append(("Fiware-Total-Count", str(len(matching))))
        if broker.link_paging:  # pages by an opaque anchor the broker announces (NGSI-LD 1.6)
            anchor = int(query.get("pageAnchor", "0"))
            offset = anchor * limit
            links = [
                '<https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld>; rel="http://www.w3.org/ns/json-ld#context"'
            ]
            if offset + limit < len(matching):
                following = f"entities?type={query.get('type', '')}&limit={limit}&pageAnchor={anchor + 1}"
                links.append(f'<{following}>; rel="next"')
            headers.append(("Link", ", ".join(links)))
        page = matching[offset : offset + limit] if not broker.ignore_offset else matching[:limit]
        self._reply(200, json.dumps(page), "application/json", headers)

    def _temporal(self, entity_id, query):
        recording = self.server.broker.temporal.get((entity_id, "temporalValues" in query.get("options", "")))
        self._reply(200 if recording else 404, recording or json.dumps({"title": "not found"}))


def bounds(coordinates):
    """``(west, south, east, north)`` of nested GeoJSON coordinates."""
    points = []

    def collect(item):
        if item and isinstance(item[0], (int, float)):
            points.append(item)
        else:
            for part in item:
                collect(part)

    collect(coordinates)
    xs, ys = [point[0] for point in points], [point[1] for point in points]
    return min(xs), min(ys), max(xs), max(ys)


def entity_bounds(entity):
    """The bounds of an entity's ``location`` (normalized or keyValues), None without one."""
    location = entity.get("location")
    location = location.get("value", location) if isinstance(location, dict) else None
    return bounds(location["coordinates"]) if isinstance(location, dict) else None


def touches(first, second):
    return first is not None and not (
        first[2] < second[0] or second[2] < first[0] or first[3] < second[1] or second[3] < first[1]
    )


class ReplayBroker:
    """Recorded normalized and keyValues entities plus temporal recordings keyed by entity id;
    ``geo_queries``: "answered", "ignored" or "refused"."""

    def __init__(
        self,
        normalized,
        key_values,
        temporal=None,
        tenant="",
        ignore_offset=False,
        geo_queries="answered",
        link_paging=False,
    ):
        self._normalized = normalized
        self._key_values = key_values
        self.temporal = temporal or {}
        self.tenant = tenant
        self.ignore_offset = ignore_offset
        self.geo_queries = geo_queries
        self.link_paging = link_paging

    def entities(self, key_values):
        return self._key_values if key_values else self._normalized

    def entity(self, entity_id, key_values):
        return next((item for item in self.entities(key_values) if item["id"] == entity_id), None)


def serve(broker):
    """A started :class:`LocalServer` answering as ``broker``; use it as a context manager."""
    server = LocalServer(handler=NgsiHandler)
    server.httpd.broker = broker
    return server
