"""3D Tiles 1.1 for web viewers (CesiumJS, Masterportal): city objects as glTF tiles (one, or a
quadtree of them for a whole town).

Buildings become closed LoD1 meshes, surfaces (e.g. flooded areas) draped triangles, each vertex
tagged with its object's feature id (EXT_mesh_features) and the attributes stored in a property
table (EXT_structural_metadata). Coordinates go from ETRS89 / UTM to the WGS84 ellipsoid here
(GRS80 and WGS84 differ by less than a millimetre); heights are normal heights (DHHN2016) plus a
constant geoid undulation the user gives, since the GCG2016 quasigeoid is not available offline.
"""

from __future__ import annotations

import json
import math
import struct

from ..errors import N_, InputError
from ..lazy import LazyModule
from .cityjson import extruded_solid, open_ring, ring_area

np = LazyModule("numpy")
spatial = LazyModule("scipy.spatial")
geometry = LazyModule("shapely.geometry")


SEMI_MAJOR = 6378137.0
FLATTENING = 1 / 298.257222101  # GRS80
UTM_SCALE = 0.9996
FALSE_EASTING = 500000.0
COLORS = {"Building": (0.82, 0.80, 0.76, 1.0), "WaterBody": (0.16, 0.45, 0.85, 0.8)}
OTHER_COLOR = (0.9, 0.55, 0.2, 1.0)
GLB_MAGIC, JSON_CHUNK, BIN_CHUNK = 0x46546C67, 0x4E4F534A, 0x004E4942


def utm_zone(epsg):
    """The UTM zone of ETRS89 / UTM (EPSG:25828–25838) or WGS 84 / UTM north (EPSG:32601–32660)."""
    if 25828 <= epsg <= 25838:
        return epsg - 25800
    if 32601 <= epsg <= 32660:
        return epsg - 32600
    raise InputError(
        N_(
            "3D Tiles need coordinates in ETRS89 / UTM (e.g. EPSG:25832 or 25833); "
            "EPSG:{epsg} is not supported."
        ),
        epsg=epsg,
    )


def utm_to_geodetic(easting, northing, zone):
    """Latitude and longitude (radians) of UTM coordinates (northern hemisphere), Krüger series."""
    n = FLATTENING / (2 - FLATTENING)
    radius = SEMI_MAJOR / (1 + n) * (1 + n**2 / 4 + n**4 / 64)
    beta = (
        n / 2 - 2 * n**2 / 3 + 37 * n**3 / 96 - n**4 / 360,
        n**2 / 48 + n**3 / 15 - 437 * n**4 / 1440,
        17 * n**3 / 480 - 37 * n**4 / 840,
        4397 * n**4 / 161280,
    )
    delta = (
        2 * n - 2 * n**2 / 3 - 2 * n**3 + 116 * n**4 / 45,
        7 * n**2 / 3 - 8 * n**3 / 5 - 227 * n**4 / 45,
        56 * n**3 / 15 - 136 * n**4 / 35,
        4279 * n**4 / 630,
    )
    xi = np.asarray(northing, float) / (UTM_SCALE * radius)
    eta = (np.asarray(easting, float) - FALSE_EASTING) / (UTM_SCALE * radius)
    xi_prime, eta_prime = xi.copy(), eta.copy()
    for order, coefficient in enumerate(beta, start=1):
        xi_prime -= coefficient * np.sin(2 * order * xi) * np.cosh(2 * order * eta)
        eta_prime -= coefficient * np.cos(2 * order * xi) * np.sinh(2 * order * eta)
    chi = np.arcsin(np.sin(xi_prime) / np.cosh(eta_prime))
    latitude = chi + sum(
        coefficient * np.sin(2 * order * chi) for order, coefficient in enumerate(delta, start=1)
    )
    longitude = math.radians(6 * zone - 183) + np.arctan2(np.sinh(eta_prime), np.cos(xi_prime))
    return latitude, longitude


def geodetic_to_ecef(latitude, longitude, height):
    """Earth-centred, earth-fixed x, y, z (m) on the GRS80/WGS84 ellipsoid."""
    eccentricity2 = FLATTENING * (2 - FLATTENING)
    normal = SEMI_MAJOR / np.sqrt(1 - eccentricity2 * np.sin(latitude) ** 2)
    return (
        (normal + height) * np.cos(latitude) * np.cos(longitude),
        (normal + height) * np.cos(latitude) * np.sin(longitude),
        (normal * (1 - eccentricity2) + height) * np.sin(latitude),
    )


