"""Heavy-rain terrain core: analytical cases, properties, both kernel variants, RichDEM cross-checks."""

import numpy as np
import pytest

from smartcity_qgis.core.errors import InputError
from smartcity_qgis.core.grid import check_memory, make_grid
from smartcity_qgis.core.heavyrain import terrain

RICHDEM_MISSING = "RichDEM (py-richdem) has no wheel for this Python: cross-check runs on the host leg"
PYTHON = terrain.kernels(compiled=False)
COMPILED = terrain.kernels(compiled=True)


def bowl(size, height):
    """Heights ``height(r)`` of the distance r from the centre cell of a size × size grid."""
    y, x = np.mgrid[0:size, 0:size] - size // 2
    return height(np.hypot(x, y)).astype(np.float32)


def rough_terrain(rows=60, columns=70, seed=7):
    """Random hills and pits with a few nodata holes."""
    rng = np.random.default_rng(seed)
    dem = np.cumsum(np.cumsum(rng.normal(size=(rows, columns)), axis=0), axis=1) * 0.05
    dem += rng.random((rows, columns)) * 2.0
    dem[20:23, 30:34] = np.nan
    return dem.astype(np.float32)


def level_with(volume, dem, basin):
    """The water level holding ``volume`` (m³, 1 m cells) in ``basin``, by bisection."""
    low, high = float(dem[basin].min()), float(dem[basin].max())
    for _ in range(200):
        middle = (low + high) / 2
        stored = np.maximum(middle - dem[basin], 0).sum()
        low, high = (middle, high) if stored < volume else (low, middle)
    return low


def rain_into(grid, volume, where):
    runoff = np.zeros(grid.shape)
    runoff[where] = volume / np.count_nonzero(where)
    return runoff


@pytest.mark.parametrize(
    "kernel_set, height, analytic_volume",
    [
        (COMPILED, lambda r: 0.01 * r**2, lambda h: np.pi * h**2 / (2 * 0.01)),  # paraboloid
        (COMPILED, lambda r: 0.5 * r, lambda h: np.pi * h**3 / (3 * 0.5**2)),  # cone
        (PYTHON, lambda r: 0.01 * r**2, lambda h: np.pi * h**2 / (2 * 0.01)),
    ],
)
def test_fill_spill_level_matches_the_closed_form_volume(kernel_set, height, analytic_volume):
    dem = bowl(81, height)
    grid = make_grid(dem)
    model = terrain.FillSpill(grid, kernel_set)
    water_level = 0.6 * float(dem[0, 40])  # below the rim
    volume = analytic_volume(water_level)
    model.add(rain_into(grid, volume, dem < water_level / 2))
    depth = model.depth()
    level = float((dem + depth)[40, 40])
    assert model.stored_m3 == pytest.approx(volume, rel=1e-9)
    assert np.nansum(depth) == pytest.approx(volume, rel=1e-9)
    assert level == pytest.approx(level_with(volume, dem, depth >= 0), abs=1e-6)  # exact on the grid
    assert level == pytest.approx(water_level, rel=0.02)  # the continuous shape, up to discretisation


def box_pits():
    """A plateau at 10 m: pit A (3 × 3 at 8 m) and pit B (3 × 3 at 9 m) parted by a 9.5 m wall."""
    dem = np.full((9, 11), 10.0, dtype=np.float32)
    dem[3:6, 2:5] = 8.0
    dem[3:6, 5] = 9.5
    dem[3:6, 6:9] = 9.0
    return dem


@pytest.mark.parametrize(
    "volume, level_a, level_b, leaving",
    [
        (9.0, 9.0, None, 0.0),  # A partly filled
        (16.0, 9.5, 9.0 + 2.5 / 9, 0.0),  # A full (13.5 m³), the rest spills into B
        (23.0, 9.5 + 5.0 / 21, 9.5 + 5.0 / 21, 0.0),  # both full (18 m³): one merged lake over 21 cells
        (40.0, 10.0, 10.0, 40.0 - 28.5),  # merged lake full at the plateau: the rest leaves
    ],
)
def test_box_pits_fill_spill_and_merge(volume, level_a, level_b, leaving):
    dem = box_pits()
    grid = make_grid(dem)
    model = terrain.FillSpill(grid, COMPILED)
    pit_a = dem == 8.0
    model.add(rain_into(grid, volume, pit_a))
    surface = dem + model.depth()
    assert surface[4, 3] == pytest.approx(level_a, abs=1e-9)
    assert surface[4, 7] == pytest.approx(level_b if level_b else 9.0, abs=1e-9)
    assert model.outflow_m3 == pytest.approx(leaving, abs=1e-9)
    assert model.stored_m3 + model.outflow_m3 == pytest.approx(volume)


