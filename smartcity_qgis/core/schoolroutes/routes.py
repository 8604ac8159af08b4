"""School routes for every pupil at once: shortest and safest routes, catchments and hotspots.

Walking is symmetric, so shortest-path trees from the schools (scipy.sparse.csgraph, compiled)
answer all homes: one search from all schools at once gives each home's nearest school and its
shortest route, and one search per school, stopped at the safe cost of its homes' shortest
routes, their safe routes. Sums along routes (length of the safe route, hazards passed) come
from pointer jumping on a tree, and the pupils passing each node and edge from doubling.
No per-route Python loop is needed except for drawing route lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import N_, InputError
from ..lazy import LazyModule

np = LazyModule("numpy")
pd = LazyModule("pandas")
sparse = LazyModule("scipy.sparse")
csgraph = LazyModule("scipy.sparse.csgraph")
spatial = LazyModule("scipy.spatial")


NO_PARENT = -9999  # scipy's predecessor value for sources and unreachable nodes


@dataclass
class Weights:
    """Costs of the safe route, as documented in the help: metres added per unprotected crossing,
    length factors for walking along fast traffic without sidewalk and along unlit ways, and
    metres per weight unit of a hazard point, and the length factor per weight unit of a hazard
    line (e.g. a dangerous road section) along the edges it runs on."""

    crossing_m: float = 150.0
    high_speed_factor: float = 3.0
    unlit_factor: float = 0.2
    hazard_point_m: float = 100.0
    hazard_line_factor: float = 1.0


@dataclass
class Trees:
    """Shortest-path trees of one cost from every school: distances and parents (S × N), and the
    edge used between each node pair. In a ``forest`` every row of ``parent`` is the same array:
    each node's parent towards its nearest school."""

    distance: np.ndarray
    parent: np.ndarray
    lookup: sparse.csr_matrix
    forest: bool = False

    def row(self, tree_index):
        """The key of tree ``tree_index``'s parent row: equal for trees that share it."""
        return 0 if self.forest else tree_index


@dataclass
class RouteResult:
    """Per origin its routes (``origins``); pupils per node and edge on the chosen routes, and per
    node the pupils who cross a road there without signal or zebra (``crossing_flow``)."""

    origins: pd.DataFrame
    node_flow: np.ndarray
    edge_flow: np.ndarray
    crossing_flow: np.ndarray
    shortest: Trees
    safest: Trees
    school_nodes: np.ndarray
    warnings: list = field(default_factory=list)


def edge_matrix(network, cost, node_penalty=None):
    """``(graph, lookup)``: a directed CSR graph of both directions of every edge (``node_penalty``
    added on entering a node), and for each node pair the ``edge index + 1`` it uses. Of parallel
    edges the cheapest counts."""
    index = np.arange(len(network.length))
    frame = pd.DataFrame(
        {
            "s": np.concatenate([network.source, network.target]),
            "t": np.concatenate([network.target, network.source]),
            "edge": np.concatenate([index, index]) + 1,
            "w": np.concatenate([cost, cost]).astype(float),
        }
    )
    if node_penalty is not None:
        frame["w"] += node_penalty[frame["t"].to_numpy()]
    frame = frame[frame["s"] != frame["t"]].sort_values("w", kind="stable").drop_duplicates(["s", "t"])
    nodes, rows, columns = len(network.xy), frame["s"].to_numpy(), frame["t"].to_numpy()
    graph = sparse.csr_matrix(
        (np.maximum(frame["w"].to_numpy(), 1e-9), (rows, columns)), shape=(nodes, nodes)
    )
    lookup = sparse.csr_matrix((frame["edge"].to_numpy(), (rows, columns)), shape=(nodes, nodes))
    return graph, lookup


