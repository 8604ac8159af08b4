"""CityJSON 2.0 from analysis layers: LoD1 buildings, water surfaces, lines and points.

Coordinates are metres in a projected CRS with heights; vertices are shared, stored as integers
with a millimetre ``transform``. Attribute types are kept (numbers stay numbers, dates become
ISO text). The height datum is recorded in the metadata.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime

from ..errors import N_, InputError
from ..lazy import LazyModule

np = LazyModule("numpy")

KINDS = ("Building", "WaterBody", "Road", "GenericCityObject")
SCALE = 0.001


MAX_HEIGHT_M = 1000.0  # taller than any building: a broken height value


@dataclass
class CityObject:
    """One object: ``geometry_type`` is Solid (from ``footprint`` + ``ground`` + ``height``),
    MultiSurface (``surfaces``: rings with z), MultiLineString (``lines``) or MultiPoint (``points``)."""

    object_id: str
    kind: str
    geometry_type: str
    lod: str = "1"
    footprint: list = None
    holes: list = field(default_factory=list)  # inner rings of the footprint (courtyards)
    ground: float = 0.0
    height: float = 0.0
    surfaces: list = field(default_factory=list)
    lines: list = field(default_factory=list)
    points: list = field(default_factory=list)
    attributes: dict = field(default_factory=dict)


def city_object_problem(item):
    """Why ``item`` cannot be exported, or None: a coordinate or height that is not a finite number,
    or a building height outside (0, MAX_HEIGHT_M]."""
    if item.geometry_type == "Solid":
        if not (isinstance(item.height, (int, float)) and 0 < item.height <= MAX_HEIGHT_M):
            return f"height {item.height} is not a building height (0 to {MAX_HEIGHT_M:g} m)"
        rings = [item.footprint, *item.holes]
        numbers = [item.ground, *(value for ring in rings for point in ring for value in point)]
    else:
        points = [point for ring in item.surfaces for part in ring for point in part]
        points += [point for line in item.lines for point in line] + list(item.points)
        numbers = [value for point in points for value in point]
    if not all(isinstance(value, (int, float)) and math.isfinite(value) for value in numbers):
        return "coordinates or heights that are not finite numbers"
    return None


def ring_area(ring):
    """Signed area of a 2D ring (positive when counter-clockwise)."""
    xy = np.asarray(ring, float)[:, :2]
    x, y = xy[:, 0], xy[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def open_ring(ring):
    """The ring without a repeated closing point (CityJSON rings are implicitly closed)."""
    ring = [tuple(point) for point in ring]
    return ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring


def oriented(ring, counterclockwise):
    """The open ``ring`` turned counter-clockwise (seen from above) or clockwise."""
    ring = open_ring(ring)
    return ring if (ring_area(ring) > 0) == counterclockwise else ring[::-1]


def extruded_solid(footprint, ground, height, holes=()):
    """Surfaces (each ``[exterior ring, *interior rings]`` of (x, y, z)) of the prism over
    ``footprint`` (exterior ring, any orientation) with its ``holes`` (courtyards: open to the sky,
    walled inside) from ``ground`` to ``ground + height``, oriented outwards."""
    if len(open_ring(footprint)) < 3 or abs(ring_area(open_ring(footprint))) < 1e-9:
        raise ValueError("degenerate footprint")
    if not height > 0:
        raise ValueError("height must be positive")
    rings = [oriented(footprint, True)] + [
        oriented(hole, False)
        for hole in holes
        if len(open_ring(hole)) >= 3 and abs(ring_area(open_ring(hole))) > 1e-9
    ]
    top_z = ground + height
    bottom = [[(x, y, ground) for x, y, *_ in reversed(ring)] for ring in rings]
    top = [[(x, y, top_z) for x, y, *_ in ring] for ring in rings]
    walls = [
        [[(ax, ay, ground), (bx, by, ground), (bx, by, top_z), (ax, ay, top_z)]]
        for ring in rings
        for (ax, ay, *_), (bx, by, *_) in zip(ring, ring[1:] + ring[:1])
    ]
    return [bottom, top, *walls]


def json_value(value):
    """An attribute value with its type kept: numbers, booleans, text; dates as ISO text; NaN and
    infinite numbers dropped (JSON cannot hold them)."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, (bool, int, str)) or value is None:
        return value
    return str(value)


class VertexStore:
    """Shared integer vertices relative to a translation, in millimetres."""

    def __init__(self, translate):
        self.translate = translate
        self.index = {}
        self.vertices = []

    def add(self, point):
        x, y, z = (point + (0.0,))[:3] if len(point) == 2 else point[:3]
        key = tuple(int(round((value - origin) / SCALE)) for value, origin in zip((x, y, z), self.translate))
        if key not in self.index:
            self.index[key] = len(self.vertices)
            self.vertices.append(list(key))
        return self.index[key]