def test_box_pit_depression_table():
    grid = make_grid(box_pits())
    flow = terrain.flow(grid, COMPILED)
    table, labels = terrain.depressions(grid, flow, kernel_set=COMPILED)
    assert len(table) == 1  # A and B merge into one depression below the plateau
    row = table.iloc[0]
    assert row["volume_m3"] == pytest.approx(9 * 2 + 9 * 1 + 3 * 0.5)
    assert row["area_m2"] == 21
    assert row["max_depth"] == 2.0
    assert row["pour_z"] == 10.0
    assert row["spills_into"] == 0
    assert labels[4, 3] == row["id"]


def test_tilted_plane_has_no_depressions_and_counts_upslope_cells():
    rows, columns = 12, 15
    dem = np.tile(np.arange(columns, dtype=np.float32) * 0.3, (rows, 1))
    grid = make_grid(dem, cell_width=2.0, cell_height=2.0)
    flow = terrain.flow(grid, COMPILED)
    table, _labels = terrain.depressions(grid, flow, kernel_set=COMPILED)
    assert table.empty
    interior = flow.area[1:-1, 1:-1] / grid.cell_area
    # Each interior cell collects itself and the interior cells east of it in its row.
    assert np.array_equal(interior, np.tile(np.arange(columns - 2, 0, -1), (rows - 2, 1)).astype(float))


def test_flat_drains_to_its_single_outlet():
    dem = np.full((10, 10), 6.0, dtype=np.float32)
    dem[1:-1, 1:-1] = 5.0
    dem[0, 4] = 4.0  # the only way out
    grid = make_grid(dem)
    flow = terrain.flow(grid, COMPILED)
    assert np.array_equal(flow.filled, dem)
    assert (flow.direction.reshape(10, 10)[1:-1, 1:-1] >= 0).all()
    assert flow.area[0, 4] == 65  # all 64 flat cells drain out through the outlet


def test_nodata_hole_drains_a_bowl():
    dem = bowl(21, lambda r: 0.1 * r**2)
    dem[10, 10] = np.nan
    grid = make_grid(dem)
    flow = terrain.flow(grid, COMPILED)
    table, _labels = terrain.depressions(grid, flow, kernel_set=COMPILED)
    assert table.empty
    model = terrain.FillSpill(grid, COMPILED)
    model.add(terrain.runoff_volume(grid, 50.0))
    assert model.stored_m3 == 0
    assert np.isnan(model.depth()[10, 10])


def test_very_large_rain_fills_to_the_filled_surface():
    grid = make_grid(rough_terrain())
    model = terrain.FillSpill(grid, COMPILED)
    model.add(terrain.runoff_volume(grid, 1e6))
    filled = terrain.fill(grid, COMPILED)
    assert np.allclose((grid.dem + model.depth())[grid.valid], filled[grid.valid], atol=1e-5)


def test_rain_in_two_steps_equals_rain_at_once_and_mass_balances():
    grid = make_grid(rough_terrain())
    coefficient = np.linspace(0.2, 1.0, grid.dem.size).reshape(grid.shape)
    once = terrain.FillSpill(grid, COMPILED)
    once.add(terrain.runoff_volume(grid, 60.0, coefficient))
    steps = terrain.FillSpill(grid, COMPILED)
    steps.add(terrain.runoff_volume(grid, 25.0, coefficient))
    steps.add(terrain.runoff_volume(grid, 35.0, coefficient))
    assert np.allclose(once.depth(), steps.depth(), equal_nan=True, atol=1e-9)
    assert once.rain_m3 == pytest.approx(steps.rain_m3)
    assert once.stored_m3 + once.outflow_m3 == pytest.approx(once.rain_m3, rel=1e-9)
    assert np.nansum(once.depth()) * grid.cell_area == pytest.approx(once.stored_m3, rel=1e-9)
    assert 0 < once.stored_m3 < once.rain_m3


