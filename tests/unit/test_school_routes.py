"""School routes on small hand-made networks with known routes, detours, hazards and flows."""

import numpy as np
import pandas as pd
import pytest

from smartcity_qgis.core.errors import InputError
from smartcity_qgis.core.schoolroutes.routes import (
    Weights,
    school_routes,
    subtree_sums,
    sum_to_root,
    walking_minutes,
)
from smartcity_qgis.core.schoolroutes.walk_network import (
    CROSSING_KINDS,
    build_network,
    crossing_kind,
    network_from_edges,
    parse_tags,
    speed_limit,
)

PRIMARY = {"maxspeed": "50"}


def ladder():
    """Home (0,0) and school (200,0) on a fast primary road without sidewalk, and a footway
    detour over (0,100)-(200,100): 200 m direct, 400 m around."""
    ways = [
        ([(0, 0), (100, 0), (200, 0)], "primary", PRIMARY),
        ([(0, 0), (0, 100), (100, 100), (200, 100), (200, 0)], "footway", {}),
    ]
    return build_network(ways)


def frame(rows):
    return pd.DataFrame(rows, columns=["x", "y", "weight"][: len(rows[0])])


def test_tags_speeds_and_crossings():
    tags = parse_tags('"maxspeed"=>"DE:zone30","sidewalk"=>"both","name"=>"Am \\"Markt\\""')
    assert tags == {"maxspeed": "DE:zone30", "sidewalk": "both", "name": 'Am "Markt"'}
    assert speed_limit("residential", tags) == 30
    assert speed_limit("residential", {}) == 50 and speed_limit("footway", {"maxspeed": "50"}) == 0
    assert speed_limit("primary", {"maxspeed": "30 mph"}) == pytest.approx(48.27)
    assert crossing_kind("crossing", {"crossing": "uncontrolled", "crossing_ref": "zebra"}) == "zebra"
    assert crossing_kind("traffic_signals", {}) == "signal"
    assert crossing_kind("crossing", {"crossing": "unmarked"}) == "unprotected"
    assert crossing_kind("bus_stop", {}) == ""


def test_network_is_split_at_shared_vertices_and_leaves_out_non_walkable_ways():
    network = build_network(
        [
            ([(0, 0), (100, 0), (200, 0)], "residential", {}),
            ([(100, -50), (100, 0), (100, 50)], "footway", {}),
            ([(0, 10), (200, 10)], "motorway", {}),
            ([(0, 20), (200, 20)], "footway", {"access": "private"}),
        ]
    )
    assert network.length.sum() == pytest.approx(300) and network.length.max() <= 2 * 20 + 1e-9
    assert (100.0, 0.0) in set(map(tuple, network.xy))  # the crossing point of the two ways


def test_shortest_and_safest_routes_with_known_lengths_hazards_and_flows():
    network = ladder()
    result = school_routes(network, frame([(0, 0, 3)]), frame([(200, 0)]))
    row = result.origins.iloc[0]
    assert (row["status"], row["short_m"], row["safe_m"]) == ("ok", pytest.approx(200), pytest.approx(400))
    assert (row["short_fast_m"], row["safe_fast_m"]) == (pytest.approx(200), pytest.approx(0))
    assert (row["detour"], row["safe_extra"]) == (pytest.approx(1.0), pytest.approx(2.0))
    assert row["short_crossings"] == 0  # along the fast road from the home's own node: no crossing
    assert row["short_min"] == pytest.approx(200 / 1.2 / 60)
    detour_edges = network.highway == "footway"
    assert result.edge_flow[detour_edges].tolist() == [3.0] * detour_edges.sum()
    assert result.edge_flow[~detour_edges].sum() == 0
    shortest_choice = school_routes(network, frame([(0, 0, 3)]), frame([(200, 0)]), choice="shortest")
    assert (shortest_choice.edge_flow[~detour_edges] == 3.0).all()


def test_expensive_crossings_push_the_safe_route_around_them():
    network = ladder()
    cheap = school_routes(network, frame([(0, 0, 1)]), frame([(200, 0)]), Weights(high_speed_factor=0.5))
    assert cheap.origins.loc[0, "safe_m"] == pytest.approx(200)  # fast road costs only 1.5 × 200 < 400


