"""Observation loading: client-side work vs raw HTTP transfer, and peak memory, for 100,000 observations.

Fills the local SensorThings server (django-ogc-sensorthings) with OBSERVATIONS values of one
Datastream, then loads them through the same entry point the algorithms use. A transport wrapper
times the HTTP transfers; everything else (JSON parsing, paging, records) is client-side work.
Prints client/transfer (goal ≤ 0.25) and the peak Python memory of a second, traced pass against
the largest page (goal: a few pages, not the total). Ratios, not seconds, compare across machines.
"""

import sys
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smartcity_qgis.core.platforms.connection import Platform, load_observations  # noqa: E402
from smartcity_qgis.core.transport import RequestsTransport  # noqa: E402
from tools.sensorthings_server import SensorThingsServer  # noqa: E402

OBSERVATIONS = 100_000


class TimedTransport:
    """Delegates to a transport and adds up the time spent in HTTP requests and the bytes received."""

    def __init__(self, transport):
        self.transport = transport
        self.seconds = 0.0
        self.pages = 0
        self.bytes = 0
        self.largest_page = 0

    def get(self, url, headers=None):
        started = time.perf_counter()
        response = self.transport.get(url, headers)
        self.seconds += time.perf_counter() - started
        self.pages += 1
        self.bytes += len(response.body)
        self.largest_page = max(self.largest_page, len(response.body))
        return response


def load_all(base_url, stream_id):
    transport = TimedTransport(RequestsTransport(timeout_s=120))
    started = time.perf_counter()
    count = sum(1 for _ in load_observations(transport, Platform("sensorthings", base_url), stream_id))
    return count, time.perf_counter() - started, transport


def main():
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
        count, total, transport = load_all(server.base_url, stream_id)
        tracemalloc.start()
        load_all(server.base_url, stream_id)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    client = total - transport.seconds
    print(f"observations: {count} in {transport.pages} pages, {transport.bytes / 1e6:.1f} MB received")
    print(f"  HTTP transfer (incl. server)  {transport.seconds:8.3f} s")
    print(f"  client-side work              {client:8.3f} s")
    print(f"  ratio client/transfer = {client / transport.seconds:.3f}  (goal ≤ 0.25)")
    print(
        f"  peak Python memory {peak / 1e6:.1f} MB = {peak / transport.largest_page:.1f} × the largest page "
        f"({transport.largest_page / 1e6:.2f} MB); all pages together {transport.bytes / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
