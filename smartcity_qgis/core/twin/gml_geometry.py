"""Polygons of GML geometry (CityGML 2.0/1.0), seen from above."""

from __future__ import annotations

from ..lazy import LazyModule

geometry = LazyModule("shapely.geometry")
GML = "http://www.opengis.net/gml"


def flat_polygon(exterior, interiors):
    """A 2D shapely polygon of 3D rings (lists of (x, y, …)), repaired if it is invalid."""
    if len(exterior) < 3:
        return geometry.Polygon()
    shape = geometry.Polygon([point[:2] for point in exterior], [[p[:2] for p in ring] for ring in interiors])
    return shape if shape.is_valid else shape.buffer(0)


def gml_ring(ring):
    """The points of a ``gml:LinearRing`` (``posList`` or ``pos`` elements, 3D unless told)."""
    points = []
    for element in ring.iter(f"{{{GML}}}posList", f"{{{GML}}}pos"):
        numbers = [float(value) for value in (element.text or "").split()]
        dimension = int(element.get("srsDimension") or 3)
        points += list(zip(*(numbers[axis::dimension] for axis in range(dimension))))
    return points


def gml_polygons(element):
    """The 2D polygons (with holes) of every ``gml:Polygon`` below ``element``."""
    shapes = []
    for polygon in element.iter(f"{{{GML}}}Polygon"):
        exterior = next(polygon.iter(f"{{{GML}}}exterior"), None)
        if exterior is None:
            continue
        interiors = [gml_ring(ring) for ring in polygon.iter(f"{{{GML}}}interior")]
        shapes.append(flat_polygon(gml_ring(exterior), interiors))
    return shapes