def east_north_up(latitude, longitude):
    """The rows of the rotation from ECEF to the local east, north, up axes."""
    return np.array(
        [
            [-math.sin(longitude), math.cos(longitude), 0.0],
            [
                -math.sin(latitude) * math.cos(longitude),
                -math.sin(latitude) * math.sin(longitude),
                math.cos(latitude),
            ],
            [
                math.cos(latitude) * math.cos(longitude),
                math.cos(latitude) * math.sin(longitude),
                math.sin(latitude),
            ],
        ]
    )


def ear_clip(ring):
    """Triangles (index triples into ``ring``) of a simple polygon given as an open x, y ring."""
    points = np.asarray(ring, float)[:, :2]
    order = list(range(len(points)))
    if ring_area(np.vstack((points, points[:1]))) < 0:
        order.reverse()
    triangles = []
    while len(order) > 3:
        corners = points[order]
        before, after = np.roll(corners, 1, axis=0), np.roll(corners, -1, axis=0)
        turn = (corners[:, 0] - before[:, 0]) * (after[:, 1] - before[:, 1]) - (
            corners[:, 1] - before[:, 1]
        ) * (after[:, 0] - before[:, 0])
        reflex = corners[turn <= 0]  # only these can lie inside a candidate ear
        for position in np.flatnonzero(turn > 0):
            a, b, c = before[position], corners[position], after[position]
            corner = (reflex == a).all(axis=1) | (reflex == b).all(axis=1) | (reflex == c).all(axis=1)
            blocking = inside_triangle(reflex, a, b, c) & ~corner  # bridges repeat corners
            if not blocking.any():
                triangles.append((order[position - 1], order[position], order[(position + 1) % len(order)]))
                del order[position]
                break
        else:
            return triangles  # no ear left: a degenerate (self-touching or flat) rest
    triangles.append(tuple(order))
    return triangles


def inside_triangle(points, a, b, c):
    """Which of ``points`` lie inside or on the counter-clockwise triangle a, b, c."""

    def side(p, q):
        return (q[0] - p[0]) * (points[:, 1] - p[1]) - (q[1] - p[1]) * (points[:, 0] - p[0])

    return (side(a, b) >= 0) & (side(b, c) >= 0) & (side(c, a) >= 0)


def building_mesh(footprint, ground, height, holes=()):
    """``(vertices, triangles)`` of a closed LoD1 solid: floor, roof (open over courtyards, the
    ``holes``) and walls, all faces outward."""
    top = extruded_solid(footprint, ground, height, holes)[1]
    roof, roof_triangles = surface_mesh(top)
    floor = roof.copy()
    floor[:, 2] = ground
    vertices = [roof, floor]
    triangles = [roof_triangles, roof_triangles[:, [0, 2, 1]] + len(roof)]  # the floor faces down
    count = 2 * len(roof)
    for ring in top:  # each wall its own vertices, for flat shading
        for (ax, ay, _z), (bx, by, _z2) in zip(ring, ring[1:] + ring[:1]):
            roof_z = ground + height
            vertices.append(
                np.array([(ax, ay, ground), (bx, by, ground), (bx, by, roof_z), (ax, ay, roof_z)])
            )
            triangles.append(np.array([(count, count + 1, count + 2), (count, count + 2, count + 3)]))
            count += 4
    return np.vstack(vertices).astype(float), np.vstack(triangles).astype(np.uint32)


