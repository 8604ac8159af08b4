"""A 3D city model checked against the official schemas bundled in ``schemas/``: CityGML 1.0, 2.0
and 3.0 against their XSDs (lxml), CityJSON 2.0 and CityJSONSeq against the CityJSON 2.0 JSON
schemas (jsonschema); each problem with its line and the id of the city object it lies in.

The XSD check compiles the schemas with the libxml2 that GDAL shares inside QGIS, which can crash
there: :func:`main` runs it in a separate Python (``python -c`` importing this module).
"""

from __future__ import annotations

import bisect
import json
import os
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from .. import safe_xml
from ..errors import N_, FormatError
from ..lazy import LazyModule
from .city_model_reader import cityjson_documents
from .citygml_enrich import MEMBER_TAGS
from .gml_geometry import GML

etree = LazyModule("lxml.etree")

SCHEMAS = Path(__file__).resolve().with_name("schemas")
CITYGML_CORE = re.compile(r"^http://www\.opengis\.net/citygml/(?:[\w]+/)?(\d\.\d)$")
TARGET_NAMESPACE = re.compile(rb'targetNamespace="([^"]+)"')
GML_ID = (f"{{{GML}}}id", f"{{{GML}/3.2}}id")  # CityGML 1.0/2.0, 3.0
TREE_LIMIT = 100 * 2**20  # bytes: larger files are checked as a stream, city object by object
MOST_PROBLEMS = 1000


@dataclass(frozen=True)
class Problem:
    line: int | None  # in the file (CityJSONSeq: the line of the feature)
    object_id: str  # the city object it lies in, "" outside any
    message: str


@dataclass
class Report:
    schema: str  # e.g. "CityGML 2.0"
    problems: list
    complete: bool = True  # False: stopped at MOST_PROBLEMS


# ------------------------------------------------------------------------------------------ CityGML


def citygml_report(path):
    """The :class:`Report` of the CityGML file ``path`` against the XSDs of its version."""
    namespaces = used_namespaces(path)
    versions = {match.group(1) for match in map(CITYGML_CORE.match, namespaces) if match}
    if len(versions) != 1:
        raise FormatError(
            N_("{name} is not CityGML 1.0, 2.0 or 3.0 (its namespaces name no single version)."),
            name=os.path.basename(path),
        )
    [version] = versions
    schema = compiled_schema(version, namespaces)
    if os.path.getsize(path) <= TREE_LIMIT:
        problems, complete = tree_problems(path, schema)
    else:
        problems, complete = stream_problems(path, schema)
    return Report(f"CityGML {version}", problems, complete)


def used_namespaces(path):
    """Every namespace declared anywhere in the file (one streamed pass)."""
    return {uri for _event, (_prefix, uri) in safe_xml.iterparse(path, ("start-ns",))}


def schema_files(version):
    """``{namespace: xsd path}`` of the bundled CityGML ``version`` modules."""
    files = {}
    for xsd in sorted((SCHEMAS / "citygml" / "citygml" / version).glob("*.xsd")):
        found = TARGET_NAMESPACE.search(xsd.read_bytes()[:4096])
        if found:
            files.setdefault(found.group(1).decode(), xsd)
    return files


def compiled_schema(version, namespaces):
    """One XMLSchema importing the modules of ``version`` whose namespaces the file uses."""
    files = schema_files(version)
    imports = "".join(
        f'<xs:import namespace="{namespace}" schemaLocation="{xsd.as_uri()}"/>'
        for namespace, xsd in files.items()
        if namespace in namespaces
    )
    umbrella = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    return etree.XMLSchema(etree.fromstring(umbrella.encode(), safe_xml.parser()))


def tree_problems(path, schema):
    """Every problem of the whole file, each in the city object whose member holds its line."""
    tree = etree.parse(str(path), safe_xml.parser())
    starts, ids = [], []
    for member in tree.getroot().iter(*MEMBER_TAGS):
        for city_object in member:
            if isinstance(city_object.tag, str):
                starts.append(city_object.sourceline)
                ids.append(object_id(city_object))
    schema.validate(tree)
    problems = []
    for error in list(schema.error_log)[:MOST_PROBLEMS]:
        place = bisect.bisect_right(starts, error.line) - 1
        problems.append(Problem(error.line, ids[place] if place >= 0 else "", error.message))
    return problems, len(schema.error_log) <= MOST_PROBLEMS


def stream_problems(path, schema):
    """The problems of a large file read as a stream: each city object checked on its own (memory
    stays flat; what lies outside the city objects is not checked)."""
    problems = []
    for _event, member in safe_xml.iterparse(path, ("end",), tag=MEMBER_TAGS):
        for city_object in member:
            if isinstance(city_object.tag, str) and not schema.validate(city_object):
                owner = object_id(city_object)
                problems += [Problem(error.line, owner, error.message) for error in schema.error_log]
        member.clear(keep_tail=True)  # the member is complete: its content is not needed
        if len(problems) > MOST_PROBLEMS:
            return problems[:MOST_PROBLEMS], False
    return problems, True


def object_id(element):
    return next((element.get(name) for name in GML_ID if element.get(name)), "")


# ----------------------------------------------------------------------------------------- CityJSON


def cityjson_report(data, name):
    """The :class:`Report` of a CityJSON document or CityJSONSeq (``data``: bytes)."""
    import jsonschema  # imported here: only this check needs it

    documents, sequence = cityjson_documents(data, name)
    checks = [jsonschema.Draft7Validator(load_schema("cityjson.min.schema.json"))]
    if sequence:
        checks.append(jsonschema.Draft7Validator(load_schema("cityjsonfeature.min.schema.json")))
    problems = []
    for number, document in enumerate(documents, start=1):
        for error in checks[min(number - 1, len(checks) - 1)].iter_errors(document):
            if len(problems) == MOST_PROBLEMS:
                return Report(cityjson_schema(sequence), problems, False)
            problems.append(json_problem(error, document, number if sequence else None))
    return Report(cityjson_schema(sequence), problems)


def cityjson_schema(sequence):
    return "CityJSONSeq 2.0" if sequence else "CityJSON 2.0"


def load_schema(file_name):
    return json.loads((SCHEMAS / "cityjson-2.0" / file_name).read_text(encoding="utf-8"))


def json_problem(error, document, line):
    """A problem from a jsonschema error: its city object from the error's path (or the
    feature's id), its place in the document named in the message."""
    path = list(error.absolute_path)
    if len(path) > 1 and path[0] == "CityObjects":
        owner = str(path[1])
    else:
        owner = str(document.get("id", "")) if isinstance(document, dict) else ""
    where = "/".join(map(str, path))
    return Problem(line, owner, f"{where}: {error.message}" if where else error.message)


# --------------------------------------------------------------------------------- separate process


def main():
    """``python -c "…; main()" FILE``: the CityGML report of FILE as one JSON line."""
    path = sys.argv[1]
    try:
        report = citygml_report(path)
        answer = {"schema": report.schema, "complete": report.complete}
        answer["problems"] = [asdict(problem) for problem in report.problems]
    except FormatError as error:
        answer = {"error": error.template, "params": error.params}
    except (OSError, etree.XMLSyntaxError) as error:
        answer = {"error": N_("{name} cannot be read as XML ({detail})."), "params": {"detail": str(error)}}
        answer["params"]["name"] = os.path.basename(path)
    print(json.dumps(answer))
