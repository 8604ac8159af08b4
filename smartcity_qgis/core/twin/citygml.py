"""CityGML 2.0 from analysis layers, with the same city objects as the CityJSON export.

Buildings become ``bldg:Building`` with an LoD1 solid and measured height, water surfaces
``wtr:WaterBody`` with an LoD1 multi-surface, lines and points ``gen:GenericCityObject``s with an
LoD0 geometry (a road or path is kept as the generic object's class). Attributes are typed
generic attributes.
"""

import math
from datetime import date, datetime

from ..errors import N_, InputError
from ..lazy import LazyModule
from .cityjson import KINDS, extruded_solid, open_ring
from .dynamizer import gml_id

etree = LazyModule("lxml.etree")

CORE = "http://www.opengis.net/citygml/2.0"
GML = "http://www.opengis.net/gml"
BLDG = "http://www.opengis.net/citygml/building/2.0"
WTR = "http://www.opengis.net/citygml/waterbody/2.0"
GEN = "http://www.opengis.net/citygml/generics/2.0"
NAMESPACES = {None: CORE, "gml": GML, "bldg": BLDG, "wtr": WTR, "gen": GEN}


def element(parent, namespace, tag, text=None, **attributes):
    child = etree.SubElement(parent, f"{{{namespace}}}{tag}", attributes)
    if text is not None:
        child.text = str(text)
    return child


def pos_list(parent, points):
    element(
        parent, GML, "posList", " ".join(f"{x:.3f} {y:.3f} {z:.3f}" for x, y, z in points), srsDimension="3"
    )


def polygon(parent, rings):
    """A gml:Polygon of the exterior ring ``rings[0]`` and the interior rings (holes) after it."""
    shape = element(parent, GML, "Polygon")
    for number, ring in enumerate(rings):
        ring = list(open_ring(ring))
        boundary = element(shape, GML, "exterior" if number == 0 else "interior")
        pos_list(element(boundary, GML, "LinearRing"), ring + ring[:1])


def generic_attributes(parent, attributes):
    for name, value in attributes.items():
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        if isinstance(value, (bool, str)):
            kind, text = "string", str(value)
        elif isinstance(value, int):
            kind, text = "int", str(value)
        elif isinstance(value, float):
            kind, text = "double", repr(value)
        elif isinstance(value, (date, datetime)):
            kind, text = "date", value.strftime("%Y-%m-%d")
        else:
            kind, text = "string", str(value)
        attribute = element(parent, GEN, f"{kind}Attribute", name=name)
        element(attribute, GEN, "value", text)


def building(parent, item, srs_name):
    node = element(parent, BLDG, "Building", **{f"{{{GML}}}id": gml_id(item.object_id)})
    generic_attributes(node, item.attributes)
    element(node, BLDG, "measuredHeight", f"{item.height:.3f}", uom="m")
    solid = element(element(node, BLDG, "lod1Solid"), GML, "Solid", srsName=srs_name, srsDimension="3")
    shell = element(element(solid, GML, "exterior"), GML, "CompositeSurface")
    for surface in extruded_solid(item.footprint, item.ground, item.height, item.holes):
        polygon(element(shell, GML, "surfaceMember"), surface)


def water_body(parent, item, srs_name):
    node = element(parent, WTR, "WaterBody", **{f"{{{GML}}}id": gml_id(item.object_id)})
    generic_attributes(node, item.attributes)
    surfaces = element(
        element(node, WTR, "lod1MultiSurface"), GML, "MultiSurface", srsName=srs_name, srsDimension="3"
    )
    for surface in item.surfaces:
        polygon(element(surfaces, GML, "surfaceMember"), surface)


def generic_object(parent, item, srs_name):
    node = element(parent, GEN, "GenericCityObject", **{f"{{{GML}}}id": gml_id(item.object_id)})
    generic_attributes(node, item.attributes)
    element(node, GEN, "class", "Road" if item.kind == "Road" else item.kind)
    holder = element(node, GEN, "lod0Geometry")
    if item.geometry_type == "MultiLineString":
        curves = element(holder, GML, "MultiCurve", srsName=srs_name, srsDimension="3")
        for line in item.lines:
            pos_list(element(element(curves, GML, "curveMember"), GML, "LineString"), line)
    elif item.geometry_type == "MultiPoint":
        points = element(holder, GML, "MultiPoint", srsName=srs_name, srsDimension="3")
        for x, y, z in item.points:
            element(
                element(element(points, GML, "pointMember"), GML, "Point"),
                GML,
                "pos",
                f"{x:.3f} {y:.3f} {z:.3f}",
            )
    else:
        surfaces = element(holder, GML, "MultiSurface", srsName=srs_name, srsDimension="3")
        for surface in item.surfaces:
            polygon(element(surfaces, GML, "surfaceMember"), surface)


def citygml_document(city_objects, epsg, height_epsg=None):
    """``(CityGML 2.0 bytes, [(object id, reason)])`` of the :class:`~.cityjson_export.CityObject` list."""
    if not city_objects:
        raise InputError(N_("There is nothing to export."))
    unknown = sorted({item.kind for item in city_objects} - set(KINDS))
    if unknown:
        raise InputError(N_("Unknown city object type '{kind}'."), kind=unknown[0])
    srs_name = f"urn:ogc:def:crs,crs:EPSG::{epsg},crs:EPSG::{height_epsg}" if height_epsg else f"EPSG:{epsg}"
    model = etree.Element(f"{{{CORE}}}CityModel", nsmap=NAMESPACES)
    seen, skipped = set(), []
    for item in city_objects:
        if item.object_id in seen:
            skipped.append((item.object_id, "duplicate id"))
            continue
        member = etree.Element(f"{{{CORE}}}cityObjectMember")
        try:
            if item.kind == "Building" and item.geometry_type == "Solid":
                building(member, item, srs_name)
            elif item.kind == "WaterBody" and item.geometry_type == "MultiSurface":
                water_body(member, item, srs_name)
            else:
                generic_object(member, item, srs_name)
        except ValueError as error:
            skipped.append((item.object_id, str(error)))
            continue
        seen.add(item.object_id)
        model.append(member)
    return etree.tostring(model, xml_declaration=True, encoding="UTF-8", pretty_print=True), skipped
