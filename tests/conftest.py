"""Shared fixtures for all test layers."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.http_server import LocalServer

TEST_DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def test_data():
    return TEST_DATA


@pytest.fixture
def local_server():
    """A real HTTP server on 127.0.0.1 serving the test data files under /data/<name>."""
    files = {
        f"/data/{path.name}": (200, "application/octet-stream", path.read_bytes())
        for path in TEST_DATA.iterdir()
        if path.is_file()
    }
    with LocalServer(files) as server:
        yield server


FROST_DATA = TEST_DATA / "frost"
FROST_PATH = "/FROST-Server/v1.1"
FROST_ROUTES = {
    "/": "root.json",
    "/ObservedProperties": "observed-properties.json",
    "/Things": "things-page1.json",
    "/Things-page2": "things-page2.json",
    "/Things(1)/Datastreams-page2": "things-1-datastreams-page2.json",
    "/Datastreams(11)": "datastream-11.json",
    "/Datastreams(11)/Observations": "observations-11-page1.json",
    "/Datastreams(11)/Observations-page2": "observations-11-page2.json",
    "/Datastreams(13)/Observations": "observations-looping.json",
    "/Datastreams(21)/Observations": "empty.json",
}


@pytest.fixture
def frost_url():
    """Base URL of a loopback server replaying FROST-shaped answers (integer ids, nested links)."""
    with LocalServer() as server:
        base = server.url(FROST_PATH)
        server.httpd.files = {
            FROST_PATH + route: (
                200,
                "application/json",
                (FROST_DATA / name).read_text("utf-8").replace("http://frost.example" + FROST_PATH, base),
            )
            for route, name in FROST_ROUTES.items()
        }
        yield base


class SeededSensorThings:
    """The local SensorThings server with a small known town: ids by Datastream name."""

    START = "2026-11-10T00:00:00Z"
    PARKING_COUNT = 3000  # one value every 5 minutes: i % 400 for i = 0 … 2999
    SCHOENBUCH = (9.05, 48.62)
    COUNTER_SITE = (8.8702, 48.5961)  # feature of interest of the counter whose Thing has no Location

    def __init__(self, server):
        self.server = server
        self.base_url = server.base_url
        self.ids = {}
        self._add(
            "Parkhaus Altstadt",
            (8.8707, 48.5953),
            [
                ("Parkhaus Altstadt frei", "Freie Stellplätze", "Stp"),
                ("Parkhaus Altstadt Temperatur", "Lufttemperatur", "°C"),
            ],
            {"operator": "Stadtwerke Herrenberg", "capacity": 400},
        )
        self._add("Pegel Ammer", (8.8650, 48.5920), [("Pegel Ammer", "Wasserstand", "cm")])
        self._add(
            "Wetterstation Schönbuch", self.SCHOENBUCH, [("Niederschlag Schönbuch", "Niederschlag", "mm")]
        )
        self._add("Zähler ohne Ort", None, [("Zähler ohne Ort", "Freie Stellplätze", "Stp")])
        server.add_observations(
            self.ids["Parkhaus Altstadt frei"],
            [
                (f"2026-11-{10 + i // 288:02d}T{i % 288 // 12:02d}:{i % 12 * 5:02d}:00Z", i % 400)
                for i in range(self.PARKING_COUNT)
            ],
        )
        server.add_observations(
            self.ids["Pegel Ammer"], [(f"2026-11-20T{hour:02d}:00:00Z", 50 + hour) for hour in range(24)]
        )
        server.add_observations(self.ids["Niederschlag Schönbuch"], [("2026-11-20T06:00:00Z", 12.5)])
        server.add_observations(self.ids["Zähler ohne Ort"], [("2026-11-20T06:00:00Z", 3)], self.COUNTER_SITE)

    def _add(self, name, lon_lat, datastreams, properties=None):
        ids = self.server.add_thing(name, lon_lat, datastreams, properties)
        self.ids.update(zip((stream[0] for stream in datastreams), ids))


@pytest.fixture(scope="session")
def sensorthings():
    """A real SensorThings server (django-ogc-sensorthings) on 127.0.0.1 with known content."""
    from tools.sensorthings_server import SensorThingsServer

    with SensorThingsServer() as server:
        yield SeededSensorThings(server)


CITYGML_SCHEMAS = REPO.parent / "shared" / "data" / "schemas" / "citygml" / "citygml" / "2.0"
VALIDATE = """
import sys
from lxml import etree
schema = etree.XMLSchema(etree.fromstring(sys.argv[1].encode()))
valid = schema.validate(etree.parse(sys.stdin.buffer))
print(schema.error_log)
sys.exit(0 if valid else 1)
"""


class SchemaInSubprocess:
    """``validate(document)`` and ``error_log`` like lxml's XMLSchema, but compiled and run in a
    fresh Python: a schema compiled in the test process can crash lxml once GDAL has written a
    GeoPackage (libxml2 shared by both, seen on Debian 13)."""

    def __init__(self, folder, version, modules):
        assert folder.is_dir(), f"the official CityGML schemas are expected in {folder}"
        imports = "".join(
            f'<xs:import namespace="http://www.opengis.net/citygml/{module}/{version}" '
            f'schemaLocation="{(folder / f"{module}.xsd").as_uri()}"/>'
            for module in modules
        )
        self.umbrella = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
        self.error_log = ""

    def validate(self, document):
        from lxml import etree

        done = subprocess.run(
            [sys.executable, "-c", VALIDATE, self.umbrella],
            input=etree.tostring(document),
            capture_output=True,
            timeout=300,
        )
        self.error_log = done.stdout.decode() + done.stderr.decode()
        return done.returncode == 0


@pytest.fixture(scope="session")
def citygml_schema():
    """The official CityGML 2.0 XSDs (building, generics, relief, water) from ../shared, offline."""
    return SchemaInSubprocess(CITYGML_SCHEMAS, "2.0", ("building", "generics", "relief", "waterBody"))


@pytest.fixture(scope="session")
def citygml3_schema():
    """The official CityGML 3.0 XSDs (generics, dynamizer, building) from ../shared, offline."""
    return SchemaInSubprocess(CITYGML_SCHEMAS.parent / "3.0", "3.0", ("generics", "dynamizer", "building"))