def trees(graph_and_lookup, school_nodes, nearest_only=False, limits=None):
    """The :class:`Trees` from ``school_nodes``. ``nearest_only``: each school's tree holds only the
    nodes nearer to it than to any other school (one search from all schools at once instead of
    one per school), which is all a home routed to its nearest school needs. ``limits``: per
    school, the cost beyond which its tree is not needed (-inf: not at all)."""
    graph, lookup = graph_and_lookup
    if limits is not None:  # one search per school, each stopping at its limit
        distance = np.full((len(school_nodes), graph.shape[0]), np.inf)
        parent = np.full(distance.shape, NO_PARENT, dtype=np.int32)
        for index in np.flatnonzero(np.isfinite(limits)):
            distance[index], parent[index] = csgraph.dijkstra(
                graph,
                directed=True,
                indices=school_nodes[index],
                return_predecessors=True,
                limit=limits[index] * (1 + 1e-9) + 1e-6,
            )
        return Trees(distance, parent, lookup)
    if not nearest_only:
        distance, parent = csgraph.dijkstra(
            graph, directed=True, indices=school_nodes, return_predecessors=True
        )
        return Trees(distance, parent, lookup)
    nearest, forest, source = csgraph.dijkstra(
        graph, directed=True, indices=school_nodes, return_predecessors=True, min_only=True
    )
    territory = source[None, :] == np.asarray(school_nodes)[:, None]  # S × N
    parents = np.broadcast_to(forest, territory.shape)
    return Trees(np.where(territory, nearest, np.inf), parents, lookup, forest=True)


def tree_edges(parent_row, lookup):
    """Network edge index of each node's edge to its parent (-1 for roots and unreachable nodes)."""
    nodes = np.arange(len(parent_row))
    has_parent = parent_row >= 0
    edges = np.full(len(parent_row), -1, dtype=np.int64)
    if has_parent.any():  # (scipy answers an empty selection with a matrix)
        edges[has_parent] = np.asarray(lookup[parent_row[has_parent], nodes[has_parent]]).ravel() - 1
    return edges


def turn_crossings(network, parent_row, edges):
    """Per node ``v``: the roads a route from ``v`` crosses at ``v``'s parent, turning there from
    the edge it came on to the edge towards the root. Nothing is counted at the route's first node
    (the walk from the door reaches it from any side) or at the root (the school's own node)."""
    crossings = np.zeros(len(parent_row))
    nodes = np.flatnonzero(parent_row >= 0)
    via = parent_row[nodes]
    onward = parent_row[via] >= 0
    nodes, via = nodes[onward], via[onward]
    crossings[nodes] = network.crossings_at_turns(via, edges[nodes], edges[via])
    return crossings


def safe_limits(shortest, edges, edge_cost, penalty, ends, along_cost, local, on_network):
    """Per school: a safe cost that none of its homes' safest routes exceeds, the safe cost of
    their shortest routes (the search from the school can stop there); -inf for a school without
    homes. ``shortest`` is a forest and ``edges`` its :func:`tree_edges`; ``ends`` (2 × homes)
    the ends of each home's edge and ``along_cost`` the safe cost of walking to each; ``local``
    the tree of each home."""
    forest = shortest.parent[0]
    steps = np.where(edges >= 0, edge_cost[np.maximum(edges, 0)] + penalty, 0.0)
    cost = sum_to_root(forest, steps)[ends] + along_cost
    tree = np.maximum(local, 0)
    cost = np.where(np.isfinite(shortest.distance[tree[None, :], ends]), cost, np.inf).min(axis=0)
    counted = on_network & (local >= 0) & np.isfinite(cost)
    limits = np.full(len(shortest.distance), -np.inf)
    np.maximum.at(limits, tree[counted], cost[counted])
    return limits


def tree_walks(network, parent_row, lookup):
    """Per node of a tree: its edge to the parent, the roads crossed at the parent, and the sums
    to the root of length, walking seconds, crossings and metres along fast traffic."""
    edges = tree_edges(parent_row, lookup)
    step = np.maximum(edges, 0)
    has_step = edges >= 0
    crossings = turn_crossings(network, parent_row, edges)
    steps = np.column_stack(
        [
            np.where(has_step, network.length[step], 0.0),
            np.where(has_step, network.walk_s[step], 0.0),
            crossings,
            np.where(has_step, network.fast_length[step], 0.0),
        ]
    )
    return (edges, crossings, *sum_to_root(parent_row, steps).T)


