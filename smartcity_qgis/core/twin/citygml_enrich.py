"""Add typed generic attributes to the city objects of a CityGML 1.0/2.0 file, streaming.

The file is read with iterparse one top-level member at a time and written back the same way, so
memory stays at one member however large the file is. Everything outside the added
``gen:*Attribute`` elements is copied unchanged (the prologue and the root's start tag byte for
byte, members element by element without repeating the root's namespace declarations, CRLF line
ends kept); an attribute of the same name that exists already gets the new value.
"""

from __future__ import annotations

import copy
import functools
import math
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from .. import safe_xml
from ..crs import epsg_of_srs_name
from ..errors import N_, Cancelled, FormatError, InputError
from ..files import atomic_output
from ..lazy import LazyModule
from ..spatial import GeometryIndex
from .gml_geometry import GML, gml_polygons

etree = LazyModule("lxml.etree")

geometry = LazyModule("shapely.geometry")
ops = LazyModule("shapely.ops")


GENERICS = {
    "http://www.opengis.net/citygml/2.0": "http://www.opengis.net/citygml/generics/2.0",
    "http://www.opengis.net/citygml/1.0": "http://www.opengis.net/citygml/generics/1.0",
}
KINDS = ("string", "int", "double", "date", "uri", "measure")
ROOT_PATTERN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?CityModel\b")
ROOT_START_TAG = re.compile(rb"""<[^\s>/]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*>""")
DECLARATION = re.compile(rb' xmlns(?::[^=\s]+)?="[^"]*"')
PROLOGUE_BYTES = 1 << 16
MEMBER_TAGS = ("{*}cityObjectMember", "{*}featureMember", "{*}featureMembers", "{*}appearanceMember")


@dataclass(frozen=True)
class AttributeSpec:
    """One attribute to add: its name, kind (one of KINDS) and, for measures, the unit."""

    name: str
    kind: str
    uom: str = ""


@dataclass
class EnrichResult:
    matched: int = 0
    objects: int = 0
    unmatched_ids: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    empty: int = 0


def field_types(text):
    """``{field: (kind, unit)}`` from text such as ``"depth: measure m; share: double; map: uri"``:
    a kind of KINDS per field and, for a measure, its unit (default m)."""
    types = {}
    for item in (part.strip() for part in text.split(";")):
        if not item:
            continue
        name, _colon, rest = item.partition(":")
        words = rest.split()
        well_formed = name.strip() and words and words[0] in KINDS
        if not well_formed or len(words) > (2 if words[0] == "measure" else 1):
            raise InputError(
                N_("'{item}' is not 'field: type' or 'field: measure unit' (types: {kinds})."),
                item=item,
                kinds=", ".join(KINDS),
            )
        types[name.strip()] = (words[0], (words[1:] or ["m"])[0] if words[0] == "measure" else "")
    return types


def typed_text(kind, value):
    """The XML text of ``value`` as ``kind``; ValueError when it is not of that kind."""
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)  # exact, also beyond 2**53
        number = float(value)
        if not number.is_integer():
            raise ValueError(value)
        return str(int(number))
    if kind in ("double", "measure"):
        return repr(float(value))
    if kind == "date":
        if isinstance(value, (date, datetime)):
            return value.strftime("%Y-%m-%d")
        return date.fromisoformat(str(value)[:10]).isoformat()
    text = str(value)
    if not safe_xml.is_xml_text(text):
        raise ValueError(value)
    return text


@functools.lru_cache(maxsize=256)
def attribute_template(generics, kind, name, uom):
    """An empty generic attribute element; copies of it are quicker to make than new elements."""
    element = etree.Element(f"{{{generics}}}{kind}Attribute", name=name, nsmap={"gen": generics})
    value = etree.SubElement(element, f"{{{generics}}}value")
    if kind == "measure":
        value.set("uom", uom or "m")
    return element


def attribute_element(generics, spec, text):
    element = copy.copy(attribute_template(generics, spec.kind, spec.name, spec.uom))
    element[0].text = text
    return element


def add_attributes(city_object, generics, specs, values, result):
    """Insert (or update) the attributes in ``city_object`` before its own module's properties."""
    texts = []
    for spec in specs:
        value = values.get(spec.name)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            result.empty += value is not None or spec.name in values
            continue
        try:
            texts.append((spec, typed_text(spec.kind, value)))
        except (TypeError, ValueError):
            result.rejected.append((city_object.get(f"{{{GML}}}id"), spec.name, str(value)))
    if not texts:
        return
    names = {spec.name for spec, _text in texts}
    for existing in city_object.findall(f"{{{generics}}}*"):
        if existing.get("name") in names:
            city_object.remove(existing)
    own_namespace = city_object.tag.partition("}")[0] + "}"
    position = next(
        (
            index
            for index, child in enumerate(city_object)
            if isinstance(child.tag, str) and child.tag.startswith(own_namespace)
        ),
        len(city_object),
    )
    tail = city_object[position - 1].tail if position else city_object.text  # same indentation
    for offset, (spec, text) in enumerate(texts):
        added = attribute_element(generics, spec, text)
        added.tail = tail
        city_object.insert(position + offset, added)


