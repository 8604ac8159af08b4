"""SensorThings ingest: 100,000 observations loaded as the plugin loads them inside QGIS (as the
columns the observations algorithm and the dock's chart take them in).

The pages are recorded once from a real server (django-ogc-sensorthings on 127.0.0.1) and then
served by a minimal replay server: the Django server spends seconds of CPU per page, which would
hide the client. Interleaved rounds, each run in a fresh Python:

- decoding: ``json.loads`` of the same pages, the least any client pays;
- ours through the QGIS transport (QGIS's network access manager, what the algorithms use in QGIS);
- ours through requests (the transport outside QGIS).

Prints client work (load time minus time spent in the transport) over the decoding time (goal ≤ 2),
the QGIS transport's time over requests' (goal ≤ 1.25) and the peak Python memory of a traced pass
against the largest page.
"""

import json
import os
import statistics
import sys
import threading
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from tempfile import TemporaryDirectory
from urllib.parse import unquote

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from fair import fresh, interleave, ratios, verdict  # noqa: E402

OBSERVATIONS = 100_000


class TimedTransport:
    """Delegates to a transport, adding up the time spent in it; keeps the pages if asked to."""

    def __init__(self, transport, keep=False):
        self.transport = transport
        self.seconds = 0.0
        self.pages = [] if keep else None
        self.largest_page = 0

    def get(self, url, headers=None):
        started = time.perf_counter()
        response = self.transport.get(url, headers)
        self.seconds += time.perf_counter() - started
        self.largest_page = max(self.largest_page, len(response.body))
        if self.pages is not None:
            self.pages.append((url, response.body))
        return response


def load(transport, base_url, stream_id):
    """Seconds to load every observation of the datastream, and how many there were."""
    from smartcity_qgis.core.platforms.connection import Platform, load_observation_pages

    started = time.perf_counter()
    pages = load_observation_pages(transport, Platform("sensorthings", base_url), stream_id)
    count = sum(map(len, pages))
    return time.perf_counter() - started, count


def record(folder):
    """Pages of OBSERVATIONS values of one datastream from the real server, written to ``folder``."""
    from smartcity_qgis.core.transport import RequestsTransport
    from tools.sensorthings_server import SensorThingsServer

    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with SensorThingsServer() as server:
        [stream_id] = server.add_thing("Benchmark", (8.87, 48.59), [("Zähler", "Freie Stellplätze", "Stp")])
        server.add_observations(
            stream_id,
            [
                ((start + timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%SZ"), i % 500)
                for i in range(OBSERVATIONS)
            ],
        )
        recorder = TimedTransport(RequestsTransport(timeout_s=600), keep=True)
        load(recorder, server.base_url, stream_id)
        base_url = server.base_url
    pages = {}
    for number, (url, body) in enumerate(recorder.pages):
        pages[url.replace(base_url, "", 1)] = f"{number:04d}.json"
        (folder / f"{number:04d}.json").write_bytes(body.replace(base_url.encode(), b"{BASE}"))
    (folder / "index.json").write_text(json.dumps({"stream": stream_id, "pages": pages}))


class Replay(BaseHTTPRequestHandler):
    """Answers each recorded request (path and query, however quoted) with its recorded page."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        body = self.server.pages.get(unquote(self.path))
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")


def replay_server(folder):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Replay)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    index = json.loads((folder / "index.json").read_text())
    server.pages = {
        unquote(path): (folder / name).read_bytes().replace(b"{BASE}", base.encode())
        for path, name in index["pages"].items()
    }
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base, index["stream"]


def run(kind, folder, base_url, stream_id):
    """One measurement in this fresh process."""
    if kind == "decoding":
        bodies = [path.read_bytes() for path in sorted(Path(folder).glob("0*.json"))]
        started = time.perf_counter()
        for body in bodies:
            json.loads(body)
        return {"seconds": time.perf_counter() - started}
    from smartcity_qgis.core.transport import RequestsTransport

    if kind == "qgis":
        from qgis.core import QgsApplication

        from smartcity_qgis.qgisbridge.transport import QgisTransport

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        application = QgsApplication([], False)
        application.initQgis()
        transport = TimedTransport(QgisTransport(timeout_s=600))
    else:
        transport = TimedTransport(RequestsTransport(timeout_s=600))
    seconds, count = load(transport, base_url, stream_id)
    result = {"seconds": seconds, "transport": transport.seconds, "count": count}
    if kind == "requests":
        tracemalloc.start()
        load(TimedTransport(RequestsTransport(timeout_s=600)), base_url, stream_id)
        result.update(peak=tracemalloc.get_traced_memory()[1], largest_page=transport.largest_page)
        tracemalloc.stop()
    return result


def main():
    with TemporaryDirectory() as folder:
        folder = Path(folder)
        record(folder)
        server, base_url, stream_id = replay_server(folder)
        runs = interleave(
            {
                kind: lambda kind=kind: fresh(__file__, kind, folder, base_url, stream_id)
                for kind in ("decoding", "qgis", "requests")
            }
        )
        server.shutdown()
        pages = len(list(folder.glob("0*.json")))
        megabytes = sum(path.stat().st_size for path in folder.glob("0*.json")) / 1e6
    decoding = [run["seconds"] for run in runs["decoding"]]
    client = [run["seconds"] - run["transport"] for run in runs["qgis"]]
    memory = runs["requests"][-1]
    largest = memory["largest_page"]
    print(f"observations: {runs['qgis'][0]['count']} in {pages} pages, {megabytes:.1f} MB, replayed")
    print(f"  json.loads of the pages        median {statistics.median(decoding):7.3f} s")
    for kind in ("qgis", "requests"):
        whole = statistics.median(run["seconds"] for run in runs[kind])
        moved = statistics.median(run["transport"] for run in runs[kind])
        print(f"  ours through {kind:9s}         median {whole:7.3f} s, of which transport {moved:7.3f} s")
    print(
        f"  peak Python memory {memory['peak'] / 1e6:.1f} MB = "
        f"{memory['peak'] / largest:.1f} × the largest page ({largest / 1e6:.2f} MB)"
    )
    verdict("SensorThings client work / JSON decoding", ratios(client, decoding), 2)
    verdict(
        "QGIS transport / requests, same pages",
        ratios([run["transport"] for run in runs["qgis"]], [run["transport"] for run in runs["requests"]]),
        1.25,
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        kind, folder, base_url, stream_id = sys.argv[2:6]
        print(json.dumps(run(kind, folder, base_url, stream_id)))
    else:
        main()