def test_nearest_school_districts_far_and_unreachable_origins():
    network = build_network(
        [
            ([(0, 0), (1000, 0)], "footway", {}),
            ([(5000, 0), (5100, 0)], "footway", {}),  # a separate piece
        ]
    )
    schools = frame([(0, 0), (1000, 0)])
    origins = frame([(100, 0, 1), (900, 0, 1), (5050, 0, 1), (500, 400, 1)])
    # the first home is 100 m from school 0; the one on the separate piece is nearest to school 1
    result = school_routes(network, origins, schools, max_snap=100)
    table = result.origins
    assert table["school"].tolist()[:2] == [0, 1]
    assert table["status"].tolist() == ["ok", "ok", "unreachable", "far from network"]
    assert table.loc[3, "snap_m"] == pytest.approx(400)  # the footway has a node every 20 m
    # straight lines: to the school routed to, else to the nearest school (not the first one)
    assert table["straight_m"].tolist() == pytest.approx([100, 100, 4050, 100 * 41**0.5])
    assert "homes cannot reach" in result.warnings[1][0] or "homes cannot reach" in result.warnings[0][0]
    districts = school_routes(network, origins.iloc[:2], schools, assigned=np.array([1, 1]))
    assert districts.origins["school"].tolist() == [1, 1]
    assert districts.origins.loc[0, "short_m"] == pytest.approx(900)
    assert len(result.warnings) == 2


def test_schools_off_the_network_are_a_clear_error():
    with pytest.raises(InputError, match="No school"):
        school_routes(ladder(), frame([(0, 0, 1)]), frame([(5000, 5000)]), max_snap=50)


def test_tree_sums_and_subtree_flows():
    parent = np.array([-9999, 0, 1, 1, -9999])  # 0 ← 1 ← {2, 3}; 4 unreachable
    assert sum_to_root(parent, np.array([0.0, 1, 10, 100, 7])).tolist() == [0, 1, 11, 101, 0]
    assert subtree_sums(parent, np.array([0.0, 0, 2, 5, 9])).tolist() == [7, 7, 2, 5, 9]


def test_tree_sums_agree_with_walking_each_path_on_a_deep_random_forest():
    generator = np.random.default_rng(4)
    count = 3000
    parent = np.array(
        [-9999] * 3 + [int(generator.integers(max(0, node - 40), node)) for node in range(3, count)]
    )
    parent[generator.choice(np.arange(3, count), 30, replace=False)] = -9999  # unreachable or roots
    values, weights = generator.random(count), generator.random(count)
    to_root, through = np.zeros(count), np.zeros(count)
    for node in range(count):
        step = node
        while parent[step] >= 0:
            to_root[node] += values[step]
            through[parent[step]] += weights[node]
            step = parent[step]
        through[node] += weights[node]
    assert np.allclose(sum_to_root(parent, values), to_root)
    assert np.allclose(subtree_sums(parent, weights), through)


def jittered_grid(side=40, block=15.0, seed=2):
    """A street grid with every crossing moved a little (no two routes of equal length; blocks
    shorter than the longest edge, so every vertex is a crossing); every fifth street a fast
    primary road without sidewalk."""
    generator = np.random.default_rng(seed)
    xy = np.mgrid[0:side, 0:side].transpose(1, 2, 0) * block + generator.uniform(-2, 2, (side, side, 2))
    ways = []
    for line in range(side):
        kind, tags = ("primary", PRIMARY) if line % 5 == 0 else ("residential", {"sidewalk": "both"})
        ways.append(([tuple(point) for point in xy[line, :]], kind, tags))
        ways.append(([tuple(point) for point in xy[:, line]], kind, tags))
    return build_network(ways)


