"""Terrain analysis of rasters larger than memory, tile by tile: exact filling, D8 flow directions and
contributing area, identical bit for bit to :func:`.terrain.flow` on the whole raster.

Every step is a function of one tile (its cells plus a one-cell halo read from the neighbours'
results), so the tiles can run one after another or on the workers of an :mod:`.engines` engine;
between the steps a small global pass joins what crosses tile borders:

- filling (Barnes 2016): each tile is flooded from its own perimeter and its cells labelled by the
  perimeter cell their flood came from; the spill heights between labels give each label the level
  water must reach to leave the DEM, and a tile's filled surface is its flood raised to its labels'
  levels, made by the first task that reads it (:func:`surface_window`);
- flats: distances to the flat's outlet are relaxed across tile borders, a tile searched again when
  a neighbour's changed edge offers one of its edge cells a shorter way, until no tile changes;
- contributing area (after Barnes 2017): counts per tile, then the counts leaving each tile are
  passed along a forest of tile exits and added back where they enter.

Intermediate tiles live as ``.npy`` files in a work folder that every worker can reach.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from dataclasses import dataclass

from ..engines import Monitor, SerialEngine
from ..lazy import LazyModule
from . import terrain

np = LazyModule("numpy")
plain_kernels = LazyModule(__package__ + ".kernels")

HALO = 1
_FIRST_CALLS = threading.Lock()
_WARM = set()


def warm_once(task):
    """Run the first call of ``task`` in a process alone: numba's type dispatch is not safe while
    two threads call a kernel with new argument types at once (threaded Dask workers)."""

    @functools.wraps(task)
    def run(*arguments, **options):
        if task.__name__ in _WARM:
            return task(*arguments, **options)
        with _FIRST_CALLS:
            result = task(*arguments, **options)
            _WARM.add(task.__name__)
        return result

    return run


@dataclass(frozen=True)
class Layout:
    """A raster of ``rows`` × ``columns`` cells cut into square tiles of ``tile_size`` cells."""

    rows: int
    columns: int
    tile_size: int
    cell_width: float = 1.0
    cell_height: float = 1.0

    @property
    def tile_rows(self):
        return -(-self.rows // self.tile_size)

    @property
    def tile_columns(self):
        return -(-self.columns // self.tile_size)

    @property
    def count(self):
        return self.tile_rows * self.tile_columns

    def window(self, index):
        """``(top, left, height, width)`` of tile ``index`` (row-major)."""
        top = (index // self.tile_columns) * self.tile_size
        left = (index % self.tile_columns) * self.tile_size
        return top, left, min(self.tile_size, self.rows - top), min(self.tile_size, self.columns - left)

    def neighbours(self, index):
        """The tiles sharing an edge or a corner with tile ``index``."""
        row, column = divmod(index, self.tile_columns)
        return [
            r * self.tile_columns + c
            for r in range(max(0, row - 1), min(self.tile_rows, row + 2))
            for c in range(max(0, column - 1), min(self.tile_columns, column + 2))
            if (r, c) != (row, column)
        ]

    def global_cells(self, index, local):
        """Flat raster indices of the tile's flat (local) cell indices."""
        top, left, _height, width = self.window(index)
        row, column = np.divmod(np.asarray(local, dtype=np.int64), width)
        return (top + row) * self.columns + left + column


class ArraySource:
    """A DEM held in memory (float32, NaN for nodata) read window by window."""

    def __init__(self, dem):
        self.dem = np.asarray(dem, dtype=np.float32)
        self.shape = self.dem.shape

    def read(self, top, left, height, width):
        return self.dem[top : top + height, left : left + width]


class Store:
    """The work folder: one ``.npy`` file per step result and tile, replaced atomically."""

    def __init__(self, folder):
        self.folder = str(folder)

    def path(self, name, index):
        return os.path.join(self.folder, f"{name}-{index}.npy")

    def save(self, name, index, array):
        """Written to a partial file of this thread's, then renamed: two tasks may save the same
        result at once (files as the umask allows: workers of a cluster may run as other users)."""
        partial = f"{self.path(name, index)}.{os.getpid()}-{threading.get_ident()}.part.npy"
        np.save(partial, array)
        os.replace(partial, self.path(name, index))

    def load(self, name, index):
        return np.load(self.path(name, index), mmap_mode="r")

    def exists(self, name, index):
        return os.path.exists(self.path(name, index))

    def remove(self, name, index):
        """Gone, whether or not another task removed it first."""
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path(name, index))


