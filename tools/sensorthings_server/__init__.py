"""A real OGC SensorThings API server on 127.0.0.1 (django-ogc-sensorthings, SQLite).

Runs in its own virtual environment (``make sta-venv`` → ``.venv-sta``) because it needs a newer
Django than Debian ships; the tests, the demo and the benchmarks start it with
:class:`SensorThingsServer` and fill it through the API itself.
"""

import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_PYTHON = REPO / ".venv-sta" / "bin" / "python"
CREATE_OBSERVATIONS_CHUNK = 10000
OBSERVATION_TYPE = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SensorThingsServer:
    """``with SensorThingsServer() as server: server.base_url`` — an empty server, filled by
    :meth:`add_thing` and :meth:`add_observations`."""

    def __init__(self, python=None, max_top=100):
        self.python = str(python or os.environ.get("STA_PYTHON") or DEFAULT_PYTHON)
        if not Path(self.python).exists():
            raise RuntimeError(f"{self.python} is missing: run `make sta-venv` first.")
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/sensorthings/v1.1"
        self._folder = tempfile.TemporaryDirectory(prefix="sensorthings-")
        self._env = dict(
            os.environ,
            PYTHONPATH=str(HERE),
            DJANGO_SETTINGS_MODULE="settings",
            STA_DATABASE=os.path.join(self._folder.name, "sensorthings.sqlite3"),
            STA_PORT=str(self.port),
            STA_MAX_TOP=str(max_top),
        )
        self._process = None
        self._observed_properties = {}
        self.session = requests.Session()

    def __enter__(self):
        self._django("migrate", "--verbosity", "0")
        self._process = subprocess.Popen(
            [self.python, "-m", "django", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            env=self._env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            self._wait_until_ready()
        except BaseException:
            self._stop()  # a server that did not come up is never left running
            raise
        return self

    def __exit__(self, *exc):
        self._stop()

    def _stop(self):
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(10)
        self.session.close()
        self._folder.cleanup()

    def _django(self, *args):
        subprocess.run([self.python, "-m", "django", *args], env=self._env, check=True)

    def _wait_until_ready(self, timeout_s=120):
        """Until the service document answers 200: its first answer can take seconds on a busy machine."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError("The SensorThings server stopped while starting.")
            try:
                if self.session.get(self.base_url + "/", timeout=10).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"The SensorThings server did not answer within {timeout_s} s.")

    def add_thing(self, name, lon_lat, datastreams, properties=None):
        """Deep-insert a Thing with its Location (None: no Location) and Datastreams.

        ``datastreams`` is a list of ``(name, observed property, unit symbol)``; returns the
        Datastream ids in the same order.
        """
        thing = {"name": name, "description": name, "properties": properties or {}}
        if lon_lat is not None:
            thing["Locations"] = [
                {
                    "name": name,
                    "description": name,
                    "encodingType": "application/geo+json",
                    "location": {"type": "Point", "coordinates": list(lon_lat)},
                }
            ]
        # Sensors and ObservedProperties are created first and linked by id: the server's deep
        # insert links every Datastream of one Thing to the first Datastream's pair.
        thing["Datastreams"] = [
            {
                "name": stream_name,
                "description": stream_name,
                "observationType": OBSERVATION_TYPE,
                "unitOfMeasurement": {"name": symbol, "symbol": symbol, "definition": ""},
                "Sensor": {
                    "@iot.id": self._create(
                        "Sensors",
                        {
                            "name": stream_name,
                            "description": stream_name,
                            "encodingType": "text/html",
                            "metadata": "about:blank",
                        },
                    )
                },
                "ObservedProperty": {"@iot.id": self._observed_property(observed)},
            }
            for stream_name, observed, symbol in datastreams
        ]
        reply = self.session.post(f"{self.base_url}/Things", json=thing)
        reply.raise_for_status()
        streams = self.session.get(reply.headers["Location"] + "/Datastreams").json()["value"]
        by_name = {stream["name"]: stream["@iot.id"] for stream in streams}
        return [by_name[stream_name] for stream_name, _observed, _symbol in datastreams]

    def _create(self, collection, entity):
        reply = self.session.post(f"{self.base_url}/{collection}", json=entity)
        reply.raise_for_status()
        return reply.headers["Location"].rsplit("('", 1)[1].rstrip("')")

    def _observed_property(self, name):
        if name not in self._observed_properties:
            self._observed_properties[name] = self._create(
                "ObservedProperties", {"name": name, "definition": "about:blank", "description": name}
            )
        return self._observed_properties[name]

    def add_observations(self, datastream_id, rows, feature_of_interest=None):
        """Insert ``(phenomenonTime ISO string, result)`` rows with the data-array extension.

        Things without a Location need a ``feature_of_interest`` ``(lon, lat)``: the server derives
        the FeatureOfInterest from the Location otherwise. Refused rows raise ``RuntimeError``.
        """
        components = ["phenomenonTime", "result"]
        extra = []
        if feature_of_interest is not None:
            components.append("FeatureOfInterest/id")
            extra = [
                self._create(
                    "FeaturesOfInterest",
                    {
                        "name": "feature of interest",
                        "description": "",
                        "encodingType": "application/geo+json",
                        "feature": {"type": "Point", "coordinates": list(feature_of_interest)},
                    },
                )
            ]
        rows = [list(row) + extra for row in rows]
        for offset in range(0, len(rows), CREATE_OBSERVATIONS_CHUNK):
            payload = [
                {
                    "Datastream": {"@iot.id": datastream_id},
                    "components": components,
                    "dataArray": rows[offset : offset + CREATE_OBSERVATIONS_CHUNK],
                }
            ]
            reply = self.session.post(f"{self.base_url}/CreateObservations", json=payload)
            reply.raise_for_status()
            if "error" in reply.json():
                raise RuntimeError(f"The server refused observations of Datastream {datastream_id}.")