@pytest.mark.parametrize("block_cells", [1, 7, 1 << 20])
def test_rain_made_in_row_blocks_equals_the_whole_runoff_array(monkeypatch, block_cells):
    """``add_rain`` makes the runoff a few rows at a time; the sums come out identical to the bit,
    with nodata, NaN and out-of-range coefficients, drainage and rain in two steps."""
    monkeypatch.setattr(terrain, "RUNOFF_BLOCK_CELLS", block_cells)
    rng = np.random.default_rng(4)
    dem = rough_terrain(23, 17, seed=8)
    dem[rng.random(dem.shape) < 0.05] = np.nan
    grid = make_grid(dem)
    coefficient = rng.uniform(-0.2, 1.2, dem.shape).astype(np.float32)
    coefficient[rng.random(dem.shape) < 0.1] = np.nan
    whole, blocks = terrain.FillSpill(grid, COMPILED), terrain.FillSpill(grid, COMPILED)
    for rain, drainage in ((30.0, 4.0), (45.0, 0.0)):
        whole.add(terrain.runoff_volume(grid, rain, coefficient, drainage))
        blocks.add_rain(rain, coefficient, drainage)
    assert (blocks.rain_m3, blocks.outflow_m3) == (whole.rain_m3, whole.outflow_m3)
    assert np.array_equal(blocks.stored, whole.stored)
    assert np.array_equal(blocks.final_depth(), whole.depth(np.float32), equal_nan=True)


def test_the_final_depth_takes_the_place_of_the_pits():
    grid = make_grid(rough_terrain())
    model = terrain.FillSpill(grid, COMPILED)
    model.add_rain(40.0)
    expected = model.depth(np.float32)
    pits = model.target_pit
    depth = model.final_depth()
    assert np.shares_memory(depth, pits) and model.target_pit is None
    assert np.array_equal(depth, expected, equal_nan=True)


@pytest.mark.parametrize("kernel_set", [PYTHON, COMPILED], ids=["python", "compiled"])
def test_the_hierarchy_fits_in_twice_as_many_nodes_as_pits(kernel_set):
    """The node arrays are sized 2 × pits before the sweep (each merge adds one node); ties,
    nodata and plateaus must not make more. The interpreted kernel would raise on overflow."""
    rng = np.random.default_rng(6)
    for case in range(40):
        shape = tuple(rng.integers(1, 30, 2))
        dem = rng.integers(0, 1 + case % 4, shape).astype(np.float32)
        dem[rng.random(shape) < 0.1 * (case % 3)] = np.nan
        valid = ~np.isnan(dem)
        pits = sum(
            1
            for r, c in zip(*np.nonzero(valid))
            if 0 < r < shape[0] - 1
            and 0 < c < shape[1] - 1
            and all(
                dem[r + dr, c + dc] > dem[r, c] or (dem[r + dr, c + dc] == dem[r, c] and (dr, dc) > (0, 0))
                for dr in (-1, 0, 1)
                for dc in (-1, 0, 1)
                if (dr, dc) != (0, 0)
            )
        )
        model = terrain.FillSpill(make_grid(dem), kernel_set)
        assert pits <= model.nodes <= max(2 * pits - 1, 0)


@pytest.mark.parametrize("kernel_set", [PYTHON, COMPILED], ids=["python", "compiled"])
def test_cells_by_height_are_those_of_a_stable_argsort(kernel_set):
    """numpy's stable argsort is the reference: ties by index, -0 equal to 0, NaN of either sign
    last; also for subnormal and infinite heights."""
    rng = np.random.default_rng(11)
    special = np.array([-0.0, 0.0, 1e-40, -1e-40, np.inf, -np.inf, 3.5, -3.5, 1e30], np.float32)
    for size in (1, 2, 7, 300, 1001):
        dem = np.where(rng.random(size) < 0.5, rng.choice(special, size), rng.normal(0, 5, size)).astype(
            np.float32
        )
        dem[rng.random(size) < 0.2] = np.nan
        negative_nan = np.isnan(dem) & (rng.random(size) < 0.5)
        dem.view(np.uint32)[negative_nan] |= np.uint32(0x80000000)
        count = int((~np.isnan(dem)).sum())
        expected = np.argsort(dem, kind="stable")[:count]
        assert np.array_equal(terrain.height_order(dem, count, kernel_set), expected)