def bridged_ring(points, rings):
    """One ring of vertex indices that joins each hole to the outer ring by a bridge (Eberly's hole
    elimination), so ear clipping triangulates polygons with holes. ``rings``: index arrays into
    ``points`` (x, y), the outer ring first."""
    outer = list(rings[0]) if ring_area(points[list(rings[0]) + [rings[0][0]]]) > 0 else list(rings[0])[::-1]
    holes = [
        list(hole) if ring_area(points[list(hole) + [hole[0]]]) < 0 else list(hole)[::-1]
        for hole in rings[1:]
    ]
    for hole in sorted(holes, key=lambda hole: -points[hole, 0].max()):
        start = int(np.argmax(points[hole, 0]))
        mx, my = points[hole[start]]
        ring = np.array(outer)
        a, b = points[ring], points[np.roll(ring, -1)]
        crossing = (a[:, 1] - my) * (b[:, 1] - my) <= 0
        with np.errstate(divide="ignore", invalid="ignore"):
            x = np.where(
                a[:, 1] == b[:, 1],
                np.minimum(a[:, 0], b[:, 0]),
                a[:, 0] + (my - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1]),
            )
        x = np.where(crossing & (x >= mx), x, np.inf)
        edge = int(np.argmin(x))
        first, second = edge, (edge + 1) % len(outer)
        target = first if points[outer[first], 0] >= points[outer[second], 0] else second
        hit = np.array([x[edge], my])
        corner = points[outer[target]]
        triangle = (np.array([mx, my]), hit, corner)
        if (hit[0] - mx) * (corner[1] - my) - (hit[1] - my) * (corner[0] - mx) < 0:
            triangle = (triangle[0], corner, hit)
        candidates = [
            position
            for position in range(len(outer))
            if position != target and inside_triangle(points[[outer[position]]], *triangle)[0]
        ]
        if candidates:  # a vertex blocks the view: bridge to the one at the smallest angle instead
            target = min(
                candidates,
                key=lambda position: (
                    abs(math.atan2(points[outer[position], 1] - my, points[outer[position], 0] - mx)),
                    math.hypot(*(points[outer[position]] - (mx, my))),
                ),
            )
        # A corner that an earlier bridge repeats: take the copy whose interior wedge holds the bridge.
        copies = [
            position
            for position in range(len(outer))
            if (points[outer[position]] == points[outer[target]]).all()
        ]
        target = next(
            (position for position in copies if in_wedge(points, outer, position, (mx, my))), target
        )
        loop = hole[start:] + hole[:start]
        outer = outer[: target + 1] + loop + [loop[0], outer[target]] + outer[target + 1 :]
    return outer


def in_wedge(points, ring, position, point):
    """Whether ``point`` lies in the interior angle of the counter-clockwise ``ring`` at ``position``."""
    vertex = points[ring[position]]
    outgoing = points[ring[(position + 1) % len(ring)]] - vertex
    incoming = points[ring[position - 1]] - vertex
    direction = np.asarray(point, float) - vertex

    def cross(u, v):
        return u[0] * v[1] - u[1] * v[0]

    if cross(outgoing, incoming) >= 0:  # convex corner
        return cross(outgoing, direction) >= 0 and cross(direction, incoming) >= 0
    return cross(outgoing, direction) >= 0 or cross(direction, incoming) >= 0


def surface_mesh(surface):
    """``(vertices, triangles)`` of a surface (outer ring and holes) draped over its rings' heights.

    Holes are bridged into the outer ring; where that does not cover the polygon exactly (holes
    touching the outer ring or each other), the polygon is cut into hole-free bands instead.
    """
    rings = [np.asarray(open_ring(ring), float) for ring in surface]
    vertices = np.vstack(rings)
    starts = np.cumsum([0] + [len(ring) for ring in rings])
    indices = [list(range(begin, end)) for begin, end in zip(starts[:-1], starts[1:])]
    order = bridged_ring(vertices[:, :2], indices)
    triangles = [[order[index] for index in triangle] for triangle in ear_clip(vertices[order])]
    triangles = np.array(triangles, np.uint32).reshape(-1, 3)
    if len(rings) == 1:
        return vertices, triangles
    shape = geometry.Polygon(rings[0][:, :2], [ring[:, :2] for ring in rings[1:]])
    if abs(triangle_area(vertices, triangles) - shape.area) <= 1e-6 * shape.area:
        return vertices, triangles
    return band_mesh(shape, vertices)


def triangle_area(vertices, triangles):
    a, b, c = (vertices[triangles[:, k], :2] for k in range(3))
    return float(np.abs(np.cross(b - a, c - a)).sum() / 2)