def generics_namespace(root):
    """The generics namespace of the CityGML version of ``root``; FormatError for other files."""
    namespace = etree.QName(root).namespace
    if namespace not in GENERICS:
        raise FormatError(
            N_("Only CityGML 1.0 and 2.0 files can be enriched (found {namespace})."), namespace=namespace
        )
    return GENERICS[namespace]


def root_start_and_end(root):
    """The start tag (with namespaces and attributes) and the end tag of ``root`` as bytes."""
    try:
        shell = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=root.nsmap)
    except ValueError as error:  # e.g. a namespace URI with spaces: the parser lets it pass, lxml not
        raise FormatError(
            N_("The root element of the CityGML file cannot be written again ({detail})."), detail=str(error)
        ) from None
    empty = etree.tostring(shell)
    name = re.match(rb"<([^\s/>]+)", empty).group(1)
    return empty[: -len(b"/>")].rstrip() + b">", b"</" + name + b">"


def prologue(path):
    """Everything before the root element, byte for byte (XML declaration, comments), and the
    root's start tag as written in the file (None if it does not end within the first bytes)."""
    with open(path, "rb") as stream:
        head = stream.read(PROLOGUE_BYTES)
    found = ROOT_PATTERN.search(head)
    if not found:
        raise FormatError(
            N_("{path} is not a CityGML file (no CityModel element)."), path=os.path.basename(path)
        )
    start_tag = ROOT_START_TAG.match(head, found.start())
    return head[: found.start()], start_tag.group(0) if start_tag else None


class MemberWriter:
    """Writes the root's children one by one as the parser finishes them, then forgets them;
    ``prepare(element)`` sees each child element before it is written.

    The parser reports only the usual members (MEMBER_TAGS); anything else between them (comments,
    other properties) is written when the next member ends. A member stays in the tree (emptied)
    until then: the parser is still reading the whitespace after it (its tail).
    """

    def __init__(self, out, root, prepare, start_tag=None, crlf=False):
        self.out = out
        self.root = root
        self.prepare = prepare
        rebuilt_start, self.end_tag = root_start_and_end(root)
        self.start_tag = start_tag or rebuilt_start
        self.declarations = DECLARATION.findall(rebuilt_start)  # in scope everywhere below the root
        self.crlf = crlf
        self.started = False
        self.previous = None

    def member(self, element):
        self._flush(until=element)
        self.prepare(element)
        self._write(self._serialised(element, with_tail=False))
        element.clear(keep_tail=True)
        self.previous = element

    def finish(self):
        self._flush()
        self._write(self.end_tag + b"\n")

    def _write(self, data):
        """Write parsed text, its line ends as in the file (the parser made them all LF)."""
        self.out.write(data.replace(b"\n", b"\r\n") if self.crlf else data)

    def _serialised(self, element, with_tail):
        """``element`` as bytes, without the root's namespace declarations lxml repeats on it."""
        data = etree.tostring(element, encoding="utf-8", with_tail=with_tail)
        if not isinstance(element.tag, str):
            return data
        end = data.find(b">")
        start = data[:end]
        for declaration in self.declarations:
            start = start.replace(declaration, b"", 1)
        return start + data[end:]

    def _flush(self, until=None):
        """Write what stands before ``until`` (all children if None): the root's start tag the
        first time, the previous member's tail, comments; then drop it from the tree."""
        if not self.started:
            self.out.write(self.start_tag)
            self._write((self.root.text or "").encode("utf-8"))
            self.started = True
        for child in list(self.root):
            if child is until:
                break
            if child is self.previous:
                self._write((child.tail or "").encode("utf-8"))
            else:  # another property, a comment or a processing instruction between members
                if isinstance(child.tag, str):
                    self.prepare(child)
                self._write(self._serialised(child, with_tail=True))
            self.root.remove(child)


def coordinates_of(element):
    """The x, y pairs of a ``gml:posList`` or ``gml:pos`` element (3D unless srsDimension says 2)."""
    numbers = [float(value) for value in (element.text or "").split()]
    dimension = int(element.get("srsDimension") or 3)
    return list(zip(numbers[0::dimension], numbers[1::dimension]))