@pytest.mark.parametrize("dtype", [np.float64, np.int32, np.float16])
def test_cells_by_height_need_a_float32_dem(dtype):
    """The order reads the float32 bit patterns: another type is refused, not misread."""
    with pytest.raises(TypeError, match="float32"):
        terrain.height_order(np.arange(6, dtype=dtype), 6, PYTHON)


def test_compiled_and_python_kernels_agree():
    grid = make_grid(rough_terrain(30, 40, seed=3), cell_width=1.0, cell_height=1.5)
    results = []
    for kernel_set in (PYTHON, COMPILED):
        flow = terrain.flow(grid, kernel_set)
        table, labels = terrain.depressions(grid, flow, kernel_set=kernel_set)
        model = terrain.FillSpill(grid, kernel_set)
        model.add(terrain.runoff_volume(grid, 40.0))
        paths = terrain.flow_paths(grid, flow, 20.0, kernel_set)
        mfd = terrain.mfd_area(grid, flow, kernel_set=kernel_set)
        results.append((flow, table, labels, model.depth(), paths, mfd))
    (
        (flow_a, table_a, labels_a, depth_a, paths_a, mfd_a),
        (flow_b, table_b, labels_b, depth_b, paths_b, mfd_b),
    ) = results
    assert np.array_equal(flow_a.filled, flow_b.filled, equal_nan=True)
    assert np.array_equal(flow_a.direction, flow_b.direction)
    assert np.array_equal(flow_a.area, flow_b.area)
    assert table_a.equals(table_b) and np.array_equal(labels_a, labels_b)
    assert np.array_equal(depth_a, depth_b, equal_nan=True)
    assert paths_a.drop(columns="coords").equals(paths_b.drop(columns="coords"))
    assert np.array_equal(mfd_a, mfd_b)


def test_mfd_conserves_the_area_that_leaves():
    grid = make_grid(rough_terrain())
    flow = terrain.flow(grid, COMPILED)
    mfd = terrain.mfd_area(grid, flow, kernel_set=COMPILED)
    boundary = COMPILED.boundary_cells(grid.valid.ravel(), *grid.shape).reshape(grid.shape)
    # Everything ends in a boundary cell: their sums add up to the whole valid area.
    assert mfd[boundary].sum() == pytest.approx(grid.valid.sum() * grid.cell_area)
    assert flow.area[boundary].sum() == pytest.approx(grid.valid.sum() * grid.cell_area)


def test_flow_paths_strahler_orders_on_a_valley():
    # A V-shaped valley sloping north: side slopes feed the valley floor in the middle column.
    rows, columns = 40, 21
    y, x = np.mgrid[0:rows, 0:columns]
    dem = (np.abs(x - 10) * 1.0 + y * 0.2).astype(np.float32)
    grid = make_grid(dem)
    flow = terrain.flow(grid, COMPILED)
    paths = terrain.flow_paths(grid, flow, 30.0, COMPILED)
    assert not paths.empty
    main = paths.loc[paths["area_m2"].idxmax()]
    assert main["coords"][:, 0].min() == pytest.approx(10.5)  # runs down the valley floor
    assert paths["strahler"].min() == 1
    assert main["area_m2"] == flow.area.max() or main["area_m2"] <= flow.area.max()


def test_richdem_fills_identically_and_depression_volumes_agree():
    richdem = pytest.importorskip("richdem", reason=RICHDEM_MISSING)
    dem = rough_terrain(120, 140, seed=11)
    dem[np.isnan(dem)] = 3.0  # RichDEM fills over nodata holes; here they are outlets
    grid = make_grid(dem)
    flow = terrain.flow(grid, COMPILED)
    reference = richdem.rdarray(np.where(np.isnan(dem), -9999, dem).astype(np.float32), no_data=-9999)
    reference_filled = np.asarray(richdem.FillDepressions(reference, in_place=False))
    assert np.array_equal(flow.filled[grid.valid], reference_filled[grid.valid])  # bit for bit
    table, labels = terrain.depressions(grid, flow, kernel_set=COMPILED)
    assert len(table) > 20
    reference_depth = np.where(grid.valid, reference_filled - dem, 0)
    reference_volume = np.bincount(labels.ravel(), weights=reference_depth.ravel())[1:]
    assert np.allclose(table["volume_m3"], reference_volume, rtol=0.005)