def sum_to_root(parent_row, values):
    """For every node: the sum of ``values`` over the node and its ancestors, root excluded
    (``values[v]`` belongs to the step from ``v`` to its parent; one column per quantity if 2-D).
    Pointer jumping over the nodes of the tree only, O(log depth) rounds."""
    values = np.asarray(values, dtype=float)
    total = np.zeros(values.shape)
    stepping = np.flatnonzero(parent_row >= 0)
    if not len(stepping):
        return total
    in_tree = np.zeros(len(parent_row), dtype=bool)
    in_tree[stepping] = True
    in_tree[parent_row[stepping]] = True  # the roots
    nodes = np.flatnonzero(in_tree)
    local = np.full(len(parent_row), -1, dtype=np.int64)
    local[nodes] = np.arange(len(nodes))
    above = parent_row[nodes]
    ancestor = np.where(above >= 0, local[np.maximum(above, 0)], np.arange(len(nodes)))
    sums = np.where((above >= 0).reshape(-1, *[1] * (values.ndim - 1)), values[nodes], 0.0)
    jumped = ancestor[ancestor]
    while (jumped != ancestor).any():
        sums = sums + sums[ancestor]
        ancestor, jumped = jumped, jumped[jumped]
    total[nodes] = sums
    return total


def subtree_sums(parent_row, weights):
    """For every node: the sum of ``weights`` of the nodes whose path to the root passes it.
    Doubling: after round ``k`` each node holds the weights of the nodes up to ``2**k - 1`` steps
    below it, and each round adds what the nodes ``2**k`` steps below hold (O(n log depth))."""
    flow = weights.astype(float).copy()
    jump = np.asarray(parent_row, dtype=np.int64)  # each node's 2**k-th ancestor, -1 if none
    while True:
        below = np.flatnonzero(jump >= 0)
        if not len(below):
            return flow
        flow = flow + np.bincount(jump[below], flow[below], minlength=len(flow))
        jump = np.where(jump >= 0, jump[np.maximum(jump, 0)], -1)


def snap(points, network, max_distance):
    """Nearest node and distance of each point; ``node = -1`` beyond ``max_distance``."""
    distance, node = spatial.cKDTree(network.xy).query(points)
    node = np.where(distance <= max_distance, node, -1)
    return node, distance


@dataclass
class EdgePoints:
    """Per point: the nearest edge (-1 beyond the snapping distance), the metres along it from its
    source node to the nearest point on it, and the distance to that point."""

    edge: np.ndarray
    along: np.ndarray
    distance: np.ndarray


def snap_to_edges(points, network, max_distance):
    """The nearest point on the nearest edge of each point (:class:`EdgePoints`): a home beside a
    long street reaches it at its door, not at the street's next node."""
    vertices, offsets = network.vertices
    last = np.zeros(len(vertices), dtype=bool)
    last[offsets[1:] - 1] = True  # each edge's last point starts no piece
    starts, stops = vertices[~last], vertices[1:][~last[:-1]]
    pieces = np.diff(offsets) - 1
    owner = np.repeat(np.arange(len(pieces)), pieces)
    piece_length = np.hypot(*(stops - starts).T)
    offset = np.cumsum(piece_length) - piece_length
    offset -= np.repeat(offset[np.cumsum(pieces) - pieces], pieces)  # metres from the edge's source
    # the nearest vertex bounds the distance; pieces whose middle lies within that bound plus half
    # the longest piece contain every candidate for the nearest point
    bound, _vertex = spatial.cKDTree(np.vstack([starts, stops])).query(points)
    middles = (starts + stops) / 2.0
    near = spatial.cKDTree(middles).query_ball_point(points, bound + piece_length.max() / 2.0 + 1e-9)
    point_of = np.repeat(np.arange(len(points)), [len(candidates) for candidates in near])
    piece = np.concatenate([np.asarray(candidates, dtype=np.int64) for candidates in near])
    direction = stops[piece] - starts[piece]
    squared = np.maximum((direction**2).sum(axis=1), 1e-18)
    share = np.clip(((points[point_of] - starts[piece]) * direction).sum(axis=1) / squared, 0.0, 1.0)
    foot = starts[piece] + share[:, None] * direction
    distance = np.hypot(*(points[point_of] - foot).T)
    order = np.lexsort((distance, point_of))
    first = order[np.r_[True, point_of[order][1:] != point_of[order][:-1]]]
    best = piece[first]
    result_distance = distance[first]
    found = result_distance <= max_distance
    return EdgePoints(
        edge=np.where(found, owner[best], -1),
        along=offset[best] + share[first] * piece_length[best],
        distance=result_distance,
    )