def geometry_of(city_object, store):
    if city_object.geometry_type == "Solid":
        surfaces = extruded_solid(
            city_object.footprint, city_object.ground, city_object.height, city_object.holes
        )
        shell = [[[store.add(point) for point in ring] for ring in surface] for surface in surfaces]
        return {"type": "Solid", "lod": city_object.lod, "boundaries": [shell]}
    if city_object.geometry_type == "MultiSurface":
        boundaries = [
            [[store.add(point) for point in open_ring(ring)] for ring in surface]
            for surface in city_object.surfaces
        ]
        return {"type": "MultiSurface", "lod": city_object.lod, "boundaries": boundaries}
    if city_object.geometry_type == "MultiLineString":
        return {
            "type": "MultiLineString",
            "lod": city_object.lod,
            "boundaries": [[store.add(point) for point in line] for line in city_object.lines],
        }
    return {
        "type": "MultiPoint",
        "lod": city_object.lod,
        "boundaries": [store.add(point) for point in city_object.points],
    }


def all_points(city_object):
    if city_object.geometry_type == "Solid":
        return [(x, y, city_object.ground) for x, y, *_ in city_object.footprint]
    if city_object.geometry_type == "MultiSurface":
        return [point for surface in city_object.surfaces for ring in surface for point in ring]
    if city_object.geometry_type == "MultiLineString":
        return [point for line in city_object.lines for point in line]
    return list(city_object.points)


def origin_of(city_objects):
    """The shared translation: the floor of the smallest coordinates (objects checked first)."""
    if not city_objects:
        raise InputError(N_("There is nothing to export."))
    unknown = sorted({item.kind for item in city_objects} - set(KINDS))
    if unknown:
        raise InputError(N_("Unknown city object type '{kind}'."), kind=unknown[0])
    points = np.array(
        [
            point[:3] if len(point) > 2 else (*point, 0.0)
            for item in city_objects
            for point in all_points(item)
        ],
        float,
    )
    return tuple(float(value) for value in np.floor(points.min(axis=0)))


def city_object_entries(city_objects, new_store):
    """``(entries, skipped)``: ``(id, CityJSON object, vertex store)`` per usable object, each object's
    vertices in ``new_store()`` (one shared store, or one per object); ``(id, reason)`` of the rest."""
    entries, skipped, seen = [], [], set()
    for item in city_objects:
        if item.object_id in seen:
            skipped.append((item.object_id, "duplicate id"))
            continue
        store = new_store()
        try:
            geometry = geometry_of(item, store)
        except ValueError as error:
            skipped.append((item.object_id, str(error)))
            continue
        seen.add(item.object_id)
        entry = {"type": item.kind, "geometry": [geometry]}
        attributes = {name: json_value(value) for name, value in item.attributes.items()}
        attributes = {name: value for name, value in attributes.items() if value is not None}
        if attributes:
            entry["attributes"] = attributes
        entries.append((item.object_id, entry, store))
    return entries, skipped


def header(origin, epsg, height_datum, title):
    """A CityJSON 2.0 document without objects: version, transform and metadata."""
    metadata = {"referenceSystem": f"https://www.opengis.net/def/crs/EPSG/0/{epsg}"}
    if title:
        metadata["title"] = title
    if height_datum:
        metadata["heightDatum"] = height_datum  # recorded for importers; not in the core schema
    return {
        "type": "CityJSON",
        "version": "2.0",
        "transform": {"scale": [SCALE, SCALE, SCALE], "translate": list(origin)},
        "metadata": metadata,
        "CityObjects": {},
        "vertices": [],
    }


def cityjson_document(city_objects, epsg, height_datum="", title=""):
    """The CityJSON 2.0 document (a dict) of ``city_objects``; objects with unusable geometry are
    skipped and returned as ``(document, [(object id, reason)])``."""
    origin = origin_of(city_objects)
    store = VertexStore(origin)
    entries, skipped = city_object_entries(city_objects, lambda: store)
    document = header(origin, epsg, height_datum, title)
    document["CityObjects"] = {object_id: entry for object_id, entry, _store in entries}
    document["vertices"] = store.vertices
    return document, skipped


def cityjson_sequence(city_objects, epsg, height_datum="", title=""):
    """CityJSONSeq for large outputs, written one line per item: ``(header, features, skipped)`` with
    one ``CityJSONFeature`` per object carrying its own vertices (same transform as the header)."""
    origin = origin_of(city_objects)
    entries, skipped = city_object_entries(city_objects, lambda: VertexStore(origin))
    features = [
        {
            "type": "CityJSONFeature",
            "id": object_id,
            "CityObjects": {object_id: entry},
            "vertices": store.vertices,
        }
        for object_id, entry, store in entries
    ]
    return header(origin, epsg, height_datum, title), features, skipped