def padded_read(read, layout, index, fill, dtype):
    """The tile with a ``HALO``-cell frame: ``read(tile, top, left, height, width)`` gives each
    overlapping tile's part (None: not there yet); ``fill`` outside the raster and where missing."""
    top, left, height, width = layout.window(index)
    out = np.full((height + 2 * HALO, width + 2 * HALO), fill, dtype=dtype)
    for tile in [index] + layout.neighbours(index):
        tile_top, tile_left, tile_height, tile_width = layout.window(tile)
        r0, r1 = max(top - HALO, tile_top), min(top + height + HALO, tile_top + tile_height)
        c0, c1 = max(left - HALO, tile_left), min(left + width + HALO, tile_left + tile_width)
        part = read(tile, r0 - tile_top, c0 - tile_left, r1 - r0, c1 - c0)
        if part is not None:
            out[r0 - top + HALO : r1 - top + HALO, c0 - left + HALO : c1 - left + HALO] = part
    return out


def read_padded_dem(source, layout, index):
    """The tile's heights (float32, NaN for nodata) with the halo, straight from the source."""

    def read(tile, top, left, height, width):
        tile_top, tile_left, _h, _w = layout.window(tile)
        return source.read(tile_top + top, tile_left + left, height, width)

    return padded_read(read, layout, index, np.nan, np.float32)


def read_padded(store, name, layout, index, fill, dtype):
    """The tile's ``name`` result with the neighbours' results as halo."""

    def read(tile, top, left, height, width):
        if not store.exists(name, tile):
            return None
        return store.load(name, tile)[top : top + height, left : left + width]

    return padded_read(read, layout, index, fill, dtype)


def inner(padded):
    return padded[HALO:-HALO, HALO:-HALO]


def padded_boundary(kernel_set, valid):
    """Where water leaves: next to nodata or the raster's edge (NaN outside it), for the padded tile."""
    rows, columns = valid.shape
    return kernel_set.boundary_cells(valid.ravel(), rows, columns).reshape(valid.shape)


@dataclass
class TileFill:
    """What one tile's flood tells the global pass: its label count, the spill heights between its
    labels, the outlet height of each label (inf if none) and its labels and heights on its edges."""

    count: int
    tails: np.ndarray
    heads: np.ndarray
    heights: np.ndarray
    outlets: np.ndarray
    edges: dict


@warm_once
def fill_tile(source, layout, index, store, compiled=None, cache_dir=None):
    """Flood one tile from its perimeter and the DEM's outlets in it (step 1 of filling)."""
    k = terrain.kernels(compiled, cache_dir)
    padded = read_padded_dem(source, layout, index)
    boundary = inner(padded_boundary(k, np.isfinite(padded)))
    dem = np.ascontiguousarray(inner(padded))
    valid = np.isfinite(dem)
    height, width = dem.shape
    seeds = boundary.copy()
    seeds[[0, -1], :] = True
    seeds[:, [0, -1]] = True
    seeds &= valid
    filled, parent = k.priority_flood(dem.ravel(), valid.ravel(), seeds.ravel(), height, width)
    labels = k.flood_labels(parent, seeds.ravel(), height, width).reshape(dem.shape)
    del parent
    filled = filled.reshape(dem.shape)
    tails, heads, heights = label_edges(labels, filled, valid)
    seed_cells = np.flatnonzero(seeds)
    outlets = np.where(boundary.ravel()[seed_cells], dem.ravel()[seed_cells], np.inf)
    store.save("flood", index, filled)
    store.save("labels", index, labels)
    edges = {side: (labels[cut].copy(), filled[cut].copy()) for side, cut in edge_views()}
    return TileFill(len(seed_cells), tails, heads, heights, outlets, edges)


