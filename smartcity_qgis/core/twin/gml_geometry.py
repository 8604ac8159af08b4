"""Polygons of GML geometry (CityGML 2.0/1.0), seen from above."""

from __future__ import annotations

import math

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
        if not all(map(math.isfinite, numbers)):
            raise ValueError(f"coordinates beyond any number: {(element.text or '').strip()[:40]}")
        dimension = int(element.get("srsDimension") or 3)
        points += list(zip(*(numbers[axis::dimension] for axis in range(dimension))))
    return points


def gml_rings(element):
    """``[(exterior, interiors)]``: the 3D rings of every ``gml:Polygon`` below ``element``."""
    polygons = []
    for polygon in element.iter(f"{{{GML}}}Polygon"):
        exterior = next(polygon.iter(f"{{{GML}}}exterior"), None)
        if exterior is not None:
            polygons.append(
                (gml_ring(exterior), [gml_ring(ring) for ring in polygon.iter(f"{{{GML}}}interior")])
            )
    return polygons


def gml_polygons(element):
    """The 2D polygons (with holes) of every ``gml:Polygon`` below ``element``."""
    return [flat_polygon(exterior, interiors) for exterior, interiors in gml_rings(element)]


def faces_up(exterior):
    """True when the plane of the ring (3D points) faces the sky (its normal, by Newell's method,
    points more up than sideways), whichever way the ring turns: roofs and floors of LoD1 blocks,
    not walls."""
    normal = [0.0, 0.0, 0.0]
    for (x1, y1, z1), (x2, y2, z2) in zip(exterior, exterior[1:] + exterior[:1]):
        normal[0] += (y1 - y2) * (z1 + z2)
        normal[1] += (z1 - z2) * (x1 + x2)
        normal[2] += (x1 - x2) * (y1 + y2)
    return abs(normal[2]) > (normal[0] ** 2 + normal[1] ** 2) ** 0.5


def is_3d_polygon(exterior, interiors):
    """True when every ring has at least three points, each with a height."""
    return all(len(ring) >= 3 and all(len(point) > 2 for point in ring) for ring in [exterior, *interiors])


def roof_rings(roofs, surfaces):
    """The roof polygons (3D rings): the ``roofs`` (semantic roof surfaces) where there are any,
    else the ``surfaces`` that face up, but not from the lowest level (the tops of LoD1 blocks,
    not their floors)."""
    roofs = [rings for rings in roofs if is_3d_polygon(*rings)]
    if roofs:
        return roofs
    bottom = min(
        (point[2] for exterior, _holes in surfaces for point in exterior if len(point) > 2), default=0.0
    )
    return [
        (exterior, interiors)
        for exterior, interiors in surfaces
        if is_3d_polygon(exterior, interiors)
        and faces_up(exterior)
        and max(point[2] for point in exterior) > bottom + 1e-6
    ]
