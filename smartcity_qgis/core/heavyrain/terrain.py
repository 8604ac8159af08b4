"""Heavy-rain (Starkregen) terrain analysis on a projected DEM: exact filling, D8/MFD flow,
depressions, fill-spill-merge of a design rain and the buildings it reaches.

Arrays are row-major with row 0 at the top. The sequential parts run in :mod:`.kernels`,
compiled with numba when it is installed (same results, much faster).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from types import SimpleNamespace

from ..errors import N_, InputError
from ..grid import Grid
from ..lazy import LazyModule

np = LazyModule("numpy")
pd = LazyModule("pandas")
ndimage = LazyModule("scipy.ndimage")
plain_kernels = LazyModule(__package__ + ".kernels")  # numpy arrays at import


KERNELS = (
    "boundary_cells",
    "priority_flood",
    "reconstruct_fill",
    "flat_distances",
    "d8_directions",
    "d8_receivers",
    "tree_accumulate",
    "mfd_accumulate",
    "height_keys",
    "cell_order",
    "depression_tree",
    "distribute",
    "open_bands",
    "water_levels",
    "stream_segments",
    "first_label_downstream",
    "flood_labels",
    "minimax_levels",
    "pit_water",
    "cell_depths",
)
DEPTH_CLASSES = (0.05, 0.1, 0.5, 1.0)  # lower bounds (m) of the default water-depth classes
# Design rains (mm in 1 h) after the NRW and Baden-Württemberg heavy-rain guidance; towns override.
RAIN_SCENARIOS = {"selten": 38.0, "aussergewoehnlich": 46.0, "extrem": 90.0}
RUNOFF_BLOCK_CELLS = 1 << 20  # FillSpill.add_rain makes the runoff of this many cells at a time
MFD_EXPONENT = 1.1  # Freeman (1991)
RISK_CLASSES = (N_("none"), N_("low"), N_("moderate"), N_("high"), N_("very high"))


def numba_available():
    try:
        import numba  # noqa: F401
    except ImportError:
        return False
    return True


def compiling_enabled():
    """Whether the kernels are compiled: numba is installed and ``SMARTCITY_NUMBA`` is not ``0``."""
    return os.environ.get("SMARTCITY_NUMBA", "1") != "0" and numba_available()


def kernels(compiled=None, cache_dir=None):
    """The kernel functions: numba-compiled if ``compiled`` (default: :func:`compiling_enabled`),
    with numba's cache in ``cache_dir`` when given, else the plain Python ones."""
    if compiled is None:
        compiled = compiling_enabled()
    if compiled:
        return _compiled_kernels(cache_dir)
    return SimpleNamespace(**{name: getattr(plain_kernels, name) for name in KERNELS})


_COMPILED = {}


def _compiled_kernels(cache_dir):
    if not _COMPILED:
        import numba

        if cache_dir:
            numba.config.CACHE_DIR = str(cache_dir)
        cache = os.path.isfile(plain_kernels.__file__)  # not when shipped in a zip to a cluster
        for name in KERNELS:
            _COMPILED[name] = numba.njit(cache=cache, nogil=True)(getattr(plain_kernels, name))
    return SimpleNamespace(**_COMPILED)


def raise_blocks(grid, mask, height):
    """The grid with the cells under ``mask`` (e.g. building footprints) raised by ``height`` m."""
    dem = np.where(mask & grid.valid, grid.dem + np.float32(height), grid.dem).astype(np.float32)
    return Grid(dem, grid.valid, grid.cell_width, grid.cell_height, grid.left, grid.top)


@dataclass
class Flow:
    """The conditioned surface and its D8 flow: filled heights, codes, contributing area (m²) and
    the order cells finish in (each after all cells draining into it)."""

    filled: np.ndarray
    direction: np.ndarray
    area: np.ndarray
    order: np.ndarray