def test_richdem_d8_accumulation_is_equal_where_directions_are_unique():
    richdem = pytest.importorskip("richdem", reason=RICHDEM_MISSING)
    rng = np.random.default_rng(5)
    rows, columns = 50, 60
    y, x = np.mgrid[0:rows, 0:columns]
    dem = (0.7 * y + 1.0 * x + rng.random((rows, columns)) * 0.1).astype(np.float32)  # no pits, no ties
    grid = make_grid(dem)
    flow = terrain.flow(grid, COMPILED)
    reference = richdem.FlowAccumulation(richdem.rdarray(dem, no_data=-9999), method="D8")
    assert np.array_equal(flow.area[1:-1, 1:-1], np.asarray(reference)[1:-1, 1:-1])


def test_building_exposure_samples_water_along_the_outline():
    from shapely.geometry import box

    dem = box_pits()
    grid = make_grid(dem)
    model = terrain.FillSpill(grid, COMPILED)
    model.add(rain_into(grid, 16.0, dem == 8.0))  # A full to 9.5 m, B at 9.28 m
    depth = model.depth()
    ponds, labels = terrain.ponds(grid, depth)
    buildings = [box(0.2, -0.8, 1.8, -0.2), box(2.2, -4.8, 3.8, -4.2)]  # dry corner, inside pit A
    table = terrain.building_exposure(grid, depth, buildings, labels=labels)
    assert table.loc[0, "max_depth"] == 0 and table.loc[0, "risk"] == 0
    assert table.loc[1, "max_depth"] == pytest.approx(1.5)
    assert table.loc[1, "risk"] == 4
    assert table.loc[1, "pond"] == labels[4, 3] > 0
    summary = terrain.risk_summary(table, [b.area for b in buildings])
    assert list(summary["buildings"]) == [1, 0, 0, 0, 1]


def test_fast_flow_along_the_walls_raises_the_risk():
    """Shallow water (2 cm, below every depth class) running past four houses at 0, 0.3, 0.7 and
    2.5 m/s: their risk is the velocity class of the 2D simulation (0.2 / 0.5 / 2 m/s)."""
    from shapely.geometry import box

    from smartcity_qgis.core.heavyrain.simulation import SPEED_HAZARD

    grid = make_grid(np.zeros((10, 40), np.float32))
    depth = np.full(grid.shape, 0.02)
    speed = np.zeros(grid.shape)
    houses = []
    for number, fastest in enumerate((0.0, 0.3, 0.7, 2.5)):
        speed[2:8, 10 * number + 2 : 10 * number + 8] = fastest  # the house and the ground around it
        houses.append(box(10 * number + 4, -6, 10 * number + 6, -4))  # 2 × 2 m, rows 4-5
    table = terrain.building_exposure(grid, depth, houses, speed=speed, speed_bounds=SPEED_HAZARD)
    assert table["max_speed"].tolist() == [0.0, 0.3, 0.7, 2.5]
    assert table["risk"].tolist() == [0, 1, 2, 3]
    without = terrain.building_exposure(grid, depth, houses)
    assert without["risk"].tolist() == [0, 0, 0, 0] and without["max_speed"].isna().all()


def test_bad_inputs_are_refused_with_a_message():
    with pytest.raises(InputError, match="no data"):
        make_grid(np.full((5, 5), -9999.0), nodata=-9999.0)
    grid = make_grid(np.zeros((5, 5)))
    with pytest.raises(InputError, match="more than 0 mm"):
        terrain.runoff_volume(grid, 0.0)
    with pytest.raises(InputError, match="tiles"):
        check_memory(40_000, 40_000, available=8e9)
    check_memory(4_000, 4_000, available=8e9)