def label_edges(labels, filled, valid):
    """Spill heights between different labels of 8-neighbour cells: the lowest per label pair."""
    tails, heads, heights = [], [], []
    for first, second in neighbour_pairs(labels.shape):
        meet = valid[first] & valid[second] & (labels[first] != labels[second])
        tails.append(labels[first][meet])
        heads.append(labels[second][meet])
        heights.append(np.maximum(filled[first][meet], filled[second][meet]))
    return lowest_per_pair(np.concatenate(tails), np.concatenate(heads), np.concatenate(heights))


def lowest_per_pair(tails, heads, heights):
    """The edges with one (the lowest) height per (tail, head) pair."""
    order = np.lexsort((heights, heads, tails))
    tails, heads, heights = tails[order], heads[order], heights[order]
    first = np.ones(len(tails), dtype=bool)
    first[1:] = (tails[1:] != tails[:-1]) | (heads[1:] != heads[:-1])
    return tails[first], heads[first], heights[first]


def neighbour_pairs(shape):
    """Index pairs of every cell and its east, south-east, south and south-west neighbour."""
    rows, columns = shape
    for row_step, column_step in ((0, 1), (1, 1), (1, 0), (1, -1)):
        first = (slice(0, rows - row_step), slice(max(0, -column_step), columns - max(0, column_step)))
        second = (slice(row_step, rows), slice(max(0, column_step), columns - max(0, -column_step)))
        yield first, second


def strip_pairs(before, after):
    """Index pairs of 8-neighbours between two parallel lines of cells (either side of a border)."""
    length = len(before)
    for step in (-1, 0, 1):
        yield slice(max(0, -step), length - max(0, step)), slice(max(0, step), length - max(0, -step))


def edge_views():
    """The four sides of a tile array as ``(side, index)``."""
    return (
        ("top", (0, slice(None))),
        ("bottom", (-1, slice(None))),
        ("left", (slice(None), 0)),
        ("right", (slice(None), -1)),
    )


def border_lines(layout, edges_of):
    """Per tile border the cells on either side as whole lines ``(before, after)``: each a tuple
    of the arrays ``edges_of(tile, side)`` gives, joined along the border (corners included)."""

    def line(side, tiles):
        return tuple(np.concatenate(arrays) for arrays in zip(*(edges_of(tile, side) for tile in tiles)))

    columns, rows = layout.tile_columns, layout.tile_rows
    for row in range(rows - 1):
        yield (
            line("bottom", range(row * columns, (row + 1) * columns)),
            line("top", range((row + 1) * columns, (row + 2) * columns)),
        )
    for column in range(columns - 1):
        yield (
            line("right", range(column, rows * columns, columns)),
            line("left", range(column + 1, rows * columns, columns)),
        )


def fill_levels(layout, fills, kernel_set):
    """The level every tile's labels must reach (one array per tile, index 0 for nodata), from the
    spill heights inside and across the tiles and the outlets: the minimax paths of Barnes 2016."""
    offsets = np.concatenate(([1], 1 + np.cumsum([fill.count for fill in fills])))
    tails, heads, heights = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)], [np.zeros(0, np.float32)]

    def edges_of(tile, side):
        labels, filled = fills[tile].edges[side]
        return np.where(labels > 0, labels + offsets[tile] - 1, 0), filled

    for (labels_a, filled_a), (labels_b, filled_b) in border_lines(layout, edges_of):
        for a, b in strip_pairs(labels_a, labels_b):
            meet = (labels_a[a] > 0) & (labels_b[b] > 0)
            tails.append(labels_a[a][meet])
            heads.append(labels_b[b][meet])
            heights.append(np.maximum(filled_a[a][meet], filled_b[b][meet]))
    # Only the edges across borders are reduced here: a tile's own edges are one per label pair
    # already (label_edges), and no border edge joins two labels of one tile.
    across = lowest_per_pair(np.concatenate(tails), np.concatenate(heads), np.concatenate(heights))
    shifts = offsets[:-1] - 1
    tail = np.concatenate([fill.tails + shift for fill, shift in zip(fills, shifts)] + [across[0]])
    head = np.concatenate([fill.heads + shift for fill, shift in zip(fills, shifts)] + [across[1]])
    height = np.concatenate([fill.heights for fill in fills] + [across[2]])
    tail, head = np.concatenate((tail, head)), np.concatenate((head, tail))
    height = np.concatenate((height, height)).astype(np.float64)
    order = np.argsort(tail, kind="stable")
    count = int(offsets[-1])
    start = np.concatenate(([0], np.cumsum(np.bincount(tail, minlength=count))))
    outlets = np.concatenate([[np.inf]] + [fill.outlets for fill in fills])
    level = kernel_set.minimax_levels(start, head[order], height[order], outlets, count)
    return [
        np.concatenate(([np.inf], level[offsets[index] : offsets[index + 1]])) for index in range(len(fills))
    ]