def fill(grid, kernel_set=None):
    """The exactly filled surface (2D; nodata cells keep NaN)."""
    k = kernel_set or kernels()
    dem, valid, rows, columns = grid.flat()
    return k.reconstruct_fill(dem, k.boundary_cells(valid, rows, columns), rows, columns).reshape(grid.shape)


def flow(grid, kernel_set=None):
    """Filling, D8 directions (flats drain towards their outlet) and D8 contributing area."""
    k = kernel_set or kernels()
    dem, valid, rows, columns = grid.flat()
    boundary = k.boundary_cells(valid, rows, columns)
    filled = k.reconstruct_fill(dem, boundary, rows, columns)
    distance = np.full(rows * columns, plain_kernels.UNREACHED, np.int32)
    fixed = np.zeros(rows * columns, np.bool_)
    k.flat_distances(filled, valid, boundary, fixed, distance, rows, columns)
    direction = k.d8_directions(
        filled, valid, boundary, distance, rows, columns, grid.cell_width, grid.cell_height
    )
    del distance
    cells, order = k.tree_accumulate(k.d8_receivers(direction, rows, columns), valid.astype(np.int64))
    return Flow(
        filled.reshape(grid.shape), direction, cell_areas(cells, grid.cell_area).reshape(grid.shape), order
    )


def cell_areas(cells, cell_area):
    """Contributing areas (m², float32) from exact upslope cell counts."""
    return (cells * float(cell_area)).astype(np.float32)


def mfd_area(grid, flow_result, exponent=MFD_EXPONENT, kernel_set=None):
    """Contributing area (m²) with multiple flow directions over the filled surface."""
    k = kernel_set or kernels()
    _dem, valid, rows, columns = grid.flat()
    weight = np.where(valid, np.float32(grid.cell_area), np.float32(0))
    area = k.mfd_accumulate(
        flow_result.filled.ravel(),
        valid,
        flow_result.direction,
        weight,
        rows,
        columns,
        grid.cell_width,
        grid.cell_height,
        float(exponent),
    )
    return area.reshape(grid.shape)


def depressions(grid, flow_result, min_depth=0.0, kernel_set=None):
    """Depressions of the filled surface: ``(table, labels)``.

    ``labels`` numbers each connected flooded area (0 elsewhere); the table gives per depression
    its area (m²), maximum and mean depth (m), volume (m³), the pour point (where it overflows:
    x, y and height), its direct catchment (cells draining into it first, m²), everything draining
    through it (m²), and the depression it spills into (0: leaves the area). Depressions shallower
    than ``min_depth`` are left out.
    """
    depth = np.where(grid.valid, flow_result.filled - grid.dem, 0.0)
    labels, count = ndimage.label(depth > 0, structure=np.ones((3, 3), bool))
    if min_depth > 0 and count:
        deepest = ndimage.maximum(depth, labels, np.arange(1, count + 1))
        keep = np.concatenate(([0], np.cumsum(deepest >= min_depth) * (deepest >= min_depth)))
        labels = keep[labels]
        count = int(keep.max())
    flat_labels = labels.ravel()
    columns = grid.shape[1]
    index = np.arange(1, count + 1)
    cells = np.bincount(flat_labels, minlength=count + 1)[1:]
    volume = np.bincount(flat_labels, weights=depth.ravel(), minlength=count + 1)[1:] * grid.cell_area
    k = kernel_set or kernels()
    target = k.d8_receivers(flow_result.direction, *grid.shape)
    leaving = np.flatnonzero(
        (flat_labels > 0) & ((target < 0) | (flat_labels[np.maximum(target, 0)] != flat_labels))
    )
    # The outlet of each depression: where the most water leaves it.
    leaving = leaving[np.lexsort((-flow_result.area.ravel()[leaving], flat_labels[leaving]))]
    first = np.unique(flat_labels[leaving], return_index=True)[1]
    exit_cell = leaving[first]
    pour_cell = target[exit_cell]
    downstream = k.first_label_downstream(flat_labels, flow_result.direction, flow_result.order, columns)
    spills_into = np.where(pour_cell >= 0, downstream[np.maximum(pour_cell, 0)], 0)
    pour_x, pour_y = grid.centres(np.where(pour_cell >= 0, pour_cell, exit_cell))
    table = pd.DataFrame(
        {
            "id": index,
            "area_m2": cells * grid.cell_area,
            "max_depth": ndimage.maximum(depth, labels, index) if count else [],
            "mean_depth": volume / np.maximum(cells * grid.cell_area, 1e-12),
            "volume_m3": volume,
            "pour_z": flow_result.filled.ravel()[exit_cell],
            "pour_x": pour_x,
            "pour_y": pour_y,
            "catchment_m2": np.bincount(downstream, minlength=count + 1)[1:] * grid.cell_area,
            "upstream_m2": flow_result.area.ravel()[exit_cell],
            "spills_into": spills_into,
        }
    )
    return table, labels


