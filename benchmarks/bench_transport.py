"""Transport overhead: QgisTransport (QgsBlockingNetworkRequest) vs plain requests, same pages.

Serves a 2 MB JSON page from a local server, fetches it PAGES times with each transport in
one run and prints the time ratio (ours / requests). Ratios, not seconds, are comparable
across machines.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PAGES = 40


def timed(fetch, url):
    started = time.perf_counter()
    for _ in range(PAGES):
        body = fetch(url)
    return time.perf_counter() - started, len(body)


def main():
    from qgis.core import QgsApplication

    from smartcity_qgis.core.transport import RequestsTransport
    from smartcity_qgis.qgisbridge.transport import QgisTransport
    from tests.support.http_server import LocalServer

    application = QgsApplication([], False)
    application.initQgis()
    page = json.dumps({"value": [{"@iot.id": i, "result": i * 0.5} for i in range(60000)]}).encode()
    with LocalServer({"/page": (200, "application/json", page)}) as server:
        url = server.url("/page")
        baseline, size = timed(lambda u: RequestsTransport().get(u).body, url)
        ours, _ = timed(lambda u: QgisTransport().get(u).body, url)
    print(f"transport: {PAGES} pages of {size / 1e6:.1f} MB")
    print(f"  requests       {baseline:7.3f} s")
    print(f"  QgisTransport  {ours:7.3f} s")
    print(f"  ratio QgisTransport/requests = {ours / baseline:.2f}")


if __name__ == "__main__":
    main()
