"""Walking network from OSM ways or municipal lines: walkable edges with lengths, times and hazards.

Coordinates are metres in a projected CRS. Ways are split where they share a vertex (OSM ways meet
at shared nodes; bridges do not), vertices closer than the snap tolerance are merged. Each edge
gets its length, walking time (steps slower) and what matters for children: the kind of road,
its speed limit, whether it has a sidewalk, lighting, and - at its end nodes - crossings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..errors import N_, InputError
from ..lazy import LazyModule

np = LazyModule("numpy")

TRAFFIC = frozenset(
    {
        "living_street",
        "residential",
        "service",
        "unclassified",
        "tertiary",
        "tertiary_link",
        "secondary",
        "secondary_link",
        "primary",
        "primary_link",
        "road",
    }
)
WALKABLE = TRAFFIC | {
    "footway",
    "path",
    "pedestrian",
    "steps",
    "track",
    "cycleway",
    "bridleway",
    "platform",
    "corridor",
}
MAJOR = frozenset({"tertiary", "tertiary_link", "secondary", "secondary_link", "primary", "primary_link"})
DEFAULT_SPEED = {"living_street": 7.0, "service": 30.0, "track": 30.0, "road": 50.0}
SPEED_WORDS = {
    "de:urban": 50.0,
    "de:rural": 100.0,
    "de:living_street": 7.0,
    "walk": 7.0,
    "none": 130.0,
    "de:zone30": 30.0,
    "de:zone:30": 30.0,
    "de:zone20": 20.0,
    "de:zone:20": 20.0,
}
SIDEWALK_YES = frozenset({"both", "left", "right", "yes", "separate"})
SIDEWALK_KEYS = ("sidewalk", "sidewalk:both", "sidewalk:left", "sidewalk:right")
HIGH_SPEED_KMH = 50.0
CROSSING_KINDS = ("", "signal", "zebra", "unprotected")
EDGE_COLUMNS = ("highway", "walk_s", "speed", "sidewalk", "lit", "from_cross", "to_cross", "name")
TAG_PATTERN = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def parse_tags(text):
    """The tags of GDAL's OSM ``other_tags`` column (``"k"=>"v","k2"=>"v2"``) as a dict."""
    return {
        key.replace('\\"', '"'): value.replace('\\"', '"') for key, value in TAG_PATTERN.findall(text or "")
    }


def is_walkable(highway, tags):
    """Walkable by law and tagging: a walkable highway class, not ``foot=no`` or private, and not
    the outline of an area (``area=yes``: a square is crossed, not walked around)."""
    if tags.get("area") == "yes":
        return False
    foot = tags.get("foot", "")
    if foot in ("yes", "designated", "permissive"):
        return highway in WALKABLE or highway == "trunk"
    if foot == "no" or tags.get("access") in ("no", "private"):
        return False
    return highway in WALKABLE


def speed_limit(highway, tags, residential_kmh=50.0):
    """The speed limit in km/h (0 for ways without motor traffic). Without a usable ``maxspeed``:
    ``residential_kmh`` on residential streets (50 by law in towns, 30 where zones are the rule),
    else the default of the road class (:data:`DEFAULT_SPEED`, 50)."""
    if highway not in TRAFFIC:
        return 0.0
    tagged = tagged_speed(tags)
    if tagged is not None:
        return tagged
    return residential_kmh if highway == "residential" else DEFAULT_SPEED.get(highway, 50.0)


def tagged_speed(tags):
    """The km/h of a ``maxspeed`` tag (numbers, mph, German zone words), None if it has none."""
    text = str(tags.get("maxspeed", "")).strip().lower()
    number = re.match(r"^(\d+(?:\.\d+)?)\s*(mph)?$", text)
    if number:
        return float(number.group(1)) * (1.609 if number.group(2) else 1.0)
    return SPEED_WORDS.get(text)


def has_sidewalk(tags, untagged=False):
    """Whether a road has a sidewalk on some side; ``untagged`` where no sidewalk tag says."""
    sides = [tags[key] for key in SIDEWALK_KEYS if key in tags]
    return any(side in SIDEWALK_YES for side in sides) if sides else untagged


def assumed_values(highway, tags, speed, sidewalk):
    """What an edge of a road with traffic was given without a tag: ``"maxspeed=50;sidewalk=no"``."""
    if highway not in TRAFFIC:
        return ""
    assumed = []
    if tagged_speed(tags) is None:
        assumed.append(f"maxspeed={speed:g}")
    if not any(key in tags for key in SIDEWALK_KEYS):
        assumed.append("sidewalk=" + ("yes" if sidewalk else "no"))
    return ";".join(assumed)


