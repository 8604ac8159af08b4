"""A hostile HTTP server on 127.0.0.1: wrong-origin links and redirects, endless paging, huge and
dripping bodies, partial answers. Every answer is bounded in size and time, so the server stops
by itself whatever the client does.

Routes (``server.url(path)``; ``other`` is a second server on another port):
- ``/secret``: records the Authorization header it gets, answers JSON.
- ``/redirect-to?url=U``: 302 to ``U``; ``/relative``: 302 to the relative ``secret``.
- ``/loop``: redirects to itself.
- ``/things``: a SensorThings page whose ``@iot.nextLink`` is ``next`` (set by the test).
- ``/endless?page=N``: empty SensorThings pages, each linking to a new one (bounded at 1,000).
- ``/same?page=N``: the same rows on every page, each linking to a new one.
- ``/huge``: announces and sends ``HUGE_BYTES``; ``/huge-unannounced``: the same without length.
- ``/drip``: one byte every ``DRIP_INTERVAL_S`` (at most ``DRIP_BYTES``).
- ``/html-error``: a 502 HTML page from a proxy.
- ``/temporal?...``: an NGSI-LD temporal entity, in 206 pieces of ``TEMPORAL_PIECE`` values.
"""

import json
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from tests.support.http_server import LocalServer

HUGE_BYTES = 200 * (1 << 20)
CHUNK = b"[" + b"0," * 32767 + b"0]"
DRIP_INTERVAL_S = 0.5
DRIP_BYTES = 120
MAX_PAGES = 1000
TEMPORAL_VALUES = [[float(hour), f"2026-11-20T{hour:02d}:00:00Z"] for hour in range(24)]
TEMPORAL_PIECE = 5
HTML_ERROR = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{font:13px}</style></head>"
    b"<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response from an upstream "
    b"server.</p><hr><address>Apache Server at 127.0.0.1</address></body></html>"
)


class HostileHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _json(self, data, status=200, headers=()):
        body = json.dumps(data).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream(self, announced, total):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if announced:
            self.send_header("Content-Length", str(total))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        sent = 0
        try:
            while sent < total:
                piece = CHUNK[: total - sent]
                self.wfile.write(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should
        self.server.bytes_sent += sent

    def do_GET(self):
        parts = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        self.server.requests_seen.append((self.path, self.headers.get("Authorization")))
        page = int(query.get("page", 0))
        route = parts.path
        if route == "/secret":
            self._json({"secret": True})
        elif route == "/redirect-to":
            self._redirect(query["url"])
        elif route == "/relative":
            self._redirect("secret")
        elif route == "/loop":
            self._redirect("/loop")
        elif route == "/things":
            self._json({"value": [{"@iot.id": 1, "name": "Pegel"}], "@iot.nextLink": self.server.next_link})
        elif route == "/number-link":
            self._json({"value": [{"@iot.id": 1, "name": "Pegel"}], "@iot.nextLink": 5})
        elif route in ("/endless", "/same"):
            rows = [] if route == "/endless" else [{"@iot.id": 7, "name": "immer dieselbe"}]
            following = f"{self.server.base}{route}?page={page + 1}" if page < MAX_PAGES else None
            self._json({"value": rows, "@iot.nextLink": following})
        elif route == "/huge":
            self._stream(True, HUGE_BYTES)
        elif route == "/huge-unannounced":
            self._stream(False, HUGE_BYTES)
        elif route == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(DRIP_BYTES))
            self.end_headers()
            try:
                for _byte in range(DRIP_BYTES):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(DRIP_INTERVAL_S)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif route == "/html-error":
            self.send_response(502)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(HTML_ERROR)))
            self.end_headers()
            self.wfile.write(HTML_ERROR)
        elif route.startswith("/ngsi-ld/v1/temporal/entities/"):
            self._temporal(query)
        else:
            self._json({}, 404)

    def _temporal(self, query):
        """Pieces of TEMPORAL_VALUES: forwards from ``timeAt``, or with ``lastN`` backwards from
        before ``timeAt`` (timerel=before) or ``endTimeAt`` (between), newest first in the range."""
        if "lastN" in query:
            end = query.get("endTimeAt") or (query.get("timeAt") if query.get("timerel") == "before" else "")
            start = query.get("timeAt", "") if query.get("timerel") in ("between", "after") else ""
            remaining = [pair for pair in TEMPORAL_VALUES if (not end or pair[1] < end) and pair[1] >= start]
            piece = remaining[-min(TEMPORAL_PIECE, int(query["lastN"])) :]
            span = (piece[-1][1], piece[0][1]) if piece else ("", "")
        else:
            after = query.get("timeAt", "")
            remaining = [pair for pair in TEMPORAL_VALUES if pair[1] > after or not after]
            piece = remaining[:TEMPORAL_PIECE]
            span = (piece[0][1], piece[-1][1]) if piece else ("", "")
        entity = {
            "id": "urn:ngsi-ld:Pegel:1",
            "type": "Pegel",
            "level": {"type": "Property", "values": piece},
        }
        if len(remaining) > len(piece) and not self.server.partial_without_range:
            self._json(entity, 206, [("Content-Range", f"DateTime {span[0]}-{span[1]}/{len(piece)}")])
        elif len(remaining) > len(piece):
            self._json(entity, 206)
        else:
            self._json(entity)


class HostileServer(LocalServer):
    def __init__(self):
        super().__init__(handler=HostileHandler)
        self.httpd.bytes_sent = 0
        self.httpd.next_link = None
        self.httpd.partial_without_range = False

    @property
    def base(self):
        return self.httpd.base

    def authorizations(self, route):
        """The Authorization headers the requests to ``route`` carried (None: without)."""
        return [auth for path, auth in self.requests_seen if urlsplit(path).path == route]