def test_nearest_school_routes_equal_routes_on_each_schools_whole_tree():
    """Homes routed to their nearest school (one search from all schools, safe searches cut off)
    get the same school, routes and flows as with that school given and every tree searched whole."""
    from scipy.sparse import csgraph, csr_matrix

    network = jittered_grid()
    generator = np.random.default_rng(8)
    homes = frame([(x, y, int(generator.integers(1, 4))) for x, y in generator.uniform(0, 580, (400, 2))])
    schools = frame([(60, 60), (520, 120), (290, 310), (120, 540)])
    result = school_routes(network, homes, schools)
    nodes = len(network.xy)
    graph = csr_matrix((network.length, (network.source, network.target)), shape=(nodes, nodes))
    to_schools = csgraph.dijkstra(graph, directed=False, indices=result.school_nodes)
    origins = result.origins
    along = origins["along_m"].to_numpy()
    edge = origins["edge"].to_numpy()
    ends = np.stack([network.source[edge], network.target[edge]])
    legs = np.stack([along, network.length[edge] - along])
    nearest = np.argmin(
        np.minimum(to_schools[:, ends[0]] + legs[0], to_schools[:, ends[1]] + legs[1]), axis=0
    )
    assert (origins["school"].to_numpy() == nearest).all()
    whole = school_routes(network, homes, schools, assigned=nearest)
    for column in ("short_m", "safe_m", "short_crossings", "safe_crossings", "short_fast_m", "safe_fast_m"):
        assert np.allclose(origins[column], whole.origins[column]), column
    assert np.allclose(result.node_flow, whole.node_flow) and np.allclose(
        result.crossing_flow, whole.crossing_flow
    )
    assert (origins["safe_m"] > origins["short_m"] + 1).sum() > 20  # the safe routes do detour
    assert len(set(origins["school"])) == 4


def test_walking_minutes_use_slower_steps():
    network = build_network([([(0, 0), (60, 0)], "footway", {}), ([(60, 0), (120, 0)], "steps", {})])
    minutes = walking_minutes(network, np.array([0]))
    assert minutes.max() == pytest.approx((60 / 1.2 + 60 / 0.6) / 60)


def test_catchments_grow_with_the_band_and_types_pick_the_nearest_school():
    from smartcity_qgis.core.schoolroutes.routes import catchment_grids, nearest_by_type

    network = build_network([([(0, 0), (1200, 0)], "footway", {})])  # 1.2 m/s: 1 min = 72 m
    nodes = np.array([np.argmin(np.hypot(*(network.xy - point).T)) for point in ((0, 0), (1200, 0))])
    minutes = walking_minutes(network, nodes)
    grid = catchment_grids(network, minutes, bands=(5, 10), buffer_m=25, cell=5)
    five, ten = grid.masks[(0, 5)], grid.masks[(0, 10)]
    assert five.sum() < ten.sum() and not (five & ~ten).any()
    columns = np.flatnonzero(five.any(axis=0))
    east_edge = grid.left + (columns.max() + 1) * grid.cell
    assert east_edge == pytest.approx(360 + 25, abs=40 + 5)  # 5 min × 72 m, + corridor, ± one edge
    height = five.any(axis=1).sum() * grid.cell
    assert height == pytest.approx(50, abs=10)  # 25 m either side of the footway
    table = nearest_by_type(minutes, np.array([nodes[0], nodes[1], -1]), ["Grundschule", "Gymnasium"])
    assert table["Grundschule"].tolist()[:2] == [0, pytest.approx(1200 / 1.2 / 60)]
    assert np.isnan(table["Gymnasium"][2])


def test_hazard_points_and_lines_push_the_safe_route_away():
    network = ladder()  # safe: the 400 m footway round (cost 400) instead of the fast road (cost 800)
    homes, school = frame([(0, 0, 1)]), frame([(200, 0)])
    accident = pd.DataFrame({"x": [0.0], "y": [100.0], "weight": [5.0]})  # + 5 × 100 m on the footway
    along_footway = pd.DataFrame({"x": np.linspace(0, 200, 21), "y": 100.0, "weight": 3.0, "line": 0})
    for hazards in (accident, along_footway):
        result = school_routes(network, homes, school, hazard_points=hazards, hazard_radius=5)
        assert result.origins.loc[0, "safe_m"] == pytest.approx(200)
    unaffected = school_routes(
        network, homes, school, hazard_points=accident.assign(x=5000.0), hazard_radius=5
    )
    assert unaffected.origins.loc[0, "safe_m"] == pytest.approx(400)


