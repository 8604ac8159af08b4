"""Depressions of a tiled filled surface (see :mod:`.tiled`): each connected flooded area with its
area, depths, volume and water level, the same as :func:`.terrain.depressions` on the whole raster
(ids in the same order), found per tile and joined where areas cross tile borders."""

from __future__ import annotations

from dataclasses import dataclass

from ..lazy import LazyModule
from .tiled import border_lines, edge_lines, strip_pairs

np = LazyModule("numpy")
pd = LazyModule("pandas")
ndimage = LazyModule("scipy.ndimage")
csgraph = LazyModule("scipy.sparse.csgraph")
sparse = LazyModule("scipy.sparse")

EIGHT_NEIGHBOURS = ((True, True, True),) * 3


@dataclass
class TileDepressions:
    """The flooded areas of one tile: per local label its cell count, summed depth, deepest depth
    and cell, water level and first cell (global indices); its labels on the tile's edges."""

    cells: np.ndarray
    depth_sum: np.ndarray
    max_depth: np.ndarray
    deepest: np.ndarray
    level: np.ndarray
    first: np.ndarray
    edges: dict


def tile_depressions(layout, index, surface, sink_depth):
    """The flooded areas (``sink_depth``, the filled ``surface`` above the DEM, above 0) of one tile
    and their sums."""
    depth = np.where(np.isfinite(surface), sink_depth, 0.0)
    labels, count = ndimage.label(depth > 0, structure=EIGHT_NEIGHBOURS)
    flat = labels.ravel()
    flooded = np.flatnonzero(flat)
    label = flat[flooded]
    deepest_first = np.lexsort((-depth.ravel()[flooded], label))  # by label, deepest first, then cell order
    label, cells_sorted = label[deepest_first], flooded[deepest_first]
    starts = np.flatnonzero(np.diff(label, prepend=-1))  # where each label's cells begin
    return TileDepressions(
        cells=np.bincount(flat, minlength=count + 1)[1:],
        depth_sum=np.bincount(flat, weights=depth.ravel(), minlength=count + 1)[1:],
        max_depth=depth.ravel()[cells_sorted[starts]].astype(np.float64),
        deepest=layout.global_cells(index, cells_sorted[starts]),
        level=surface.ravel()[cells_sorted[starts]].astype(np.float64),
        first=layout.global_cells(
            index, np.minimum.reduceat(cells_sorted, starts) if len(starts) else starts
        ),
        edges=edge_lines(labels),
    )


def merge_depressions(layout, parts, min_depth=0.0):
    """One table of depressions from the tiles' parts: ``id`` (numbered in raster order of their
    first cell, as the whole-raster labelling does), ``area_m2``, ``max_depth``, ``mean_depth``,
    ``volume_m3``, ``pour_z`` (the water level) and ``deepest`` (the flat index of the deepest cell)."""
    offsets = np.concatenate(([0], np.cumsum([len(part.cells) for part in parts])))
    total = int(offsets[-1])
    tails, heads = [], []

    def edges_of(tile, side):
        labels = parts[tile].edges[side]
        return (np.where(labels > 0, labels + offsets[tile], 0),)

    for (labels_a,), (labels_b,) in border_lines(layout, edges_of):
        for a, b in strip_pairs(labels_a, labels_b):
            meet = (labels_a[a] > 0) & (labels_b[b] > 0)
            tails.append(labels_a[a][meet] - 1)
            heads.append(labels_b[b][meet] - 1)
    tail = np.concatenate(tails + [np.zeros(0, np.int64)])
    head = np.concatenate(heads + [np.zeros(0, np.int64)])
    count, component = joined_pieces(total, tail, head)
    table = joined_sums(component, count, parts, offsets)
    kept = np.flatnonzero(table["max_depth"] >= min_depth) if min_depth > 0 else np.arange(count)
    kept = kept[np.argsort(table["first"][kept], kind="stable")]  # in raster order of their first cell
    table = {name: column[kept] for name, column in table.items()}
    cell_area = layout.cell_width * layout.cell_height
    return pd.DataFrame(  # the columns are new arrays: taken as they are, not copied into blocks
        {
            "id": np.arange(1, len(kept) + 1),
            "area_m2": table["cells"] * cell_area,
            "max_depth": table["max_depth"],
            "mean_depth": table["depth_sum"] / table["cells"],
            "volume_m3": table["depth_sum"] * cell_area,
            "pour_z": table["level"],
            "deepest": table["deepest"],
        },
        copy=False,
    )


def joined_pieces(total, tail, head):
    """The number of joined areas and the area of each of ``total`` pieces, from the pairs of
    pieces that meet across a border (``tail``, ``head``): only the pieces in pairs go through the
    graph, every other piece is an area of its own."""
    meeting, ends = np.unique(np.concatenate((tail, head)), return_inverse=True)
    pairs = len(tail)
    graph = sparse.coo_matrix(
        (np.ones(pairs), (ends[:pairs], ends[pairs:])), shape=(len(meeting), len(meeting))
    )
    _count, group = csgraph.connected_components(graph, directed=False)
    lowest = meeting[np.unique(group, return_index=True)[1]]  # each group's first piece stands for it
    representative = np.arange(total)
    representative[meeting] = lowest[group]
    stands_for_itself = np.ones(total, dtype=bool)
    stands_for_itself[meeting] = representative[meeting] == meeting
    number = np.cumsum(stands_for_itself) - 1
    return int(np.count_nonzero(stands_for_itself)), number[representative]


def joined_sums(component, count, parts, offsets):
    """Per joined area (``component`` of each piece, ``count`` areas; tile ``i``'s pieces from
    ``offsets[i]``): cells, summed depth, deepest depth and its cell (the lower index among equally
    deep ones), water level and first cell. Most areas are one piece: each tile's pieces are set in
    place; only the pieces of areas crossing a border are gathered, sorted and joined."""
    reductions = {
        "cells": np.add,
        "depth_sum": np.add,
        "max_depth": None,  # taken from the deepest piece, as is its cell
        "deepest": None,
        "level": np.maximum,
        "first": np.minimum,
    }
    shared = np.flatnonzero(np.bincount(component, minlength=count)[component] > 1)
    bounds = np.searchsorted(shared, offsets)  # each tile's shared pieces

    def of_shared(name):
        return np.concatenate(
            [
                getattr(part, name)[shared[start:end] - offset]
                for part, offset, start, end in zip(parts, offsets, bounds[:-1], bounds[1:])
            ]
        )

    joined = {name: of_shared(name) for name in reductions}
    shared_component = component[shared]
    order = np.lexsort((joined["deepest"], -joined["max_depth"], shared_component))
    sorted_component = shared_component[order]
    starts = np.flatnonzero(np.diff(sorted_component, prepend=-1))  # where each joined area begins
    owners = sorted_component[starts]
    table = {}
    for name, reduce in reductions.items():
        column = table[name] = np.empty(count, joined[name].dtype)
        for part, start, end in zip(parts, offsets[:-1], offsets[1:]):
            column[component[start:end]] = getattr(part, name)  # the shared pieces are set next
        picked = joined[name][order]
        column[owners] = picked[starts] if reduce is None else reduce.reduceat(picked, starts)
    return table