def crossing_kind(highway, tags):
    """``signal``, ``zebra``, ``unprotected`` or "" (no crossing) of an OSM node."""
    crossing = tags.get("crossing", "")
    if highway == "traffic_signals" and crossing != "no" or crossing == "traffic_signals":
        return "signal"
    if crossing in ("zebra", "marked", "uncontrolled") or tags.get("crossing_ref") == "zebra":
        return "zebra"
    if highway == "crossing" or crossing:
        return "unprotected" if crossing != "no" else ""
    return ""


@dataclass
class Network:
    """Nodes (``xy``) and undirected edges with their attributes; ``geometry[i]`` is an (n, 2) array."""

    xy: np.ndarray
    source: np.ndarray
    target: np.ndarray
    length: np.ndarray
    walk_s: np.ndarray
    highway: np.ndarray
    speed: np.ndarray
    sidewalk: np.ndarray
    lit: np.ndarray
    geometry: list
    crossing: np.ndarray  # per node: index into CROSSING_KINDS
    assumed: np.ndarray = None  # per edge: values given without a tag, see assumed_values
    names: np.ndarray = None  # per edge: the street's or path's name ("" without one)

    @property
    def high_speed(self):
        """Walking along motor traffic of 50 km/h or more without a sidewalk."""
        return (self.speed >= HIGH_SPEED_KMH) & ~self.sidewalk

    @property
    def fast_length(self):
        """Per edge: the metres walked along fast traffic without a sidewalk."""
        return self.length * self.high_speed

    @property
    def node_hazard(self):
        """Nodes where a child crosses without protection: unprotected crossings, and junctions of a
        major road with footways or minor streets that have no signal or zebra."""
        nodes = len(self.xy)
        major = np.isin(self.highway, list(MAJOR)) | (self.speed >= HIGH_SPEED_KMH)
        touches_major = np.zeros(nodes, dtype=bool)
        touches_major[self.source[major]] = True
        touches_major[self.target[major]] = True
        minor_degree = np.bincount(
            np.concatenate([self.source[~major], self.target[~major]]), minlength=nodes
        )
        explicit = self.crossing == CROSSING_KINDS.index("unprotected")
        return explicit | (touches_major & (minor_degree > 0) & ~self.protected)

    @property
    def protected(self):
        """Nodes with a signal or a zebra crossing."""
        return np.isin(self.crossing, [CROSSING_KINDS.index("signal"), CROSSING_KINDS.index("zebra")])

    @cached_property
    def vertices(self):
        """The points of all edges in one array, and where each edge's points begin (edges + 1
        offsets, the last one the number of points)."""
        sizes = np.fromiter(map(len, self.geometry), dtype=np.int64, count=len(self.geometry))
        offsets = np.concatenate([[0], np.cumsum(sizes)])
        return (np.concatenate(self.geometry) if self.geometry else np.zeros((0, 2))), offsets

    @cached_property
    def _turns(self):
        """Per edge end (``2 * edge + end``, end 0 = source): its rank by direction around its node,
        whether it is a road to cross there, and how many such roads come before it in that order;
        per node: the number of roads to cross. A road to cross is a main road (main class or
        50 km/h and more), or any road with traffic at a mapped crossing."""
        edges = len(self.length)
        node = np.empty(2 * edges, dtype=np.int64)
        node[0::2], node[1::2] = self.source, self.target
        heading = np.empty((2 * edges, 2))
        points, offsets = self.vertices
        heading[0::2] = points[offsets[:-1] + 1] - points[offsets[:-1]]  # along the first piece
        heading[1::2] = points[offsets[1:] - 2] - points[offsets[1:] - 1]  # back along the last
        angle = np.arctan2(heading[:, 1], heading[:, 0])
        major = np.repeat(np.isin(self.highway, list(MAJOR)) | (self.speed >= HIGH_SPEED_KMH), 2)
        traffic = np.repeat(np.isin(self.highway, list(TRAFFIC)), 2)
        road = major | (traffic & (self.crossing[node] != 0))
        order = np.lexsort((angle, node))
        first = np.searchsorted(node[order], node[order])
        rank = np.empty(2 * edges, dtype=np.int64)
        rank[order] = np.arange(2 * edges) - first
        before_in_order = np.cumsum(road[order]) - road[order]
        before = np.empty(2 * edges, dtype=np.int64)
        before[order] = before_in_order - before_in_order[first]
        roads = np.bincount(node, weights=road, minlength=len(self.xy)).astype(np.int64)
        return rank, road.astype(np.int64), before, roads

    def crossings_at_turns(self, via, edge_in, edge_out):
        """Roads crossed without signal or zebra by walks that reach node ``via`` on ``edge_in``
        and leave it on ``edge_out`` (arrays): the fewer roads to cross on either side of the turn.
        Walking along a road past a side street crosses nothing; a walk arriving or leaving along
        a road is taken to be on the sidewalk of the side it needs."""
        rank, road, before, roads = self._turns
        end_in = 2 * edge_in + (self.source[edge_in] != via)
        end_out = 2 * edge_out + (self.source[edge_out] != via)
        after_in = before[end_in] + road[end_in]
        counterclockwise = np.where(
            rank[end_out] > rank[end_in],
            before[end_out] - after_in,
            roads[via] - after_in + before[end_out],
        )
        clockwise = roads[via] - counterclockwise - road[end_in] - road[end_out]
        turning = edge_in != edge_out  # the same edge in and out: a walk that merely touches the node
        return np.minimum(counterclockwise, clockwise) * ~self.protected[via] * turning


