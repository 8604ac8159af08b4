"""Hostile and awkward input against the pure core: entity bombs, thousands of members in every
layout, endless paging, partial answers, cancel, file permissions and leftovers of killed runs."""

import os
import stat
import subprocess
import sys
import textwrap
import time

import pytest
from lxml import etree

from smartcity_qgis.core import files
from smartcity_qgis.core.errors import Cancelled, FormatError
from smartcity_qgis.core.platforms import ngsi
from smartcity_qgis.core.platforms.parking_feeds import parse_parking_feed
from smartcity_qgis.core.platforms.sensorthings import MAX_BARREN_PAGES, iterate_collection
from smartcity_qgis.core.transport import RequestsTransport
from smartcity_qgis.core.twin.citygml_enrich import AttributeSpec, enrich_citygml
from tests.conftest import REPO
from tests.support import hostile_server
from tests.support.hostile_server import HostileServer
from tests.support.hostile_xml import LAYOUTS, billion_laughs, building_ids, external_entity, many_members

SPEC = [AttributeSpec("risikoklasse", "int")]
MEMBERS = 2000
MEMORY_LIMIT = 1 << 30  # address space of the subprocess that parses an entity bomb


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_enrichment_streams_thousands_of_members_in_every_layout(tmp_path, layout):
    separator = LAYOUTS[layout]
    source = tmp_path / "city.gml"
    source.write_bytes(many_members(MEMBERS, separator))
    target = tmp_path / "enriched.gml"
    values = {building: {"risikoklasse": number % 5} for number, building in enumerate(building_ids(MEMBERS))}
    result = enrich_citygml(str(source), str(target), values, SPEC)
    assert (result.matched, result.objects, result.unmatched_ids) == (MEMBERS, MEMBERS, [])
    written = target.read_bytes()
    member = "{http://www.opengis.net/citygml/2.0}cityObjectMember"
    assert len(etree.fromstring(written).findall(member)) == len(etree.parse(str(source)).findall(member))
    # the text between members kept (as the XML parser reads it: line ends become LF)
    joint = f"</cityObjectMember>{separator}<cityObjectMember".replace("\r\n", "\n").encode()
    assert written.count(joint) == MEMBERS - 1