def load_join_kernels(kernel_set):
    """Have numba load this process's kernels of the joins (:func:`fill_levels`, :func:`inflows`)
    from its cache while the tiles flood, not while every worker waits for a join."""
    none = np.zeros(0, np.int64)
    kernel_set.minimax_levels(np.zeros(1, np.int64), none, np.zeros(0), np.zeros(0), 0)
    kernel_set.tree_accumulate(none, none)


FILLING = ("flood", "labels", "levels")  # what a tile's filled surface is made from


def surface_window(store, tile, top, left, height, width):
    """A window of the tile's filled surface: stored, or its flood raised to its labels' levels
    (step 2 of filling)."""
    rows, columns = slice(top, top + height), slice(left, left + width)
    if not store.exists("surface", tile):
        try:
            flood, labels, levels = (store.load(name, tile) for name in FILLING)
        except FileNotFoundError:  # the surface was stored meanwhile, and its filling let go
            pass
        else:
            labels = labels[rows, columns]
            raised = np.maximum(flood[rows, columns], levels[labels])
            return np.where(labels > 0, raised, np.nan).astype(np.float32)
    return store.load("surface", tile)[rows, columns]


def keep_surface(store, index, surface):
    """Store the tile's filled surface (unless there already) and let go what it was made from."""
    if not store.exists("surface", index):
        store.save("surface", index, surface)
    for name in FILLING:
        store.remove(name, index)


def read_padded_surface(layout, index, store):
    """The tile's filled surface with the neighbours' as halo; stored the first time it is made."""
    surface = padded_read(
        lambda tile, *window: surface_window(store, tile, *window), layout, index, np.nan, np.float32
    )
    keep_surface(store, index, np.ascontiguousarray(inner(surface)))
    return surface


def stored_surface(layout, index, store):
    """The tile's filled surface, stored the first time it is made."""
    surface = surface_window(store, index, 0, 0, *layout.window(index)[2:])
    keep_surface(store, index, surface)
    return surface


@dataclass
class Rim:
    """A tile's cells along its four sides (per side as :func:`edge_views` cuts them): the filled
    heights and the flat distances."""

    heights: dict
    distances: dict


@warm_once
def distance_tile(layout, index, store, compiled=None, cache_dir=None):
    """Flat distances of one tile, its halo from the neighbours' last values (when searched again
    only shortening its own last values); its :class:`Rim` if the distances on its edge changed
    (a neighbour may have to run again), else None."""
    k = terrain.kernels(compiled, cache_dir)
    surface = read_padded_surface(layout, index, store)
    distance = read_padded(store, "distance", layout, index, plain_kernels.UNREACHED, np.int32)
    searched = store.exists("distance", index)
    if searched and not halo_shortens(surface, distance):
        return None
    valid = np.isfinite(surface)
    boundary = padded_boundary(k, valid)
    fixed = np.ones(surface.shape, dtype=bool)
    inner(fixed)[:] = False
    rows, columns = surface.shape
    k.flat_distances(
        surface.ravel(), valid.ravel(), boundary.ravel(), fixed.ravel(), distance.ravel(), rows, columns
    )
    result = np.ascontiguousarray(inner(distance))
    edges = edge_lines(result)
    unchanged = searched and all(
        np.array_equal(before, edges[side])
        for side, before in edge_lines(store.load("distance", index)).items()
    )
    store.save("distance", index, result)
    return None if unchanged else Rim(edge_lines(inner(surface)), edges)