def band_mesh(shape, vertices):
    """``(vertices, triangles)`` of a polygon with holes cut into bands at every hole corner's y
    (no band can hold a whole hole); new corners take the height of the nearest original one."""
    levels = sorted({y for ring in shape.interiors for _x, y in ring.coords})
    minx, miny, maxx, maxy = shape.bounds
    edges = [miny - 1.0] + levels + [maxy + 1.0]
    points, triangles = [], []
    for low, high in zip(edges[:-1], edges[1:]):
        piece = shape.intersection(geometry.box(minx - 1.0, low, maxx + 1.0, high))
        for part in getattr(piece, "geoms", [piece]):
            if part.geom_type != "Polygon" or part.area <= 0:
                continue
            ring = np.asarray(part.exterior.coords)[:-1, :2]
            base = len(points)
            points.extend(ring)
            triangles.extend((base + a, base + b, base + c) for a, b, c in ear_clip(ring))
    points = np.array(points)
    heights = vertices[spatial.cKDTree(vertices[:, :2]).query(points)[1], 2]
    return np.column_stack((points, heights)), np.array(triangles, np.uint32).reshape(-1, 3)


def meshes_of(city_objects):
    """Per object ``(kind, vertices, triangles)`` in projected coordinates (points and curves
    have no surface and are left out)."""
    meshes = []
    for number, item in enumerate(city_objects):
        if item.geometry_type == "Solid":
            meshes.append(
                (number, item.kind, *building_mesh(item.footprint, item.ground, item.height, item.holes))
            )
        elif item.geometry_type == "MultiSurface":
            for surface in item.surfaces:
                meshes.append((number, item.kind, *surface_mesh(surface)))
    return meshes


def property_table(city_objects):
    """EXT_structural_metadata class properties and columns: numbers as FLOAT64 (NaN: no value),
    everything else as STRING; the object id first."""
    names = ["id"] + sorted({name for item in city_objects for name in item.attributes})
    columns = {"id": [item.object_id for item in city_objects]}
    for name in names[1:]:
        columns[name] = [item.attributes.get(name) for item in city_objects]
    types = {}
    for name, values in columns.items():
        numeric = name != "id" and all(
            value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))
            for value in values
        )
        types[name] = "FLOAT64" if numeric else "STRING"
    return names, columns, types


class BinaryBuffer:
    """The GLB binary chunk, one 8-byte aligned buffer view per added array."""

    def __init__(self):
        self.parts = []
        self.views = []
        self.length = 0

    def add(self, data, target=None):
        padding = (-self.length) % 8
        if padding:
            self.parts.append(b"\0" * padding)
            self.length += padding
        view = {"buffer": 0, "byteOffset": self.length, "byteLength": len(data)}
        if target is not None:
            view["target"] = target
        self.parts.append(data)
        self.length += len(data)
        self.views.append(view)
        return len(self.views) - 1

    def content(self):
        data = b"".join(self.parts)
        return data + b"\0" * ((-len(data)) % 4)


MOST_PER_TILE = 500  # city objects in one glTF tile; more are split into a quadtree
DEEPEST = 12  # quadtree levels at most (objects sharing one spot stay together)


class LocalFrame:
    """East-north-up at the centre of ``vertices`` (UTM zone ``zone``, heights raised by
    ``undulation``): the root transform of the tileset and the glTF coordinates in it."""

    def __init__(self, vertices, zone, undulation):
        self.zone, self.undulation = zone, undulation
        centre = (vertices.min(axis=0) + vertices.max(axis=0)) / 2
        latitude, longitude = (float(value) for value in utm_to_geodetic(centre[0], centre[1], zone))
        self.origin = np.array(geodetic_to_ecef(latitude, longitude, centre[2] + undulation))
        self.rotation = east_north_up(latitude, longitude)

    def local(self, vertices):
        """glTF (y-up) coordinates of UTM vertices; 3D Tiles turn them to z-up."""
        lat, lon = utm_to_geodetic(vertices[:, 0], vertices[:, 1], self.zone)
        ecef = np.column_stack(geodetic_to_ecef(lat, lon, vertices[:, 2] + self.undulation))
        east, north, up = self.rotation @ (ecef - self.origin).T
        return np.column_stack((east, up, -north))

    def transform(self):
        """The root tile's transform (column-major 4 × 4)."""
        matrix = np.eye(4)
        matrix[:3, :3] = self.rotation.T
        matrix[:3, 3] = self.origin
        return matrix.T.ravel().tolist()