def run_isolated(code):
    """Run ``code`` in a fresh Python whose address space is limited; its exit code and output."""
    program = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))
        sys.path.insert(0, {str(REPO)!r})
        """
    ) + textwrap.dedent(code)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout + done.stderr, time.monotonic() - started


def test_an_entity_bomb_is_refused_in_bounded_memory_and_time(tmp_path):
    bomb = tmp_path / "bomb.gml"
    bomb.write_bytes(billion_laughs(levels=12))
    code, output, seconds = run_isolated(
        f"""
        from smartcity_qgis.core.errors import FormatError
        from smartcity_qgis.core.twin.citygml_enrich import AttributeSpec, enrich_citygml
        try:
            enrich_citygml({str(bomb)!r}, {str(tmp_path / "out.gml")!r}, {{}}, [AttributeSpec("a", "int")])
        except FormatError as error:
            print("refused:", error)
        """
    )
    assert code == 0 and "refused:" in output and "declares XML entities" in output, output
    assert seconds < 30
    assert not (tmp_path / "out.gml").exists()


@pytest.mark.parametrize("document", [billion_laughs(), external_entity("/etc/hostname")])
def test_datex2_with_entity_declarations_is_refused(document):
    with pytest.raises(FormatError, match="declares XML entities"):
        parse_parking_feed(document, None, "datex2")


def test_a_doctype_without_entities_is_read(tmp_path):
    document = many_members(2, "\n").replace(b"<CityModel", b"<!DOCTYPE CityModel>\n<CityModel", 1)
    source = tmp_path / "doctype.gml"
    source.write_bytes(document)
    result = enrich_citygml(str(source), str(tmp_path / "out.gml"), {}, SPEC)
    assert result.objects == 2


def test_cancelled_enrichment_leaves_no_file(tmp_path):
    source = tmp_path / "city.gml"
    source.write_bytes(many_members(50, "\n"))
    target = tmp_path / "enriched.gml"
    asked = []

    def cancelled():
        asked.append(True)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        enrich_citygml(str(source), str(target), {}, SPEC, is_cancelled=cancelled)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["city.gml"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_outputs_follow_the_umask(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        with files.atomic_output(tmp_path / "report.html") as stream:
            stream.write(b"<p>ok</p>")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "report.html").stat().st_mode) == mode


def test_temporaries_of_killed_runs_are_removed_by_the_next_run(tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = tmp_path / f".city.gml.{dead.stdout.strip()}{files.TEMPORARY_SUFFIX}"
    stale.write_bytes(b"<half a file")
    living = tmp_path / f".other.gml.{os.getppid()}{files.TEMPORARY_SUFFIX}"
    living.write_bytes(b"<another run still writing")
    with files.atomic_output(tmp_path / "new.gml") as stream:
        stream.write(b"<CityModel/>")
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([living.name, "new.gml"])


@pytest.mark.parametrize("route", ["/endless", "/same"])
def test_paging_without_new_rows_stops_after_a_bounded_number_of_pages(route):
    with HostileServer() as server:
        with pytest.raises(FormatError, match="without new data"):
            list(iterate_collection(RequestsTransport(), server.url(route)))
        assert len(server.requests_seen) <= MAX_BARREN_PAGES + 1


def test_partial_temporal_answers_are_paged_on():
    with HostileServer() as server:
        rows = ngsi.history(
            RequestsTransport(), server.base, "urn:ngsi-ld:Pegel:1#level", start="2026-11-19T23:00:00Z"
        )
        pages = len(server.requests_seen)
    assert [row.value for row in rows] == [float(hour) for hour in range(24)]
    assert pages == -(-24 // hostile_server.TEMPORAL_PIECE)


@pytest.mark.parametrize("end", [None, "2026-11-20T20:00:00Z"])
def test_the_last_values_are_paged_backwards(end):
    """With lastN a broker sends the newest values first and the range from newest to oldest."""
    with HostileServer() as server:
        rows = ngsi.history(RequestsTransport(), server.base, "urn:ngsi-ld:Pegel:1#level", end=end, last_n=12)
        queries = [path.partition("?")[2] for path, _headers in server.requests_seen]
    newest = 19 if end else 23  # the values are the hours; "before 20:00" leaves out 20:00
    assert [row.value for row in rows] == [float(hour) for hour in range(newest - 11, newest + 1)]
    assert len(queries) == -(-12 // hostile_server.TEMPORAL_PIECE)  # 5 + 5 + 5 values
    assert all("lastN=12" in query for query in queries)


def test_a_partial_answer_without_a_range_is_reported():
    notices = []
    with HostileServer() as server:
        server.httpd.partial_without_range = True
        rows = ngsi.history(
            RequestsTransport(),
            server.base,
            "urn:ngsi-ld:Pegel:1#level",
            notify=lambda template, **params: notices.append(template.format(**params)),
        )
    assert len(rows) == hostile_server.TEMPORAL_PIECE
    assert notices and "only part of the history" in notices[0]


def test_attribute_names_with_quotes_are_written_and_updated(tmp_path):
    source = tmp_path / "city.gml"
    source.write_bytes(many_members(2, "\n"))
    specs = [AttributeSpec('Bauherr\'s "Name"', "string")]
    first, second = tmp_path / "first.gml", tmp_path / "second.gml"
    building = building_ids(1)[0]
    enrich_citygml(str(source), str(first), {building: {specs[0].name: "Müller & Söhne"}}, specs)
    enrich_citygml(str(first), str(second), {building: {specs[0].name: "Meier"}}, specs)
    values = [
        element[0].text
        for element in etree.parse(str(second)).iter(
            "{http://www.opengis.net/citygml/generics/2.0}stringAttribute"
        )
        if element.get("name") == specs[0].name
    ]
    assert values == ["Meier"]


HUGE_NUMBER = "9" * 5000  # beyond Python's limit for reading integers
DEEP = "[" * 100_000


@pytest.mark.parametrize("body", [f"[{HUGE_NUMBER}]", DEEP], ids=["thousands of digits", "deep nesting"])
def test_json_no_parser_takes_is_a_clear_error(body):
    from smartcity_qgis.core.transport import Response, error_reason

    with pytest.raises(FormatError, match="did not send valid JSON"):
        Response("https://example.org/x", 200, body.encode()).json()
    assert error_reason(body.encode())  # an error page like it still gives a reason
    with pytest.raises(FormatError, match="not valid JSON|nested too deeply"):
        parse_parking_feed(body.encode())


@pytest.mark.parametrize("body", [f"[{HUGE_NUMBER}]", DEEP], ids=["thousands of digits", "deep nesting"])
def test_a_city_model_no_parser_takes_is_a_clear_error(body):
    from smartcity_qgis.core.twin.city_model_reader import cityjson_documents

    with pytest.raises(FormatError, match="not a CityJSON file"):
        cityjson_documents(body.encode(), "stadt.city.json")


def test_an_observation_beyond_any_float_is_kept_as_text():
    from smartcity_qgis.core.platforms.sensors import split_result
    from smartcity_qgis.core.platforms.sensorthings import result_columns

    huge = 10**400
    assert split_result(huge) == (None, str(huge))
    assert result_columns([1, huge]) == ([1.0, None], ["", str(huge)])


def test_a_paging_link_that_is_not_a_url_is_a_clear_error():
    with HostileServer() as server, pytest.raises(FormatError, match="paging link is not a URL"):
        list(iterate_collection(RequestsTransport(), server.url("/number-link")))


def test_sensorthings_parts_of_the_wrong_kind_are_taken_as_missing():
    from smartcity_qgis.core.platforms.sensorthings import RecentIds, page_columns, stream_from_datastream

    thing = {"@iot.id": 1, "name": "Pegel", "Locations": 5, "properties": [1]}
    datastream = {"@iot.id": 2, "name": "Stand", "unitOfMeasurement": "cm", "Observations": [7]}
    stream = stream_from_datastream(thing, datastream)
    assert (stream.stream_name, stream.unit, stream.properties, stream.has_location) == (
        "Stand",
        "",
        {},
        False,
    )
    assert stream.latest_value is None
    # components as one text, or with objects in it; ids that are lists
    text_components = {"components": "id,phenomenonTime,result", "dataArray": [[1, "t", 2]]}
    assert page_columns([text_components]) == ([None], [None], [None])
    odd_components = {"components": [{"a": 1}, "result"], "dataArray": [[1, 2]]}
    assert page_columns([odd_components]) == ([None], [None], [2])
    assert RecentIds(5).new([[1], [1], {"a": 2}]) == [True, False, True]