def node_index(points, snap):
    """Integer node ids of (n, 2) points: equal after rounding to the ``snap`` grid."""
    keys = np.round(points / snap).astype(np.int64)
    if not len(keys):
        return np.zeros(0, dtype=np.int64), np.zeros((0, 2))
    low = keys.min(axis=0)
    span = int(keys[:, 1].max() - low[1]) + 1
    if (int(keys[:, 0].max() - low[0]) + 1) * span < 2**62:  # one integer per point: a far quicker sort
        combined = (keys[:, 0] - low[0]) * span + (keys[:, 1] - low[1])
        unique, inverse = np.unique(combined, return_inverse=True)
        rows = np.column_stack([unique // span + low[0], unique % span + low[1]])
        return inverse.ravel(), rows * snap
    unique, inverse = np.unique(keys, axis=0, return_inverse=True)
    return inverse.ravel(), unique * snap


def densify(coords, max_length):
    """``coords`` with points inserted so that no segment is longer than ``max_length``."""
    parts = [coords[:1]]
    for first, second in zip(coords[:-1], coords[1:]):
        pieces = max(1, int(np.ceil(np.hypot(*(second - first)) / max_length)))
        steps = np.linspace(0.0, 1.0, pieces + 1)[1:, None]
        parts.append(first + steps * (second - first))
    return np.concatenate(parts)


def crossing_nodes(node_xy, crossings, crossing_snap):
    """Per vertex: the kind (index into :data:`CROSSING_KINDS`) of the crossing mapped within
    ``crossing_snap`` metres of it, the least protected kind where several are."""
    crossing = np.zeros(len(node_xy), dtype=np.int8)
    mapped = [
        (x, y, CROSSING_KINDS.index(kind))
        for x, y, highway, tags in crossings
        if (kind := crossing_kind(highway or "", tags))
    ]  # most points of an OSM file are no crossing: only the others are looked up, all at once
    if mapped:
        from scipy.spatial import cKDTree

        points = np.array(mapped)
        distance, node = cKDTree(node_xy).query(points[:, :2])
        near = distance <= crossing_snap
        np.maximum.at(crossing, node[near], points[near, 2].astype(np.int8))
    return crossing


def build_network(
    ways,
    crossings=(),
    snap=0.01,
    speed_mps=1.2,
    steps_factor=0.5,
    crossing_snap=1.0,
    max_edge_m=20.0,
    residential_kmh=50.0,
    untagged_sidewalk=False,
):
    """The :class:`Network` of ``ways`` = ``[(coordinates (n, 2), highway, tags)]``.

    Ways are cut where they share a vertex, at every mapped crossing and after every ``max_edge_m``
    metres, so homes and schools snap to a node close to where they are. ``crossings`` =
    ``[(x, y, highway, tags)]`` of OSM nodes; their kind is attached to the way vertex within
    ``crossing_snap`` metres, which becomes a node of the network.
    """
    kept = [
        (densify(np.asarray(coords, float), max_edge_m), highway or "", tags)
        for coords, highway, tags in ways
        if len(coords) >= 2 and is_walkable(highway or "", tags)
    ]
    if not kept:
        raise InputError(N_("The input has no walkable ways (footways, paths, residential streets …)."))
    vertices = np.concatenate([coords for coords, _highway, _tags in kept])
    ids, node_xy = node_index(vertices, snap)
    counts = np.bincount(ids)
    crossing = crossing_nodes(node_xy, crossings, crossing_snap)
    rows = {
        name: []
        for name in (
            "source",
            "target",
            "highway",
            "speed",
            "sidewalk",
            "lit",
            "geometry",
            "factor",
            "assumed",
            "name",
        )
    }
    offset = 0
    for coords, highway, tags in kept:
        way_ids = ids[offset : offset + len(coords)]
        offset += len(coords)
        speed = speed_limit(highway, tags, residential_kmh)
        sidewalk = has_sidewalk(tags, untagged_sidewalk and highway in TRAFFIC)
        assumed = assumed_values(highway, tags, speed, sidewalk)
        steps = np.hypot(*np.diff(coords, axis=0).T)
        cuts, walked = [0], 0.0
        for i in range(1, len(coords) - 1):
            walked += steps[i - 1]
            if counts[way_ids[i]] > 1 or crossing[way_ids[i]] or walked >= max_edge_m:
                cuts.append(i)
                walked = 0.0
        cuts.append(len(coords) - 1)
        for first, last in zip(cuts[:-1], cuts[1:]):
            if way_ids[first] == way_ids[last] and last - first < 2:
                continue  # zero-length piece between merged vertices
            rows["source"].append(way_ids[first])
            rows["target"].append(way_ids[last])
            rows["geometry"].append(coords[first : last + 1])
            rows["highway"].append(highway)
            rows["speed"].append(speed)
            rows["sidewalk"].append(sidewalk)
            rows["assumed"].append(assumed)
            rows["name"].append(tags.get("name", ""))
            rows["lit"].append(tags.get("lit", "") not in ("no", "disused"))
            rows["factor"].append(steps_factor if highway == "steps" else 1.0)
    length = np.array([np.hypot(*np.diff(geometry, axis=0).T).sum() for geometry in rows["geometry"]])
    return Network(
        xy=node_xy,
        source=np.array(rows["source"], dtype=np.int64),
        target=np.array(rows["target"], dtype=np.int64),
        length=length,
        walk_s=length / (speed_mps * np.array(rows["factor"])),
        highway=np.array(rows["highway"], dtype=object),
        speed=np.array(rows["speed"], dtype=float),
        sidewalk=np.array(rows["sidewalk"], dtype=bool),
        lit=np.array(rows["lit"], dtype=bool),
        geometry=rows["geometry"],
        crossing=crossing,
        assumed=np.array(rows["assumed"], dtype=object),
        names=np.array(rows["name"], dtype=object),
    )


def network_from_edges(edges, snap=0.01):
    """A :class:`Network` from an edge table: dicts with ``geometry`` ((n, 2) array) and optionally
    ``walk_s``, ``highway``, ``speed``, ``sidewalk``, ``lit``, ``from_cross``, ``to_cross``, ``name``."""
    geometries = [np.asarray(edge["geometry"], float).reshape(-1, 2) for edge in edges]
    sizes = [len(geometry) for geometry in geometries]
    offsets = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)])
    coordinates = np.concatenate(geometries) if geometries else np.empty((0, 2))
    columns = {name: [edge.get(name) for edge in edges] for name in EDGE_COLUMNS}
    return network_from_lines(coordinates, offsets, columns, snap)