def safe_costs(network, weights, hazard_points=None, hazard_radius=50.0):
    """Edge costs and node penalties of the safe route.

    ``hazard_points``: ``x, y, weight`` and optional ``line`` (hazard lines are given as their
    points every few metres, all with the line's number): a point adds metres to the nearest node,
    a line raises the length factor of every edge it passes within ``hazard_radius``.
    """
    factor = 1.0 + weights.high_speed_factor * network.high_speed + weights.unlit_factor * ~network.lit
    penalty = weights.crossing_m * network.node_hazard.astype(float)
    if hazard_points is not None and len(hazard_points):
        is_line = (
            hazard_points["line"].notna().to_numpy()
            if "line" in hazard_points
            else np.zeros(len(hazard_points), bool)
        )
        spots = hazard_points[~is_line]
        nodes, _distance = snap(spots[["x", "y"]].to_numpy(float), network, hazard_radius)
        found = nodes >= 0
        np.add.at(penalty, nodes[found], weights.hazard_point_m * spots["weight"].to_numpy(float)[found])
        lines = hazard_points[is_line]
        if len(lines):
            middles = (network.xy[network.source] + network.xy[network.target]) / 2.0
            near = spatial.cKDTree(middles).query_ball_point(lines[["x", "y"]].to_numpy(float), hazard_radius)
            hit = pd.DataFrame(
                {
                    "edge": np.concatenate(
                        [np.asarray(edges, dtype=int) for edges in near] or [np.zeros(0, int)]
                    ),
                    "line": np.repeat(lines["line"].to_numpy(), [len(edges) for edges in near]),
                    "weight": np.repeat(lines["weight"].to_numpy(float), [len(edges) for edges in near]),
                }
            ).drop_duplicates(["edge", "line"])
            np.add.at(factor, hit["edge"].to_numpy(), weights.hazard_line_factor * hit["weight"].to_numpy())
    return network.length * factor, penalty