def test_a_home_at_the_schools_own_node_walks_there_directly():
    result = school_routes(ladder(), frame([(203, -3, 1), (200, 4, 1)]), frame([(200, 4)]))
    table = result.origins
    assert table.loc[0, "short_m"] == pytest.approx(np.hypot(3, 7))  # not door → node → school (8.24 m)
    assert table.loc[1, "short_m"] == pytest.approx(0)  # the school itself
    assert table.loc[0, "detour"] == pytest.approx(1.0)


def junction_town(crossing_tags=None):
    """A main road (secondary, 50 km/h) from (0,0) to (200,0) with side streets north to (100,100)
    and south to (100,-100) meeting it at (100,0); ``crossing_tags`` map that junction."""
    ways = [
        ([(0, 0), (100, 0), (200, 0)], "secondary", {"maxspeed": "50", "sidewalk": "both"}),
        ([(100, 100), (100, 0)], "residential", {"maxspeed": "30"}),
        ([(100, -100), (100, 0)], "residential", {"maxspeed": "30"}),
    ]
    crossings = [(100, 0, "crossing", crossing_tags)] if crossing_tags else ()
    return build_network(ways, crossings)


@pytest.mark.parametrize(
    "home, school, crossed",
    [
        ((100, 100), (200, 0), 0),  # side street, then along the main road on its own side
        ((100, -100), (200, 0), 0),  # from the other side street: the other sidewalk
        ((0, 0), (200, 0), 0),  # along the main road past both side streets
        ((100, 100), (100, -100), 1),  # straight across the main road
        ((0, 0), (100, -100), 0),  # along the road, then into a side street on the walker's side
        ((100, 100), (100, 0), 0),  # the school at the junction: its own node is not counted
    ],
)
def test_a_crossing_counts_only_where_the_route_crosses_the_main_road(home, school, crossed):
    result = school_routes(junction_town(), frame([(*home, 2)]), frame([school]))
    assert result.origins.loc[0, "short_crossings"] == crossed
    # the hotspot count is the pupils of the homes that cross there, and nothing elsewhere
    junction = np.flatnonzero((junction_town().xy == (100, 0)).all(axis=1))[0]
    assert result.crossing_flow[junction] == 2 * crossed and result.crossing_flow.sum() == 2 * crossed


def test_a_zebra_protects_the_crossing_and_an_unmarked_one_counts_on_any_road():
    across = frame([(100, 100, 1)]), frame([(100, -100)])
    assert school_routes(junction_town({"crossing": "zebra"}), *across).origins.loc[0, "short_crossings"] == 0
    quiet = build_network(
        [
            ([(0, 0), (100, 0), (200, 0)], "residential", {"maxspeed": "30"}),
            ([(100, 100), (100, 0), (100, -100)], "footway", {}),
        ],
        [(100, 0, "crossing", {"crossing": "unmarked"})],
    )
    assert school_routes(quiet, *across).origins.loc[0, "short_crossings"] == 1
    along = school_routes(quiet, frame([(0, 0, 1)]), frame([(200, 0)]))
    assert along.origins.loc[0, "short_crossings"] == 0  # walking past the crossing point


def test_a_crossing_on_a_vertex_inside_a_way_becomes_a_node_and_keeps_its_kind():
    # the crossing is mapped on a vertex of the street that no other way shares
    network = build_network(
        [([(0, 0), (37, 0), (60, 0)], "residential", {})], [(37, 0.3, "crossing", {"crossing": "zebra"})]
    )
    ends = {tuple(network.xy[node]) for node in np.concatenate([network.source, network.target])}
    assert (37.0, 0.0) in ends
    node = np.flatnonzero((network.xy == (37, 0)).all(axis=1))[0]
    assert CROSSING_KINDS[network.crossing[node]] == "zebra"