def network_from_lines(coordinates, offsets, columns, snap=0.01):
    """A :class:`Network` from lines as columns (e.g. an edited 'Build walking network' output).

    Line i is ``coordinates[offsets[i]:offsets[i + 1]]``; ``columns`` maps names of EDGE_COLUMNS to
    one value per line (None or a missing column: not given). Lines of fewer than 2 points are left out.
    """
    coordinates = np.asarray(coordinates, float)
    offsets = np.asarray(offsets, np.int64)
    keep = np.diff(offsets) >= 2
    if not keep.any():
        raise InputError(N_("The network layer has no lines."))
    first, last = offsets[:-1][keep], offsets[1:][keep] - 1
    ids, node_xy = node_index(np.column_stack([coordinates[first], coordinates[last]]).reshape(-1, 2), snap)
    segment = np.hypot(*np.diff(coordinates, axis=0).T)
    joins = offsets[1:-1] - 1  # segments from one line's last point to the next line's first
    segment[joins[(joins >= 0) & (joins < len(segment))]] = 0.0
    length = np.add.reduceat(segment, first)
    given = {
        name: np.asarray(columns.get(name, [None] * len(keep)), dtype=object)[keep] for name in EDGE_COLUMNS
    }
    crossing = np.zeros(len(node_xy), dtype=np.int8)
    for end, key in ((0, "from_cross"), (1, "to_cross")):
        kinds = [CROSSING_KINDS.index(kind) if kind in CROSSING_KINDS else 0 for kind in given[key]]
        np.maximum.at(crossing, ids[end::2], np.asarray(kinds, dtype=np.int8))
    walk_s = np.array([value or 0.0 for value in given["walk_s"]], dtype=float)
    return Network(
        xy=node_xy,
        source=ids[0::2].astype(np.int64),
        target=ids[1::2].astype(np.int64),
        length=length,
        walk_s=np.where(walk_s > 0, walk_s, length / 1.2),
        highway=np.array([value or "" for value in given["highway"]], dtype=object),
        speed=np.array([value or 0.0 for value in given["speed"]], dtype=float),
        sidewalk=np.array([bool(value) for value in given["sidewalk"]], dtype=bool),
        lit=np.array([value is None or bool(value) for value in given["lit"]], dtype=bool),
        geometry=[coordinates[start : end + 1] for start, end in zip(first.tolist(), last.tolist())],
        crossing=crossing,
        names=np.array([str(value) if value else "" for value in given["name"]], dtype=object),
    )