def school_routes(
    network,
    origins,
    schools,
    weights=None,
    assigned=None,
    max_snap=100.0,
    choice="safest",
    hazard_points=None,
    hazard_radius=50.0,
):
    """Route every origin to its school.

    ``origins``: ``x, y, weight``; ``schools``: ``x, y``. ``assigned`` (optional) gives the school
    index of each origin (districts); otherwise the school nearest along the network. ``choice``
    ("safest" or "shortest") is the route whose pupils are counted at nodes and edges.
    """
    weights = weights or Weights()
    warnings = []
    school_nodes, school_snap = snap(schools[["x", "y"]].to_numpy(float), network, max_snap)
    if (school_nodes < 0).all():
        raise InputError(N_("No school lies within {distance} m of the walking network."), distance=max_snap)
    if (school_nodes < 0).any():
        warnings.append(
            (
                N_("{count} schools are further than {distance} m from the network and are left out."),
                {"count": int((school_nodes < 0).sum()), "distance": max_snap},
            )
        )
    usable = np.flatnonzero(school_nodes >= 0)
    shortest = trees(
        edge_matrix(network, network.length), school_nodes[usable], nearest_only=assigned is None
    )
    door = snap_to_edges(origins[["x", "y"]].to_numpy(float), network, max_snap)
    on_network = door.edge >= 0
    edge = np.maximum(door.edge, 0)
    ends = np.stack([network.source[edge], network.target[edge]])  # 2 × origins
    along = np.stack([door.along, network.length[edge] - door.along])  # metres to each end
    reachable_distance = np.where(
        on_network[None, :],
        np.minimum(shortest.distance[:, ends[0]] + along[0], shortest.distance[:, ends[1]] + along[1]),
        np.inf,
    )
    if assigned is None:
        local = np.argmin(reachable_distance, axis=0)
    else:
        position = {school: index for index, school in enumerate(usable)}
        local = np.array([position.get(school, -1) for school in assigned])
    edge_cost, penalty = safe_costs(network, weights, hazard_points, hazard_radius)
    safe_graph = edge_matrix(network, edge_cost, penalty)
    safe_factor = edge_cost / np.where(network.length > 0, network.length, 1.0)
    limits = None
    walks = {}  # (route, tree row) → tree_walks() of a forest, shared by all schools
    if shortest.forest:
        walks["short", 0] = tree_walks(network, shortest.parent[0], shortest.lookup)
        along_cost = along * safe_factor[edge]
        limits = safe_limits(
            shortest, walks["short", 0][0], edge_cost, penalty, ends, along_cost, local, on_network
        )
    safest = trees(safe_graph, school_nodes[usable], limits=limits)
    count = len(origins)
    columns = {
        name: np.full(count, np.nan)
        for name in (
            "short_m",
            "short_min",
            "safe_m",
            "safe_min",
            "straight_m",
            "short_crossings",
            "safe_crossings",
            "short_fast_m",
            "safe_fast_m",
        )
    }
    start_nodes = {name: np.full(count, -1) for name in ("short", "safe")}
    node_flow = np.zeros(len(network.xy))
    crossing_flow = np.zeros(len(network.xy))
    edge_flow = np.zeros(len(network.length))
    school_of = np.where(local >= 0, usable[np.maximum(local, 0)], -1)
    for tree_index in range(len(usable)):
        members = np.flatnonzero((local == tree_index) & on_network)
        members = members[np.isfinite(reachable_distance[tree_index, members])]
        if not len(members):
            continue
        home_edge = edge[members]
        for name, tree, factor in (("short", shortest, 1.0), ("safe", safest, safe_factor[home_edge])):
            parent = tree.parent[tree_index]
            key = (name, tree.row(tree_index))
            walk = walks.get(key) or tree_walks(network, parent, tree.lookup)
            if tree.forest:  # the same tree for every school: kept for the next
                walks[key] = walk
            edges, crossings, length_to, time_to, crossings_to, fast_to = walk
            # the home walks along its edge to the end from which the rest of the route costs less
            cost = tree.distance[tree_index][ends[:, members]] + along[:, members] * factor
            end = np.argmin(np.where(np.isfinite(cost), cost, np.inf), axis=0)
            nodes = ends[end, members]
            share = along[end, members] / np.where(
                network.length[home_edge] > 0, network.length[home_edge], 1.0
            )
            first_turn = np.where(
                parent[nodes] >= 0,
                network.crossings_at_turns(nodes, home_edge, np.maximum(edges[nodes], 0)),
                0,
            )
            columns[f"{name}_m"][members] = length_to[nodes] + along[end, members]
            columns[f"{name}_min"][members] = (time_to[nodes] + share * network.walk_s[home_edge]) / 60.0
            columns[f"{name}_crossings"][members] = crossings_to[nodes] + first_turn
            columns[f"{name}_fast_m"][members] = fast_to[nodes] + share * network.fast_length[home_edge]
            start_nodes[name][members] = nodes
            if tree is not (safest if choice == "safest" else shortest):
                continue
            pupils = origins["weight"].to_numpy(float)[members]
            flow = subtree_sums(parent, np.bincount(nodes, pupils, minlength=len(network.xy)))
            node_flow += flow
            passed = edges >= 0
            np.add.at(edge_flow, edges[passed], flow[passed])
            on_edge = along[end, members] > 0  # homes that walk part of their own edge
            np.add.at(edge_flow, home_edge[on_edge], pupils[on_edge])
            crossing = crossings > 0
            np.add.at(crossing_flow, parent[crossing], flow[crossing])
            np.add.at(crossing_flow, nodes[first_turn > 0], pupils[first_turn > 0])
    origin_xy = origins[["x", "y"]].to_numpy(float)
    school_xy = schools[["x", "y"]].to_numpy(float)
    to_school = np.hypot(*(origin_xy - school_xy[np.maximum(school_of, 0)]).T)
    # the walks from the door to the network and from the network to the school gate count too
    access_m = door.distance + np.where(school_of >= 0, school_snap[np.maximum(school_of, 0)], np.nan)
    pace = walking_pace(network)
    for name in ("short", "safe"):
        # a home on an edge of its school's node that is nearer the school than both are to the
        # network walks straight there (not door → network → node → school)
        at_school = start_nodes[name] == school_nodes[np.maximum(school_of, 0)]
        walked = columns[f"{name}_m"] + access_m
        direct = at_school & (to_school < access_m)
        start_nodes[name][direct] = -1  # no part of the network
        walked_min = columns[f"{name}_min"] + access_m * pace / 60.0
        columns[f"{name}_min"] = np.where(direct, to_school * pace / 60.0, walked_min)
        columns[f"{name}_m"] = np.where(direct, to_school, walked)
    reached = np.isfinite(columns["short_m"])
    nearest = np.hypot(*(origin_xy[:, None, :] - school_xy[usable][None, :, :]).transpose(2, 0, 1)).min(
        axis=1
    )
    # to the school routed to; a home that reaches none: to the nearest school
    columns["straight_m"] = np.where(reached, to_school, nearest)
    status = np.where(~on_network, "far from network", np.where(reached, "ok", "unreachable"))
    table = pd.DataFrame(
        {
            "school": np.where(reached, school_of, -1),
            "edge": door.edge,
            "along_m": door.along,
            "short_node": start_nodes["short"],
            "safe_node": start_nodes["safe"],
            "status": status,
            "snap_m": door.distance,
            "access_m": access_m,
            **columns,
        }
    )
    table["detour"] = table["short_m"] / table["straight_m"].where(table["straight_m"] > 0)
    table["safe_extra"] = table["safe_m"] / table["short_m"].where(table["short_m"] > 0)
    for text, key in (
        (N_("{count} homes are further than {distance} m from the walking network."), "far from network"),
        (N_("{count} homes cannot reach their school on the network (separate parts)."), "unreachable"),
    ):
        if (status == key).any():
            warnings.append((text, {"count": int((status == key).sum()), "distance": max_snap}))
    return RouteResult(table, node_flow, edge_flow, crossing_flow, shortest, safest, school_nodes, warnings)


