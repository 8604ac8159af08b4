"""3D city models read back: the city objects of CityGML 2.0/1.0 and CityJSON/CityJSONSeq files as
2D footprints with their attributes, to check an export or pick buildings in QGIS.

A footprint is the object's ground surfaces where it has them, else the union of all its surfaces
seen from above (walls vanish, roofs and floors cover the footprint, courtyards stay open).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from .. import safe_xml
from ..crs import epsg_of_srs_name
from ..errors import JSON_ERRORS, N_, Cancelled, FormatError
from ..lazy import LazyModule
from .citygml_enrich import MEMBER_TAGS, not_well_formed, srs_of_citygml
from .gml_geometry import GML, flat_polygon, gml_polygons, gml_rings, roof_rings

etree = LazyModule("lxml.etree")
ops = LazyModule("shapely.ops")

# CityGML properties read as attributes besides the generic ones (local names)
PROPERTIES = (
    "measuredHeight",
    "function",
    "usage",
    "class",
    "roofType",
    "storeysAboveGround",
    "yearOfConstruction",
)
NUMBER_KINDS = {"intAttribute": int, "doubleAttribute": float, "measureAttribute": float}


@dataclass
class ModelObject:
    object_id: str
    kind: str
    footprint: object  # shapely (Multi)Polygon, or None without surfaces
    attributes: dict = field(default_factory=dict)
    roofs: list = field(default_factory=list)  # [(exterior, interiors)] 3D rings, when asked for


@dataclass
class CityModel:
    epsg: int | None
    objects: list = field(default_factory=list)


def seen_from_above(polygons, grounds):
    """The footprint: the union of the ground polygons, else of all polygons (2D; those seen edge
    on have no area and drop out); None without any."""
    chosen = [shape for shape in (grounds or polygons) if shape.area > 0]
    if not chosen:
        return None
    union = ops.unary_union(chosen)
    if union.geom_type == "GeometryCollection":  # lines and points where repaired rings touched
        union = ops.unary_union([part for part in union.geoms if part.area > 0])
    return union


# ---------------------------------------------------------------------------------------- CityGML


def gml_value(attribute):
    """The value of a generic attribute element (typed by its kind)."""
    value = next(attribute.iter("{*}value"), None)
    text = (value.text or "").strip() if value is not None else ""
    return typed(text, NUMBER_KINDS.get(etree.QName(attribute).localname, str))


def typed(text, convert):
    """``convert(text)``, or the text where it is not such a number."""
    try:
        return convert(text)
    except ValueError:
        return text


def citygml_object(city_object, with_roofs=False):
    """A :class:`ModelObject` of one CityGML city object (its parts' surfaces included), with its
    roofs in 3D if asked."""
    attributes = {}
    for child in city_object:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name.endswith("Attribute") and child.get("name"):
            attributes[child.get("name")] = gml_value(child)
        elif name in PROPERTIES and child.text and child.text.strip():
            attributes[name] = typed(child.text.strip(), float if name == "measuredHeight" else str)
    grounds = [shape for surface in city_object.iter("{*}GroundSurface") for shape in gml_polygons(surface)]
    surfaces = gml_rings(city_object)
    roofs = []
    if with_roofs:
        marked = [rings for surface in city_object.iter("{*}RoofSurface") for rings in gml_rings(surface)]
        roofs = roof_rings(marked, surfaces)
    return ModelObject(
        city_object.get(f"{{{GML}}}id") or "",
        etree.QName(city_object).localname,
        seen_from_above([flat_polygon(*rings) for rings in surfaces], grounds),
        attributes,
        roofs,
    )


def readable_object(city_object, with_roofs, path):
    """:func:`citygml_object`, or a :class:`FormatError` naming the object whose coordinates are not
    numbers (or not finite, or in a dimension that does not divide them)."""
    try:
        return citygml_object(city_object, with_roofs)
    except (ValueError, TypeError) as error:
        raise FormatError(
            N_(
                "The CityGML file {name} has a city object whose geometry cannot be read "
                "({object}: {detail})."
            ),
            name=os.path.basename(path),
            object=city_object.get(f"{{{GML}}}id") or etree.QName(city_object).localname,
            detail=str(error)[:120],
        ) from None


def read_citygml(path, is_cancelled=lambda: False, with_roofs=False):
    """The :class:`CityModel` of a CityGML file, read member by member (memory stays flat); with
    each object's roofs in 3D if asked."""
    root = None
    try:
        model = CityModel(srs_of_citygml(path))
        for _event, member in safe_xml.iterparse(path, ("end",), tag=MEMBER_TAGS):
            root = root if root is not None else member.getroottree().getroot()
            if member.getparent() is not root:
                continue
            if is_cancelled():
                raise Cancelled()
            for city_object in member:
                if isinstance(city_object.tag, str):
                    model.objects.append(readable_object(city_object, with_roofs, path))
            member.clear(keep_tail=True)
            while member.getprevious() is not None:  # earlier members, whose tails are complete
                del root[0]
    except etree.XMLSyntaxError as error:
        raise not_well_formed(path, error) from None
    return model


# --------------------------------------------------------------------------------------- CityJSON


def json_rings(surface, vertices):
    """The rings of a CityJSON surface as coordinates (see :func:`json_vertex`)."""
    return [[json_vertex(vertices, index) for index in ring] for ring in surface]


def json_vertex(vertices, index):
    """The vertex at ``index``; an IndexError outside the list, negative indices included (Python
    would count those from the end)."""
    if index < 0:
        raise IndexError(index)
    return vertices[index]


def cityjson_surfaces(geometry_item):
    """``[(surface, semantic type)]`` of one CityJSON geometry (MultiSurface, CompositeSurface,
    Solid or MultiSolid/CompositeSolid)."""
    kind, boundaries = geometry_item.get("type"), geometry_item.get("boundaries") or []
    semantics = geometry_item.get("semantics") or {}
    types = [surface.get("type", "") for surface in semantics.get("surfaces", [])]
    values = semantics.get("values")
    if kind in ("MultiSurface", "CompositeSurface"):
        shells, labels = [boundaries], [values]
    elif kind == "Solid":
        shells, labels = boundaries, values or [None] * len(boundaries)
    elif kind in ("MultiSolid", "CompositeSolid"):
        shells = [shell for solid in boundaries for shell in solid]
        labels = [label for solid in (values or [[None] * len(s) for s in boundaries]) for label in solid]
    else:
        return []
    result = []
    for shell, label in zip(shells, labels or [None] * len(shells)):
        for number, surface in enumerate(shell):
            index = label[number] if isinstance(label, list) and number < len(label) else None
            result.append((surface, types[index] if index is not None and index < len(types) else ""))
    return result


def cityjson_objects(city_objects, vertices, with_roofs=False):
    """:class:`ModelObject` objects of a ``CityObjects`` dictionary: one per object without a
    parent, its children's surfaces added to its own (and its roofs in 3D if asked)."""
    surfaces = {}
    for key, item in city_objects.items():
        found = surfaces[key] = []
        for geometry_item in item.get("geometry") or []:
            for surface, semantic in cityjson_surfaces(geometry_item):
                rings = json_rings(surface, vertices)
                if rings:
                    found.append((semantic, (rings[0], rings[1:])))

    def gathered(key):
        found = list(surfaces.get(key, []))
        for child in city_objects.get(key, {}).get("children") or []:
            found += gathered(child)
        return found

    objects = []
    for key, item in city_objects.items():
        if item.get("parents"):
            continue
        found = gathered(key)
        polygons = [flat_polygon(*rings) for _semantic, rings in found]
        grounds = [shape for shape, (semantic, _rings) in zip(polygons, found) if semantic == "GroundSurface"]
        roofs = []
        if with_roofs:
            marked = [rings for semantic, rings in found if semantic == "RoofSurface"]
            roofs = roof_rings(marked, [rings for _semantic, rings in found])
        attributes = dict(item.get("attributes") or {})
        objects.append(
            ModelObject(key, item.get("type", ""), seen_from_above(polygons, grounds), attributes, roofs)
        )
    return objects


def real_vertices(vertices, transform):
    """Vertex coordinates with the file's ``transform`` (scale and translate) applied."""
    if not transform:
        return [tuple(vertex) for vertex in vertices]
    scale, translate = transform["scale"], transform["translate"]
    return [tuple(v * s + t for v, s, t in zip(vertex, scale, translate)) for vertex in vertices]


def cityjson_epsg(document):
    metadata = document.get("metadata")
    return epsg_of_srs_name(str(metadata.get("referenceSystem") or "") if isinstance(metadata, dict) else "")


def read_cityjson(data, name, is_cancelled=lambda: False, with_roofs=False):
    """The :class:`CityModel` of a CityJSON document or a CityJSONSeq (one JSON text per line: the
    header, then CityJSONFeature objects with their own vertices); with each object's roofs in 3D if
    asked."""
    documents, _sequence = cityjson_documents(data, name)
    header = documents[0] if isinstance(documents[0], dict) else {}
    if header.get("type") != "CityJSON":
        raise FormatError(
            N_("{name} is not a CityJSON file ({detail})."), name=name, detail='no "type": "CityJSON"'
        )
    model = CityModel(cityjson_epsg(header))
    transform = header.get("transform")
    for document in documents:
        if is_cancelled():
            raise Cancelled()
        try:
            vertices = real_vertices(document.get("vertices") or [], transform)
            model.objects += cityjson_objects(document.get("CityObjects") or {}, vertices, with_roofs)
        except (AttributeError, TypeError, ValueError, KeyError, IndexError, OverflowError, RecursionError):
            raise FormatError(  # the file's structure, not the reader: a part of the wrong kind or size
                N_(
                    "{name} is not a valid CityJSON file: its city objects, vertices or transform "
                    "are malformed."
                ),
                name=name,
            ) from None
    return model


def cityjson_documents(data, name):
    """``(documents, sequence)``: the JSON texts of a CityJSON file (``data``: bytes) - one, or for
    a CityJSONSeq one per line - and whether it is a sequence; FormatError for anything else."""
    try:
        text = data.decode("utf-8-sig")
        lines = [line for line in text.splitlines() if line.strip()]
        sequence = is_sequence(lines)
        return ([json.loads(line) for line in lines] if sequence else [json.loads(text)]), sequence
    except JSON_ERRORS as error:
        raise FormatError(
            N_("{name} is not a CityJSON file ({detail})."), name=name, detail=str(error)
        ) from None


def is_sequence(texts):
    """True when the lines are a CityJSONSeq: a header line, then CityJSONFeature lines."""
    if len(texts) < 2:
        return False
    try:
        first, second = json.loads(texts[0]), json.loads(texts[1])
    except JSON_ERRORS:
        return False
    return isinstance(first, dict) and isinstance(second, dict) and second.get("type") == "CityJSONFeature"