def edge_lines(array):
    """The four sides of a tile array, each as a line of its own."""
    return {side: array[cut].copy() for side, cut in edge_views()}


def halo_shortens(surface, distance):
    """Whether a halo cell of the padded tile offers an edge cell of the same height a shorter way
    out than the edge cell's last distance (only then must the tile be searched again)."""
    return frame_shortens(padded_frame(surface), padded_frame(distance))


def padded_frame(padded):
    """Per side of a padded tile: the halo line (corners included) and the tile's edge line."""
    return {
        "top": (padded[0], padded[1, 1:-1]),
        "bottom": (padded[-1], padded[-2, 1:-1]),
        "left": (padded[:, 0], padded[1:-1, 1]),
        "right": (padded[:, -1], padded[1:-1, -2]),
    }


def frame_shortens(heights, distances):
    """:func:`halo_shortens` on frames (per side the halo line and the edge line, as
    :func:`padded_frame` gives them) of the heights and the distances."""
    for side, (halo_height, edge_height) in heights.items():
        halo_distance, edge_distance = distances[side]
        for shift in range(3):  # each edge cell's halo neighbours: before, beside and after it
            near = slice(shift, shift + len(edge_height))
            shorter = (halo_height[near] == edge_height) & (
                halo_distance[near].astype(np.int64) + 1 < edge_distance
            )
            if shorter.any():
                return True
    return False


BEYOND = {
    "top": (-1, 0, "bottom"),
    "bottom": (1, 0, "top"),
    "left": (0, -1, "right"),
    "right": (0, 1, "left"),
}


def halo_line(layout, index, side, line_of, fill, dtype):
    """The cells just beyond the tile's ``side``, corners included, from the facing edge lines of
    its neighbours (``line_of(tile, side)``, None if not known); ``fill`` where there are none."""
    row, column = divmod(index, layout.tile_columns)
    row_step, column_step, facing = BEYOND[side]
    _top, _left, height, width = layout.window(index)
    line = np.full((width if row_step else height) + 2, fill, dtype)
    # the neighbour before the side's line gives its last cell, the one beyond it all, the one after its first
    for shift, cells, part in (
        (-1, slice(0, 1), slice(-1, None)),
        (0, slice(1, -1), slice(None)),
        (1, slice(-1, None), slice(0, 1)),
    ):
        r = row + row_step + (0 if row_step else shift)
        c = column + column_step + (shift if row_step else 0)
        if 0 <= r < layout.tile_rows and 0 <= c < layout.tile_columns:
            facing_line = line_of(r * layout.tile_columns + c, facing)
            if facing_line is not None:
                line[cells] = facing_line[part]
    return line


def rim_shortens(layout, index, rims):
    """:func:`halo_shortens` for tile ``index`` from the last :class:`Rim` of it and its neighbours
    (``rims`` by tile; a neighbour without one offers no way out), without reading the tiles."""

    def frame(field, fill, dtype):
        def line_of(tile, side):
            return getattr(rims[tile], field)[side] if tile in rims else None

        return {
            side: (halo_line(layout, index, side, line_of, fill, dtype), line_of(index, side))
            for side in BEYOND
        }

    return frame_shortens(
        frame("heights", np.nan, np.float32), frame("distances", plain_kernels.UNREACHED, np.int32)
    )


@dataclass
class TileFlow:
    """What one tile's flow tells the global pass: the cells where water leaves the tile (global
    index, cell count arriving there from inside the tile, the cell it flows to), and for each cell
    on the tile's edge the exit its water reaches (position in ``exits``; -1: it leaves the DEM)."""

    exits: np.ndarray
    counts: np.ndarray
    targets: np.ndarray
    edge: np.ndarray
    edge_exit: np.ndarray