def walking_pace(network):
    """Seconds per metre on level ways (the median over the network's edges that are not steps)."""
    measured = network.length > 0
    level = measured & (network.highway != "steps")
    chosen = level if level.any() else measured
    return float(np.median(network.walk_s[chosen] / network.length[chosen])) if chosen.any() else 0.0


def route_nodes(parent_row, node):
    """The nodes from ``node`` to the root of a tree (empty when unreachable)."""
    path = [node]
    while parent_row[path[-1]] >= 0:
        path.append(parent_row[path[-1]])
    return path


def edge_part(network, edge, along, node):
    """The (n, 2) coordinates along ``edge`` from its point ``along`` metres from the source node
    to its end ``node``."""
    geometry = network.geometry[edge]
    steps = np.hypot(*np.diff(geometry, axis=0).T)
    reached = np.concatenate([[0.0], np.cumsum(steps)])
    piece = int(min(max(np.searchsorted(reached, along, side="right") - 1, 0), len(steps) - 1))
    share = (along - reached[piece]) / steps[piece] if steps[piece] > 0 else 0.0
    point = geometry[piece] + share * (geometry[piece + 1] - geometry[piece])
    if node == network.source[edge]:
        return np.vstack([point, geometry[piece::-1]])
    return np.vstack([point, geometry[piece + 1 :]])


def route_line(network, lookup, nodes):
    """The (n, 2) coordinates of a route through ``nodes``, following the edges' own geometry."""
    parts = []
    for first, second in zip(nodes[:-1], nodes[1:]):
        edge = int(lookup[first, second]) - 1
        geometry = network.geometry[edge]
        if network.source[edge] != first:
            geometry = geometry[::-1]
        parts.append(geometry if not parts else geometry[1:])
    return np.concatenate(parts) if parts else np.zeros((0, 2))


