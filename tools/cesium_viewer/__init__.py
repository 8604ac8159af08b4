"""Shows an exported 3D Tiles tileset in a real viewer: CesiumJS (npm ``cesium``, in build/node) in
headless Chromium (Debian's ``chromium``), served from 127.0.0.1 without any online service.

``view_tileset(folder, probes)`` loads ``folder/tileset.json``, looks at it from the south (``pitch``
degrees down, from ``range`` metres; 0: fit the whole tileset), optionally styled with a 3D Tiles
``style`` (e.g. colours by a property), waits until every tile in view is loaded, picks the object
under each probe's position (longitude, latitude, ellipsoidal height) and returns
``{"loadedTiles": n, "picked": [{"probe": id, "found": {property: value} or None}],
"picture": "data:image/png;base64,…"}``.
"""

import json
import mimetypes
import os
import queue
import shutil
import subprocess
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
CESIUM = HERE.parents[1] / "build" / "node" / "node_modules" / "cesium" / "Build" / "Cesium"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def browser():
    """The Chromium executable, or None."""
    return next((path for path in map(shutil.which, BROWSERS) if path), None)


class Handler(SimpleHTTPRequestHandler):
    """GET: the page, CesiumJS, the tileset and the view; POST /result: the page's answer."""

    def __init__(self, *args, tileset, view, answers, **kwargs):
        self.tileset, self.view, self.answers = tileset, view, answers
        super().__init__(*args, directory=str(HERE), **kwargs)

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        path = unquote(urlsplit(path).path)
        for prefix, root in (("/cesium/", CESIUM), ("/tileset/", self.tileset)):
            if path.startswith(prefix):
                target = (root / path[len(prefix) :]).resolve()
                return str(target) if target.is_relative_to(root.resolve()) else str(root / "missing")
        return str(HERE / "view.html") if path == "/view.html" else str(HERE / "missing")

    def do_GET(self):
        if urlsplit(self.path).path == "/view.json":
            body = json.dumps(self.view).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(204)
        self.end_headers()
        self.answers.put(json.loads(body))


mimetypes.add_type("application/octet-stream", ".glb")


def view_tileset(folder, probes, pitch=-72.0, range_m=0.0, style=None, timeout_s=240, size=(1280, 800)):
    """What CesiumJS shows of the tileset in ``folder`` (see the module's description)."""
    answers = queue.Queue()
    view = {"probes": probes, "pitch": pitch, "range": range_m, "style": style}
    handler = partial(Handler, tileset=Path(folder), view=view, answers=answers)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    profile = tempfile.mkdtemp(prefix="cesium-profile-")
    command = [
        browser(),
        "--headless=new",
        "--no-sandbox",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--ignore-gpu-blocklist",
        f"--window-size={size[0]},{size[1]}",
        f"--user-data-dir={profile}",
        "--no-first-run",
        f"http://127.0.0.1:{server.server_address[1]}/view.html",
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ)
    )
    try:
        return answers.get(timeout=timeout_s)
    finally:
        process.kill()
        process.wait()
        server.shutdown()
        server.server_close()
        shutil.rmtree(profile, ignore_errors=True)