def runoff_volume(grid, rain_mm, coefficient=1.0, drainage_mm=0.0, rows=slice(None)):
    """Runoff per cell (m³, float32) of the grid's ``rows`` (all by default):
    ``max(rain × coefficient − drainage, 0)``; ``coefficient`` is a number or an array of the
    grid's shape (e.g. from land use)."""
    if rain_mm <= 0:
        raise InputError(N_("The rain depth must be more than 0 mm."))
    if drainage_mm < 0:
        raise InputError(N_("The drainage capacity cannot be negative."))
    valid = grid.valid[rows]
    volume = np.empty(valid.shape, dtype=np.float32)  # computed in place: few temporaries
    volume[...] = coefficient if np.ndim(coefficient) == 0 else coefficient[rows]
    np.copyto(volume, 1.0, where=np.isnan(volume))
    np.clip(volume, 0.0, 1.0, out=volume)
    volume *= np.float32(rain_mm)
    volume -= np.float32(drainage_mm)
    np.maximum(volume, 0.0, out=volume)
    volume *= np.float32(grid.cell_area / 1000.0)
    np.copyto(volume, 0.0, where=~valid)
    return volume


def height_order(dem, count, kernel_set):
    """The first ``count`` cells of the float32 ``dem`` (flat) by height, equal heights by index, as
    int32 (what a stable argsort gives, NaN last), in about the DEM's size of extra memory: 64-bit
    keys sorted in place, then narrowed to the indices in their own memory."""
    if dem.dtype != np.float32:
        raise TypeError(f"height_order needs a float32 DEM, not {dem.dtype}")
    keys = np.empty(dem.size, dtype=np.uint64)
    kernel_set.height_keys(dem.view(np.uint32), keys)
    keys.sort()
    kernel_set.cell_order(keys, keys.view(np.int32), count)
    keys.resize((count + 1) // 2, refcheck=False)  # gives the rest back (no view of it is left)
    return keys.view(np.int32)[:count]


class FillSpill:
    """Fill-spill-merge of runoff over the depression hierarchy of a DEM.

    Each cell's runoff runs down to its pit; pits fill, overflow into their neighbours and merge
    with them once their water levels join; what overflows at the boundary leaves the area.
    Runoff can be added in several steps (same result as adding it at once).
    """

    def __init__(self, grid, kernel_set=None):
        self.grid = grid
        self.kernels = kernel_set or kernels()
        dem, valid, rows, columns = grid.flat()
        ascending = height_order(dem, int(valid.sum()), self.kernels)
        (
            self.target_pit,
            self.parent,
            self.birth,
            self.birth_cell,
            self.spill,
            self.end_cell,
            self.left,
            self.right,
            self.overflow_pit,
            count,
            height_sum,
        ) = self.kernels.depression_tree(dem, ascending, rows, columns, grid.cell_width, grid.cell_height)
        del ascending
        left, right = self.left, self.right
        volume = count * self.spill - height_sum  # each node's capacity up to its spill height
        internal = left >= 0
        self.base_count = np.where(internal, count[left] + count[right], 0)
        self.base_height_sum = np.where(internal, height_sum[left] + height_sum[right], 0.0)
        self.base_volume = np.where(internal, volume[left] + volume[right], 0.0) * 1.0
        self.own_capacity = np.maximum(volume - self.base_volume, 0.0) * grid.cell_area
        self.stored = np.zeros(len(self.parent))
        self.full = np.zeros(len(self.parent), dtype=np.bool_)
        self.rain_m3 = 0.0
        self.outflow_m3 = 0.0

    @property
    def nodes(self):
        return len(self.parent)

    @property
    def stored_m3(self):
        return float(self.stored.sum())

    def add(self, runoff):
        """Add a runoff volume per cell (m³, the grid's shape) and let it fill and spill."""
        self._spread([(0, np.asarray(runoff).ravel())])

    def add_rain(self, rain_mm, coefficient=1.0, drainage_mm=0.0):
        """Add the runoff of a rain (see :func:`runoff_volume`) and let it fill and spill; the
        runoff is made a block of rows at a time, so no array of the grid's size is needed."""
        rows, columns = self.grid.shape
        step = max(1, RUNOFF_BLOCK_CELLS // columns)
        self._spread(
            (
                start * columns,
                runoff_volume(
                    self.grid, rain_mm, coefficient, drainage_mm, slice(start, start + step)
                ).ravel(),
            )
            for start in range(0, rows, step)
        )

    def _spread(self, blocks):
        """Add runoff given as ``(first cell, volumes)`` blocks in cell order; fill and spill."""
        water = np.zeros(self.nodes)
        leaving_directly = np.zeros(1)
        for first, runoff in blocks:
            pits = self.target_pit[first : first + runoff.size]
            self.kernels.pit_water(pits, runoff, water, leaving_directly)
        leaving = self.kernels.distribute(
            water,
            self.parent,
            self.left,
            self.right,
            self.overflow_pit,
            self.own_capacity,
            self.stored,
            self.full,
        )
        self.rain_m3 += float(water.sum()) + float(leaving_directly[0])
        self.outflow_m3 += leaving + float(leaving_directly[0])

    def levels(self):
        """Water surface height per node (-inf where dry)."""
        dem = self.grid.dem.ravel()
        cells, band = self.kernels.open_bands(
            self.target_pit,
            dem,
            self.stored,
            self.full,
            self.parent,
            self.birth,
            self.birth_cell,
            self.spill,
            self.end_cell,
        )
        order = np.argsort(dem[cells], kind="stable")  # only the bands with a water level to find
        return self.kernels.water_levels(
            cells[order],
            band[order],
            dem,
            self.stored / self.grid.cell_area,
            self.full,
            self.parent,
            self.spill,
            self.base_count,
            self.base_volume,
            self.base_height_sum,
        )

    def depth(self, dtype="float64"):
        """Water depth per cell (m; 0 where dry, NaN on nodata); float32 halves the memory."""
        return self._depths(np.empty(self.grid.dem.size, dtype=dtype))

    def final_depth(self):
        """The float32 water depth, written over the pit per cell to save the grid's size of memory:
        no rain can be added afterwards."""
        depth = self._depths(self.target_pit.view(np.float32))
        self.target_pit = None
        return depth

    def _depths(self, depth):
        levels = self.levels() if self.nodes else np.full(1, -np.inf)
        self.kernels.cell_depths(
            self.target_pit, levels, self.grid.dem.ravel(), self.grid.valid.ravel(), depth
        )
        return depth.reshape(self.grid.shape)


def ponds(grid, depth, min_depth=0.0):
    """Connected water areas deeper than ``min_depth``: ``(table, labels)`` with per pond its area
    (m²), water level (m), maximum and mean depth (m) and volume (m³)."""
    wet = np.nan_to_num(depth) > min_depth
    labels, count = ndimage.label(wet, structure=np.ones((3, 3), bool))
    index = np.arange(1, count + 1)
    water = np.where(wet, depth, 0.0)
    cells = np.bincount(labels.ravel(), minlength=count + 1)[1:]
    volume = np.bincount(labels.ravel(), weights=water.ravel(), minlength=count + 1)[1:] * grid.cell_area
    table = pd.DataFrame(
        {
            "id": index,
            "area_m2": cells * grid.cell_area,
            "level": ndimage.maximum(np.where(wet, grid.dem + water, -np.inf), labels, index)
            if count
            else [],
            "max_depth": ndimage.maximum(water, labels, index) if count else [],
            "mean_depth": volume / np.maximum(cells * grid.cell_area, 1e-12),
            "volume_m3": volume,
        }
    )
    return table, labels


def depth_classes(depth, bounds=DEPTH_CLASSES):
    """Class number per cell: 0 below the first bound, i for depths in [bounds[i-1], bounds[i])."""
    bounds = np.asarray(sorted(bounds), dtype=np.float64)
    return np.searchsorted(bounds, np.nan_to_num(depth), side="right").astype(np.uint8)


def flow_paths(grid, flow_result, threshold_m2, kernel_set=None):
    """Flow paths where the contributing area reaches ``threshold_m2``: one row per segment
    (between confluences) with its Strahler order, contributing area at its lower end (m²),
    length (m) and ``coords`` (cell centres, joined to the segment below)."""
    k = kernel_set or kernels()
    _dem, valid, rows, columns = grid.flat()
    is_stream = (flow_result.area.ravel() >= threshold_m2) & valid
    strahler, segment, receiver = k.stream_segments(
        flow_result.direction, flow_result.order, is_stream, rows, columns
    )
    rank = np.empty(len(segment), dtype=np.int64)
    rank[flow_result.order] = np.arange(len(flow_result.order))
    cells = np.flatnonzero(segment >= 0)
    cells = cells[np.lexsort((rank[cells], segment[cells]))]
    starts = np.flatnonzero(np.diff(segment[cells], prepend=-1))
    ends = np.append(starts[1:], len(cells))
    x, y = grid.centres(cells)
    records = []
    for start, end in zip(starts, ends):
        xs, ys = x[start:end], y[start:end]
        below = receiver[cells[end - 1]]
        if below >= 0:
            bx, by = grid.centres([below])
            xs, ys = np.append(xs, bx), np.append(ys, by)
        if len(xs) < 2:
            continue
        last = cells[end - 1]
        records.append(
            {
                "segment": int(segment[last]),
                "strahler": int(strahler[last]),
                "area_m2": float(flow_result.area.ravel()[last]),
                "length_m": float(np.hypot(np.diff(xs), np.diff(ys)).sum()),
                "coords": np.column_stack((xs, ys)),
            }
        )
    return pd.DataFrame(records, columns=["segment", "strahler", "area_m2", "length_m", "coords"])


def outline_points(coords, step):
    """Points every ``step`` m or closer along a closed ring (``coords``: n × 2, first == last)."""
    coords = np.asarray(coords, dtype=np.float64)[:, :2]
    start, end = coords[:-1], coords[1:]
    pieces = np.maximum(np.ceil(np.hypot(*(end - start).T) / step).astype(int), 1)
    segment = np.repeat(np.arange(len(start)), pieces)
    fraction = (np.arange(pieces.sum()) - np.repeat(np.cumsum(pieces) - pieces, pieces)) / pieces[segment]
    return start[segment] + (end[segment] - start[segment]) * fraction[:, None]


def cells_at(grid, points):
    """Flat cell index under each point (-1 outside the grid or on nodata)."""
    rows, columns = grid.shape
    column = np.floor((points[:, 0] - grid.left) / grid.cell_width).astype(np.int64)
    row = np.floor((grid.top - points[:, 1]) / grid.cell_height).astype(np.int64)
    inside = (row >= 0) & (row < rows) & (column >= 0) & (column < columns)
    cell = np.where(inside, row * columns + column, -1)
    return np.where(inside & grid.valid.ravel()[np.maximum(cell, 0)], cell, -1)


def building_exposure(
    grid,
    depth,
    footprints,
    area=None,
    labels=None,
    bounds=DEPTH_CLASSES,
    flow_m2=1e4,
    speed=None,
    speed_bounds=(),
):
    """Water along each building's outline: ``footprints`` are shapely polygons in the grid's CRS.

    The ground just outside the walls (half a cell and more) is sampled: maximum and mean water
    depth (m), the flooded area (``labels``) with the deepest water there, the largest contributing
    area (m²) of a flow path touching the building, the fastest flow (m/s, from ``speed``, e.g. the
    2D simulation's maximum velocity; NaN without), and a risk class 0–4 (none, low, moderate,
    high, very high) from the maximum depth and ``bounds``; a building on a flow path draining at
    least ``flow_m2`` is at least "moderate"; flow along its walls of ``speed_bounds[k]`` m/s or
    faster makes it at least class k + 1 (with the 2D simulation's 0.2 / 0.5 / 2 m/s: low,
    moderate, high).
    """
    step = 0.5 * min(grid.cell_width, grid.cell_height)
    margin = 0.75 * max(grid.cell_width, grid.cell_height)
    points, owners = [], []
    for number, footprint in enumerate(footprints):
        if footprint is None or footprint.is_empty:
            continue
        grown = footprint.buffer(margin, join_style=2)
        for part in getattr(grown, "geoms", [grown]):
            ring = outline_points(part.exterior.coords, step)
            points.append(ring)
            owners.append(np.full(len(ring), number))
    count = len(footprints)
    table = pd.DataFrame(
        {
            "max_depth": np.zeros(count),
            "mean_depth": np.zeros(count),
            "pond": np.zeros(count, dtype=np.int64),
            "flow_m2": np.zeros(count),
            "max_speed": np.full(count, np.nan),
        }
    )
    if points:
        cells = cells_at(grid, np.concatenate(points))
        owner = np.concatenate(owners)
        keep = cells >= 0
        cells, owner = cells[keep], owner[keep]
        water = np.nan_to_num(depth.ravel()[cells])
        samples = pd.DataFrame({"owner": owner, "water": water})
        if labels is not None:
            samples["pond"] = labels.ravel()[cells]
        if area is not None:
            samples["flow_m2"] = np.nan_to_num(area.ravel()[cells])
        if speed is not None:
            samples["speed"] = np.nan_to_num(speed.ravel()[cells])
        grouped = samples.groupby("owner")
        table.loc[grouped.size().index, "max_depth"] = grouped["water"].max().to_numpy()
        table.loc[grouped.size().index, "mean_depth"] = grouped["water"].mean().to_numpy()
        if labels is not None:
            deepest = samples.loc[grouped["water"].idxmax().to_numpy()]
            table.loc[deepest["owner"].to_numpy(), "pond"] = deepest["pond"].to_numpy()
        if area is not None:
            table.loc[grouped.size().index, "flow_m2"] = grouped["flow_m2"].max().to_numpy()
        if speed is not None:
            table.loc[grouped.size().index, "max_speed"] = grouped["speed"].max().to_numpy()
    risk = depth_classes(table["max_depth"].to_numpy(), bounds).astype(np.int64)
    if area is not None:
        risk = np.where(table["flow_m2"].to_numpy() >= flow_m2, np.maximum(risk, 2), risk)
    if speed is not None:
        fastest = np.nan_to_num(table["max_speed"].to_numpy())
        risk = np.maximum(risk, np.searchsorted(np.asarray(speed_bounds, float), fastest, side="right"))
    table["risk"] = risk
    return table


def risk_summary(table, footprint_areas):
    """Buildings and footprint area per risk class (all five classes, also the empty ones)."""
    frame = pd.DataFrame({"risk": table["risk"].to_numpy(), "area": np.asarray(footprint_areas, float)})
    summary = frame.groupby("risk").agg(buildings=("area", "size"), footprint_m2=("area", "sum"))
    summary = summary.reindex(range(len(RISK_CLASSES)), fill_value=0)
    summary.insert(0, "class", list(RISK_CLASSES))
    return summary.reset_index()