def walking_minutes(network, school_nodes):
    """Walking minutes from every school (rows) to every node."""
    graph, _lookup = edge_matrix(network, network.walk_s)
    return csgraph.dijkstra(graph, directed=True, indices=school_nodes) / 60.0


@dataclass
class CatchmentGrid:
    """Walking-time bands as raster masks: ``masks[(school row, band)]`` is a boolean array whose
    row 0 lies at the top (``top`` = largest y) and column 0 at ``left``; cells are ``cell`` metres."""

    left: float
    top: float
    cell: float
    masks: dict


def catchment_grids(network, minutes, bands, buffer_m=25.0, cell=None):
    """The network within each walking-time band of each school (``minutes``: rows = schools, as from
    :func:`walking_minutes`), widened by ``buffer_m`` - as raster masks, so that a town of 100,000
    edges takes seconds (polygons are drawn from the masks by the caller)."""
    from scipy.ndimage import distance_transform_edt

    cell = cell or buffer_m / 2.0
    margin = buffer_m + 2 * cell
    left, bottom = network.xy.min(axis=0) - margin
    right, top = network.xy.max(axis=0) + margin
    shape = (int(np.ceil((top - bottom) / cell)), int(np.ceil((right - left) / cell)))
    # points every half cell along each edge (straight between its end nodes: edges are short)
    ends = network.xy[network.source], network.xy[network.target]
    steps = np.maximum(np.ceil(network.length / (cell / 2)).astype(int), 1)
    edge_of = np.repeat(np.arange(len(steps)), steps + 1)
    share = np.concatenate([np.linspace(0.0, 1.0, count + 1) for count in steps])
    samples = ends[0][edge_of] + share[:, None] * (ends[1][edge_of] - ends[0][edge_of])
    rows = ((top - samples[:, 1]) / cell).astype(int)
    columns = ((samples[:, 0] - left) / cell).astype(int)
    flat = rows * shape[1] + columns
    masks = {}
    for school in range(minutes.shape[0]):
        slowest_end = np.maximum(minutes[school, network.source], minutes[school, network.target])
        cell_minutes = np.full(shape[0] * shape[1], np.inf)
        np.minimum.at(cell_minutes, flat, slowest_end[edge_of])
        cell_minutes = cell_minutes.reshape(shape)
        for band in sorted(bands):
            reached = cell_minutes <= band
            if reached.any():
                masks[(school, band)] = distance_transform_edt(~reached) * cell <= buffer_m
    return CatchmentGrid(float(left), float(top), float(cell), masks)


def nearest_by_type(minutes, origin_nodes, school_types):
    """Walking minutes from each origin to the nearest school of each type (NaN when off-network)."""
    table = {}
    for kind in sorted(set(school_types)):
        rows = [index for index, value in enumerate(school_types) if value == kind]
        best = minutes[rows][:, np.maximum(origin_nodes, 0)].min(axis=0)
        table[kind] = np.where((origin_nodes >= 0) & np.isfinite(best), best, np.nan)
    return pd.DataFrame(table)


def network_distances(network, from_xy, to_xy, max_snap=200.0):
    """Walking metres from each ``from`` point to each ``to`` point along the network, including the
    walks to and from the nearest nodes; inf where a point is off the network or unreachable."""
    from_nodes, from_snap = snap(np.asarray(from_xy, float), network, max_snap)
    to_nodes, to_snap = snap(np.asarray(to_xy, float), network, max_snap)
    graph, _lookup = edge_matrix(network, network.length)
    result = np.full((len(from_nodes), len(to_nodes)), np.inf)
    on_network = np.flatnonzero(from_nodes >= 0)
    if len(on_network):
        along = csgraph.dijkstra(graph, directed=True, indices=from_nodes[on_network])
        reached = to_nodes >= 0
        result[np.ix_(on_network, np.flatnonzero(reached))] = (
            along[:, to_nodes[reached]] + from_snap[on_network, None] + to_snap[None, reached]
        )
    return result