def bounding_box(local_vertices):
    """The 3D Tiles box (z-up frame of the glTF y-up coordinates) around ``local_vertices`` and
    its diagonal."""
    low, high = local_vertices.min(axis=0), local_vertices.max(axis=0)
    half, middle = (high - low) / 2, (high + low) / 2
    box = [middle[0], -middle[2], middle[1], half[0], 0.0, 0.0, 0.0, half[2], 0.0, 0.0, 0.0, half[1]]
    return [float(value) for value in box], float(2 * np.linalg.norm(half))


def glb_content(city_objects, meshes, frame):
    """``(glb bytes, glTF vertices)`` of one tile: ``meshes`` (numbered within ``city_objects``)
    by kind, with feature ids and the objects' property table."""
    buffer = BinaryBuffer()
    accessors, primitives, materials, every = [], [], [], []
    for kind in sorted({kind for _number, kind, _vertices, _triangles in meshes}):
        chosen = [mesh for mesh in meshes if mesh[1] == kind]
        positions, indices, features, offset = [], [], [], 0
        for number, _kind, vertices, triangles in chosen:
            positions.append(frame.local(vertices))
            indices.append(triangles + offset)
            features.append(np.full(len(vertices), number, np.float32))
            offset += len(vertices)
        position = np.vstack(positions).astype(np.float32)
        every.append(position)
        index = np.vstack(indices).astype(np.uint32).ravel()
        feature = np.concatenate(features)
        accessors += [
            {
                "bufferView": buffer.add(position.tobytes(), 34962),
                "componentType": 5126,
                "count": len(position),
                "type": "VEC3",
                "min": position.min(axis=0).tolist(),
                "max": position.max(axis=0).tolist(),
            },
            {
                "bufferView": buffer.add(feature.tobytes(), 34962),
                "componentType": 5126,
                "count": len(feature),
                "type": "SCALAR",
            },
            {
                "bufferView": buffer.add(index.tobytes(), 34963),
                "componentType": 5125,
                "count": len(index),
                "type": "SCALAR",
            },
        ]
        materials.append(
            {
                "pbrMetallicRoughness": {
                    "baseColorFactor": list(COLORS.get(kind, OTHER_COLOR)),
                    "metallicFactor": 0.0,
                    "roughnessFactor": 0.9,
                },
                "doubleSided": kind != "Building",
                **({"alphaMode": "BLEND"} if COLORS.get(kind, OTHER_COLOR)[3] < 1 else {}),
                "name": kind,
            }
        )
        primitives.append(
            {
                "attributes": {"POSITION": len(accessors) - 3, "_FEATURE_ID_0": len(accessors) - 2},
                "indices": len(accessors) - 1,
                "material": len(materials) - 1,
                "mode": 4,
                "extensions": {
                    "EXT_mesh_features": {
                        "featureIds": [
                            {"featureCount": len(city_objects), "attribute": 0, "propertyTable": 0}
                        ]
                    }
                },
            }
        )
    names, columns, types = property_table(city_objects)
    properties = {}
    for name in names:
        if types[name] == "FLOAT64":
            values = np.array([np.nan if value is None else value for value in columns[name]], np.float64)
            properties[name] = {"values": buffer.add(values.tobytes())}
        else:
            encoded = [("" if value is None else str(value)).encode("utf-8") for value in columns[name]]
            offsets = np.concatenate(([0], np.cumsum([len(text) for text in encoded]))).astype(np.uint32)
            properties[name] = {
                "values": buffer.add(b"".join(encoded)),
                "stringOffsets": buffer.add(offsets.tobytes()),
            }
    schema_properties = {  # NaN marks a missing number
        name: {"type": "STRING"}
        if types[name] == "STRING"
        else {"type": "SCALAR", "componentType": "FLOAT64"}
        for name in names
    }
    document = {
        "asset": {"version": "2.0", "generator": "smartcity_qgis"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "meshes": [{"primitives": primitives}],
        "materials": materials,
        "accessors": accessors,
        "bufferViews": buffer.views,
        "buffers": [{"byteLength": len(buffer.content())}],
        "extensionsUsed": ["EXT_mesh_features", "EXT_structural_metadata"],
        "extensions": {
            "EXT_structural_metadata": {
                "schema": {"id": "smartcity", "classes": {"cityobject": {"properties": schema_properties}}},
                "propertyTables": [
                    {"class": "cityobject", "count": len(city_objects), "properties": properties}
                ],
            }
        },
    }
    return glb_bytes(document, buffer.content()), np.vstack(every)


def quadtree(centres, members, low, high, depth=0):
    """Nested lists of member indexes: ``members`` split into the four quadrants of ``low``–``high``
    by their ``centres`` until a part holds at most :data:`MOST_PER_TILE`."""
    if len(members) <= MOST_PER_TILE or depth >= DEEPEST:
        return members
    middle = (low + high) / 2
    parts = []
    for east in (False, True):
        for north in (False, True):
            chosen = members[
                ((centres[members, 0] >= middle[0]) == east) & ((centres[members, 1] >= middle[1]) == north)
            ]
            if len(chosen):
                corner_low = np.where([east, north], middle, low)
                corner_high = np.where([east, north], high, middle)
                parts.append(quadtree(centres, chosen, corner_low, corner_high, depth + 1))
    return parts


def tile(city_objects, epsg, undulation=0.0, height_datum="DHHN2016"):
    """``(tileset dict, {file name: glb bytes})`` of the objects (coordinates in EPSG ``epsg``,
    UTM; heights in ``height_datum``, raised by ``undulation``): one tile ``content.glb`` for up to
    :data:`MOST_PER_TILE` objects, else a quadtree of tiles ``tiles/<path>.glb`` whose parents
    have no content (refined by adding), so that viewers load only the tiles in view."""
    meshes = meshes_of(city_objects)
    if not meshes:
        raise InputError(N_("There are no buildings or surfaces to put into 3D Tiles."))
    every = np.vstack([vertices for _number, _kind, vertices, _triangles in meshes])
    frame = LocalFrame(every, utm_zone(epsg), undulation)
    by_object = {}
    for mesh in meshes:
        by_object.setdefault(mesh[0], []).append(mesh)
    numbers = np.array(sorted(by_object))
    centres = np.array([np.vstack([m[2] for m in by_object[n]])[:, :2].mean(axis=0) for n in numbers])
    tree = quadtree(centres, np.arange(len(numbers)), centres.min(axis=0), centres.max(axis=0))
    contents = {}

    def node(part, path):
        if isinstance(part, np.ndarray):  # a leaf: its objects as one glTF tile
            chosen = [city_objects[number] for number in numbers[part]]
            renumbered = {number: position for position, number in enumerate(numbers[part])}
            leaf_meshes = [(renumbered[m[0]], *m[1:]) for number in numbers[part] for m in by_object[number]]
            uri = "content.glb" if not path else f"tiles/{path}.glb"
            contents[uri], vertices = glb_content(chosen, leaf_meshes, frame)
            box, diagonal = bounding_box(vertices)
            return {"boundingVolume": {"box": box}, "geometricError": 0.0, "content": {"uri": uri}}, vertices
        children, vertices = [], []
        for number, child in enumerate(part):
            child_node, child_vertices = node(child, f"{path}-{number}" if path else str(number))
            children.append(child_node)
            vertices.append(child_vertices)
        vertices = np.vstack(vertices)
        box, diagonal = bounding_box(vertices)
        return {
            "boundingVolume": {"box": box},
            "geometricError": diagonal / 8,
            "children": children,
        }, vertices

    root, vertices = node(tree, "")
    _box, diagonal = bounding_box(vertices)
    root.update(transform=frame.transform(), refine="ADD")
    tileset = {
        "asset": {
            "version": "1.1",
            "generator": "smartcity_qgis",
            "extras": {
                "heights": (
                    f"Heights in {height_datum} plus a constant geoid undulation of {undulation:g} m; "
                    "the GCG2016 quasigeoid is not applied."
                )
            },
        },
        "geometricError": diagonal,
        "root": root,
    }
    return tileset, contents


def glb_bytes(document, binary):
    """A binary glTF (GLB 2.0): header, JSON chunk (space-padded), BIN chunk."""
    text = json.dumps(document, separators=(",", ":"), allow_nan=False).encode("utf-8")
    text += b" " * ((-len(text)) % 4)
    total = 12 + 8 + len(text) + 8 + len(binary)
    return (
        struct.pack("<III", GLB_MAGIC, 2, total)
        + struct.pack("<II", len(text), JSON_CHUNK)
        + text
        + struct.pack("<II", len(binary), BIN_CHUNK)
        + binary
    )