def ground_footprint(city_object):
    """The 2D footprint of a building: its ground surfaces (courtyards open), else the hull of all
    its points."""
    grounds = [shape for surface in city_object.iter("{*}GroundSurface") for shape in gml_polygons(surface)]
    if grounds:
        return ops.unary_union(grounds)
    points = [
        point
        for element in city_object.iter(f"{{{GML}}}posList", f"{{{GML}}}pos")
        for point in coordinates_of(element)
    ]
    return geometry.MultiPoint(points).convex_hull if len(points) >= 3 else None


class FootprintMatcher:
    """Matches buildings without usable ids to the polygon (of ``footprints``: key → shapely
    polygon, same CRS) covering the largest share of their footprint, if at least ``min_share``."""

    def __init__(self, footprints, min_share=0.5):
        self.keys = list(footprints)
        self.polygons = [footprints[key] for key in self.keys]
        self.index = GeometryIndex(self.polygons)
        self.min_share = min_share

    def __call__(self, city_object):
        if etree.QName(city_object).localname != "Building":
            return None  # parts are covered by their building
        try:
            footprint = ground_footprint(city_object)
        except ValueError:  # coordinates that are not numbers: not matched by place, as without any
            return None
        if footprint is None or footprint.area <= 0:
            return None
        best, best_share = None, self.min_share
        for position in self.index.candidates(footprint):
            share = self.polygons[position].intersection(footprint).area / footprint.area
            if share >= best_share:
                best, best_share = self.keys[position], share
        return best


def srs_of_citygml(path, limit=10_000):
    """The EPSG code of the first ``srsName`` in the CityGML file ``path`` (its envelope or first
    geometry), read as a stream; None when the first ``limit`` elements name none."""
    try:
        for number, (_event, element) in enumerate(safe_xml.iterparse(path, ("start",))):
            epsg = epsg_of_srs_name(element.get("srsName"))
            if epsg or number >= limit:
                return epsg
    except etree.XMLSyntaxError as error:
        raise not_well_formed(path, error) from None
    return None


def not_well_formed(path, error):
    """The :class:`FormatError` for a CityGML file at which the XML parser stopped with ``error``."""
    return FormatError(
        N_("The CityGML file {name} is not well-formed XML ({detail})."),
        name=os.path.basename(path),
        detail=str(error),
    )


def by_gml_id(city_object):
    return city_object.get(f"{{{GML}}}id")


def enrich_citygml(
    source_path,
    target_path,
    values,
    specs,
    object_names=("Building", "BuildingPart"),
    match=by_gml_id,
    is_cancelled=lambda: False,
):
    """Write ``source_path`` with attributes added to ``target_path``.

    ``values``: ``{key: {attribute name: value}}``; ``specs``: :class:`AttributeSpec` list.
    Only city objects whose local name is in ``object_names`` are matched, by ``match(city object)``
    giving the key (default: the gml:id; or a :class:`FootprintMatcher`). Returns an
    :class:`EnrichResult`; the target file only appears when everything was written, and a run
    stopped by ``is_cancelled()`` (checked per member) leaves nothing.
    """
    unknown = [spec.kind for spec in specs if spec.kind not in KINDS]
    if unknown:
        raise InputError(N_("Unknown attribute type '{kind}'."), kind=unknown[0])
    result = EnrichResult()
    seen = set()
    wanted = [f"{{*}}{name}" for name in object_names]  # any namespace: CityGML 1.0 and 2.0
    generics = None

    def enrich_member(member):
        for city_object in member.iter(*wanted):
            result.objects += 1
            key = match(city_object)
            if key in values:
                seen.add(key)
                result.matched += 1
                add_attributes(city_object, generics, specs, values[key], result)

    head, start_tag = prologue(source_path)
    crlf = b"\r\n" in head + (start_tag or b"")
    try:
        with atomic_output(target_path) as out:
            out.write(head)
            writer = None
            members = safe_xml.iterparse(source_path, ("end",), tag=MEMBER_TAGS)
            for _event, element in members:
                if writer is None:
                    root = element.getroottree().getroot()
                    generics = generics_namespace(root)
                    writer = MemberWriter(out, root, enrich_member, start_tag, crlf)
                if element.getparent() is not writer.root:
                    continue
                if is_cancelled():
                    raise Cancelled()
                writer.member(element)
            if writer is None:  # no member at all
                generics = generics_namespace(members.root)
                writer = MemberWriter(out, members.root, enrich_member, start_tag, crlf)
            writer.finish()
    except etree.XMLSyntaxError as error:
        raise not_well_formed(source_path, error) from None
    result.unmatched_ids = sorted(set(values) - seen)
    return result