@pytest.mark.parametrize("volume, level", [(9.0, 7.0), (50.0, 8.0 + 32.0 / 49), (200.0, 10.0)])
def test_nested_pit_fills_before_the_basin_around_it(volume, level):
    dem = np.full((11, 11), 10.0, dtype=np.float32)
    dem[2:9, 2:9] = 8.0  # a basin of 7 × 7 cells …
    dem[4:7, 4:7] = 6.0  # … with a deeper 3 × 3 pit in it
    grid = make_grid(dem)
    model = terrain.FillSpill(grid, COMPILED)
    model.add(rain_into(grid, volume, dem == 6.0))
    surface = dem + model.depth()
    assert surface[5, 5] == pytest.approx(level, abs=1e-9)
    assert surface[2, 2] == pytest.approx(max(level, 8.0), abs=1e-9)
    assert model.outflow_m3 == pytest.approx(max(volume - 116.0, 0.0), abs=1e-9)


def serpentine(rows=21, columns=25):
    """Walls 10 m high around a corridor 1 m high that winds from the west edge (its only outlet)
    back and forth through the grid, ending in a 3 m deep pit; a closed cell in the walls at 4 m."""
    dem = np.full((rows, columns), 10.0, dtype=np.float32)
    for row in range(1, rows - 1, 2):
        dem[row, 1 : columns - 1] = 1.0
    for turn, row in enumerate(range(2, rows - 2, 2)):
        dem[row, columns - 2 if turn % 2 == 0 else 1] = 1.0  # the bends, east and west in turn
    dem[1, 0] = 1.0  # the outlet on the west edge
    last = rows - 2 if (rows - 2) % 2 == 1 else rows - 3
    dem[last, columns // 2] = -2.0
    dem[0, columns // 2] = 4.0  # on the edge: an outlet itself
    return dem


@pytest.mark.parametrize("kernel_set", [PYTHON, COMPILED])
def test_filling_follows_a_winding_corridor_to_its_outlet(kernel_set):
    """Water reaches the outlet only along a corridor turning against every scan direction: the
    whole corridor and its pit fill to exactly the corridor's height, the walls stay as they are."""
    dem = serpentine()
    filled = terrain.fill(make_grid(dem), kernel_set)
    corridor = dem <= 1.0
    assert (filled[corridor] == np.float32(1.0)).all()
    assert np.array_equal(filled[~corridor], dem[~corridor])


@pytest.mark.parametrize("kernel_set", [PYTHON, COMPILED])
@pytest.mark.parametrize(
    "dem",
    [
        rough_terrain(),  # hills, pits, a nodata hole
        rough_terrain(1, 30, seed=2),  # a single row: every cell is an outlet
        np.round(rough_terrain(40, 3, seed=4) * 2) / 2,  # narrow, with flats of equal heights
        np.where(bowl(15, lambda r: r**2) > 30, np.nan, bowl(15, lambda r: -(r**2))),  # a peak in nodata
    ],
    ids=["rough", "one-row", "narrow-flats", "island"],
)
def test_reconstruction_fills_like_the_priority_flood(dem, kernel_set):
    """The raster-scan filling gives the priority-flood's surface (another algorithm) bit for bit."""
    grid = make_grid(dem.astype(np.float32))
    dem_cells, valid, rows, columns = grid.flat()
    boundary = kernel_set.boundary_cells(valid, rows, columns)
    flooded, _parent = kernel_set.priority_flood(dem_cells, valid, boundary, rows, columns)
    filled = terrain.fill(grid, kernel_set)
    assert np.array_equal(filled.ravel(), flooded, equal_nan=True)
    assert (filled[grid.valid] >= grid.dem[grid.valid]).all()


@pytest.mark.parametrize("kernel_set", [PYTHON, COMPILED])
def test_the_raster_edge_lets_water_out_even_when_not_given_as_seed(kernel_set):
    grid = make_grid(rough_terrain(25, 30, seed=9))
    dem, valid, rows, columns = grid.flat()
    boundary = kernel_set.boundary_cells(valid, rows, columns)
    inner_only = boundary.reshape(grid.shape).copy()
    inner_only[[0, -1], :] = False
    inner_only[:, [0, -1]] = False
    filled = kernel_set.reconstruct_fill(dem, inner_only.ravel(), rows, columns)
    assert np.array_equal(filled, kernel_set.reconstruct_fill(dem, boundary, rows, columns), equal_nan=True)