@warm_once
def flow_tile(layout, index, store, compiled=None, cache_dir=None):
    """D8 directions of one tile and the cell counts leaving it (step 1 of contributing area)."""
    k = terrain.kernels(compiled, cache_dir)
    surface = read_padded(store, "surface", layout, index, np.nan, np.float32)
    valid = np.isfinite(surface)
    boundary = padded_boundary(k, valid)
    distance = read_padded(store, "distance", layout, index, plain_kernels.UNREACHED, np.int32)
    rows, columns = surface.shape
    direction = k.d8_directions(
        surface.ravel(),
        valid.ravel(),
        boundary.ravel(),
        distance.ravel(),
        rows,
        columns,
        layout.cell_width,
        layout.cell_height,
    )
    direction = np.ascontiguousarray(inner(direction.reshape(surface.shape)))
    height, width = direction.shape
    code = direction.astype(np.int64)
    row, column = np.indices(direction.shape)
    to_row = row + np.where(code >= 0, plain_kernels.ROW_STEP[code], 0)
    to_column = column + np.where(code >= 0, plain_kernels.COLUMN_STEP[code], 0)
    leaves = (code >= 0) & ((to_row < 0) | (to_row >= height) | (to_column < 0) | (to_column >= width))
    local = np.where(leaves, np.int8(-1), direction).ravel()
    store.save("direction", index, local)
    weight = np.ascontiguousarray(inner(valid)).ravel().astype(np.int64)
    counts, order = k.tree_accumulate(k.d8_receivers(local, height, width), weight)
    exit_cells = np.flatnonzero(leaves)
    exit_number = np.zeros(height * width, dtype=np.int64)
    exit_number[exit_cells] = np.arange(1, len(exit_cells) + 1)
    reached = k.first_label_downstream(exit_number, local, order, width)
    edge = np.flatnonzero(edge_mask(height, width))
    top, left, _h, _w = layout.window(index)
    targets = (top + to_row.ravel()[exit_cells]) * layout.columns + left + to_column.ravel()[exit_cells]
    return TileFlow(
        layout.global_cells(index, exit_cells),
        counts[exit_cells],
        targets,
        layout.global_cells(index, edge),
        reached[edge] - 1,
    )


def edge_mask(height, width):
    mask = np.zeros((height, width), dtype=bool)
    mask[[0, -1], :] = True
    mask[:, [0, -1]] = True
    return mask.ravel()


def inflows(flows, kernel_set):
    """Per tile the cells where water from other tiles enters and how many cells it drains: the
    exits form a forest (each exit's water reaches one exit of the next tile, or leaves the DEM)."""
    starts = np.concatenate(([0], np.cumsum([len(flow.exits) for flow in flows])))
    targets = np.concatenate([flow.targets for flow in flows])
    edge = np.concatenate([flow.edge for flow in flows])
    edge_exit = np.concatenate(
        [np.where(flow.edge_exit >= 0, flow.edge_exit + starts[i], -1) for i, flow in enumerate(flows)]
    )
    order = np.argsort(edge)
    edge, edge_exit = edge[order], edge_exit[order]
    successor = edge_exit[np.searchsorted(edge, targets)]
    total, _order = kernel_set.tree_accumulate(successor, np.concatenate([flow.counts for flow in flows]))
    return targets, total


@warm_once
def tile_area(layout, index, store, cells, amounts, compiled=None, cache_dir=None):
    """The tile's contributing area (m²) with the cells draining into it from other tiles added
    where their water enters (step 2 of contributing area), and where the tile has data; its stored
    directions are let go."""
    k = terrain.kernels(compiled, cache_dir)
    top, left, height, width = layout.window(index)
    valid = np.isfinite(store.load("surface", index))
    weight = valid.ravel().astype(np.int64)
    row, column = np.divmod(cells, layout.columns)
    np.add.at(weight, (row - top) * width + column - left, amounts)
    receivers = k.d8_receivers(np.asarray(store.load("direction", index)), height, width)
    counts, _order = k.tree_accumulate(receivers, weight)
    store.remove("direction", index)
    return terrain.cell_areas(counts, layout.cell_width * layout.cell_height).reshape(height, width), valid


def finish_flow_tile(layout, index, store, cells, amounts, compiled=None, cache_dir=None):
    """The tile's contributing area into the store (result ``area``)."""
    area, _valid = tile_area(layout, index, store, cells, amounts, compiled, cache_dir)
    store.save("area", index, area)


