"""A real HTTP server on 127.0.0.1 for transport and connector tests."""

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BASIC_USER = "stadtwerke"
BASIC_PASSWORD = "geheim-ß"
SLOW_SECONDS = 4
CACHEABLE = ("Cache-Control", "public, max-age=3600")


def _basic_header(user, password):
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


class RequestHandler(BaseHTTPRequestHandler):
    routes = {}

    def log_message(self, *args):  # keep test output quiet
        pass

    def _reply(self, status, body, content_type="application/json", headers=()):
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self.server.requests_seen.append((self.path, dict(self.headers)))
        path = self.path.split("?")[0]
        if path == "/ok":
            self._reply(200, json.dumps({"ok": True, "text": "Grüße"}))
        elif path == "/notfound":
            self._reply(404, json.dumps({"message": "no such datastream"}))
        elif path.startswith("/forbidden"):
            self._reply(403, json.dumps({"message": "token lacks scope sensors:read"}))
        elif path.startswith("/unprocessable"):
            self._reply(422, json.dumps({"detail": "Invalid $filter expression"}))
        elif path.startswith("/boom"):
            self._reply(500, "Internal Server Error: database down", "text/plain")
        elif path == "/cacheable":  # an answer any HTTP cache may keep for an hour
            self._reply(200, json.dumps({"served": len(self.server.requests_seen)}), headers=[CACHEABLE])
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._reply(200, "{}")
        elif path == "/absredirect":
            self._reply(302, "", headers=[("Location", self.server.base + "/ok")])
        elif path == "/redirect":
            self._reply(302, "", headers=[("Location", "/ok")])
        elif path.startswith("/malformed"):
            self._reply(200, '{"value": [1, 2,')
        elif path.startswith("/private"):
            if self.headers.get("Authorization") == _basic_header(BASIC_USER, BASIC_PASSWORD):
                self._reply(200, json.dumps({"private": True}))
            else:
                self._reply(401, "{}", headers=[("WWW-Authenticate", 'Basic realm="test"')])
        elif path in self.server.files:
            status, content_type, body = self.server.files[path]
            self._reply(status, body, content_type)
        else:
            self._reply(404, "{}")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        self.server.requests_seen.append((self.path, dict(self.headers)))
        self._reply(201, json.dumps({"received": body.decode("utf-8")}))


class LocalServer:
    """Start with ``with LocalServer() as server: server.url('/ok')``; ``files`` adds routes."""

    def __init__(self, files=None, handler=RequestHandler):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.httpd.requests_seen = []
        self.httpd.files = dict(files or {})
        self.httpd.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        # a short poll interval lets tests stop the server without waiting half a second
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    def url(self, path):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    @property
    def requests_seen(self):
        return self.httpd.requests_seen

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