def test_untagged_roads_get_the_chosen_defaults_and_say_which():
    ways = [
        ([(0, 0), (20, 0)], "residential", {}),
        ([(0, 10), (20, 10)], "residential", {"maxspeed": "30", "sidewalk": "no"}),
        ([(0, 20), (20, 20)], "secondary", {"sidewalk:right": "yes"}),
        ([(0, 30), (20, 30)], "footway", {}),
    ]
    by_law = build_network(ways)
    assert by_law.speed.tolist() == [50, 30, 50, 0] and by_law.sidewalk.tolist() == [
        False,
        False,
        True,
        False,
    ]
    assert by_law.assumed.tolist() == ["maxspeed=50;sidewalk=no", "", "maxspeed=50", ""]
    assert by_law.high_speed.tolist() == [True, False, False, False]
    zones = build_network(ways, residential_kmh=30, untagged_sidewalk=True)
    assert zones.speed.tolist() == [30, 30, 50, 0] and zones.sidewalk.tolist() == [True, False, True, False]
    assert zones.assumed.tolist() == ["maxspeed=30;sidewalk=yes", "", "maxspeed=50", ""]
    assert not zones.high_speed.any()


@pytest.mark.parametrize("school, expected", [((0, 0), 12 + 510), ((1000, 0), 12 + 490)])
def test_a_home_beside_a_street_joins_it_at_its_door_and_walks_to_the_nearer_end(school, expected):
    for network in (
        build_network([([(0, 0), (1000, 0)], "footway", {})]),  # cut every 20 m
        network_from_edges([{"geometry": np.array([(0.0, 0.0), (1000.0, 0.0)]), "highway": "footway"}]),
    ):
        row = school_routes(network, frame([(510, 12, 1)]), frame([school])).origins.iloc[0]
        assert row["snap_m"] == pytest.approx(12)
        assert row["short_m"] == pytest.approx(expected) and row["safe_m"] == pytest.approx(expected)
        assert row["short_min"] == pytest.approx(expected / 1.2 / 60)


def test_the_door_snaps_to_the_nearest_point_of_a_bent_edge():
    from smartcity_qgis.core.schoolroutes.routes import snap_to_edges

    network = network_from_edges(
        [{"geometry": np.array([(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)]), "highway": "footway"}]
    )
    doors = snap_to_edges(np.array([(40.0, -5.0), (103.0, 60.0), (500.0, 500.0)]), network, 50.0)
    assert doors.edge.tolist() == [0, 0, -1]
    assert doors.along[:2].tolist() == pytest.approx([40, 160]) and doors.distance[
        :2
    ].tolist() == pytest.approx([5, 3])


def test_a_network_from_line_columns_measures_each_line_alone():
    """Lengths against Shapely's; lines of one point or none (also first and last) are left out and
    do not join their neighbours; crossing kinds and defaults per line."""
    from shapely.geometry import LineString

    from smartcity_qgis.core.schoolroutes.walk_network import network_from_lines

    lines = [[], [(0.0, 0.0), (30.0, 40.0), (30.0, 70.0)], [(5.0, 5.0)], [(30.0, 70.0), (90.0, 70.0)], []]
    offsets = np.concatenate([[0], np.cumsum([len(line) for line in lines])])
    coordinates = np.array([point for line in lines for point in line])
    columns = {
        "highway": [None, "primary", "footway", None, None],
        "walk_s": [None, 100.0, None, None, None],
        "to_cross": ["", "zebra", "", "", ""],
        "from_cross": ["", "", "", "unprotected", ""],
    }
    network = network_from_lines(coordinates, offsets, columns)
    assert network.length.tolist() == [LineString(lines[1]).length, LineString(lines[3]).length]  # 100, 60
    assert network.walk_s.tolist() == [100.0, 60.0 / 1.2]
    assert network.highway.tolist() == ["primary", ""] and network.lit.all() and not network.sidewalk.any()
    assert network.target[0] == network.source[1] and len(network.xy) == 3
    assert CROSSING_KINDS[network.crossing[network.target[0]]] == "unprotected"  # the stronger of both
    with pytest.raises(InputError, match="no lines"):
        network_from_lines(np.array([(1.0, 1.0)]), [0, 1], {})