def analyse(source, layout, store, engine=None, monitor=None, compiled=None, cache_dir=None):
    """Filled surface, flow and contributing area of ``source`` tile by tile into ``store``
    (results ``surface`` and ``area`` per tile): :func:`fill`, then :func:`flow`."""
    engine = engine or SerialEngine()
    monitor = monitor or Monitor()
    fill(source, layout, store, engine, monitor, compiled, cache_dir)
    flow(layout, store, engine, monitor, compiled, cache_dir)


def run_step(engine, monitor, step, function, calls):
    monitor.step = step
    return engine.map(function, calls, monitor)


def fill(source, layout, store, engine, monitor, compiled=None, cache_dir=None):
    """The filling of ``source`` tile by tile: each tile's flood, labels and the levels they must
    reach (results ``flood``, ``labels``, ``levels``), from which :func:`surface_window` makes its
    filled surface."""
    tiles = range(layout.count)
    monitor.step = "fill"
    flooding = engine.start(fill_tile, [(source, layout, i, store, compiled, cache_dir) for i in tiles])
    kernel_set = terrain.kernels(compiled, cache_dir)
    load_join_kernels(kernel_set)
    fills = engine.wait(flooding, monitor)
    for index, levels in enumerate(fill_levels(layout, fills, kernel_set)):
        store.save("levels", index, levels)


def flow(layout, store, engine, monitor, compiled=None, cache_dir=None):
    """D8 flow over the filled surface and its contributing area tile by tile (result ``area``)."""
    inflow = directions(layout, store, engine, monitor, compiled, cache_dir)
    run_step(
        engine,
        monitor,
        "area",
        finish_flow_tile,
        [(layout, index, store, *inflow[index], compiled, cache_dir) for index in range(layout.count)],
    )


def directions(layout, store, engine, monitor, compiled=None, cache_dir=None):
    """D8 directions over the filled surface tile by tile (result ``direction``, for :func:`tile_area`)
    and per tile the cells where water from other tiles enters with the cell counts it brings."""
    tiles = range(layout.count)
    monitor.step = "distances"
    rims, running = {}, set()

    def search(index):
        running.add(index)
        return (layout, index, store, compiled, cache_dir)

    def searched_again(index, rim):
        """The neighbours whose edge cells the tile's changed edge offers a shorter way, and the
        tile itself if its neighbours' edges did while it ran. A tile not searched yet is not named
        (it reads its neighbours' latest edges, or checks them once its first search ends), nor one
        whose search runs (it checks them when it ends)."""
        running.discard(index)
        if rim is not None:
            rims[index] = rim
        named = layout.neighbours(index) + [index] if rim is not None else [index]
        return [
            tile
            for tile in named
            if tile in rims and tile not in running and rim_shortens(layout, tile, rims)
        ]

    engine.settle(distance_tile, search, tiles, searched_again, monitor)
    flows = run_step(
        engine, monitor, "flow", flow_tile, [(layout, i, store, compiled, cache_dir) for i in tiles]
    )
    targets, total = inflows(flows, terrain.kernels(compiled, cache_dir))
    del flows
    for index in tiles:
        store.remove("distance", index)
    tile_of = (targets // layout.columns // layout.tile_size) * layout.tile_columns + (
        targets % layout.columns
    ) // layout.tile_size
    order = np.argsort(tile_of, kind="stable")
    bounds = np.searchsorted(tile_of[order], np.arange(layout.count + 1))
    return [
        (targets[order[start:end]], total[order[start:end]]) for start, end in zip(bounds[:-1], bounds[1:])
    ]


def mosaic(store, layout, name, dtype=None):
    """A whole result assembled from its tiles (for rasters that fit in memory, e.g. in tests)."""
    first = store.load(name, 0)
    whole = np.empty((layout.rows, layout.columns), dtype=dtype or first.dtype)
    for index in range(layout.count):
        top, left, height, width = layout.window(index)
        whole[top : top + height, left : left + width] = np.asarray(store.load(name, index)).reshape(
            height, width
        )
    return whole
