"""Depressions of a tiled filled surface (see :mod:`.tiled`): each connected flooded area with its
area, depths, volume and water level, the same as :func:`.terrain.depressions` on the whole raster
(ids in the same order), found per tile and joined where areas cross tile borders."""

from __future__ import annotations

from dataclasses import dataclass

from ..lazy import LazyModule
from .tiled import border_lines, edge_views, strip_pairs

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


def depression_tile(source, layout, index, store):
    """The flooded areas (filled surface above the DEM) of one tile and their sums."""
    top, left, height, width = layout.window(index)
    surface = np.asarray(store.load("surface", index))
    valid = np.isfinite(surface)
    depth = np.where(valid, surface - source.read(top, left, height, width), 0.0)
    labels, count = ndimage.label(depth > 0, structure=EIGHT_NEIGHBOURS)
    flat = labels.ravel()
    flooded = np.flatnonzero(flat)
    label = flat[flooded]
    deepest_first = np.lexsort((-depth.ravel()[flooded], label))  # by label, deepest first, then cell order
    label, cells_sorted = label[deepest_first], flooded[deepest_first]
    starts = np.flatnonzero(np.concatenate(([True], label[1:] != label[:-1]))) if len(label) else label
    return TileDepressions(
        cells=np.bincount(flat, minlength=count + 1)[1:],
        depth_sum=np.bincount(flat, weights=depth.ravel(), minlength=count + 1)[1:],
        max_depth=depth.ravel()[cells_sorted[starts]].astype(np.float64),
        deepest=layout.global_cells(index, cells_sorted[starts]),
        level=surface.ravel()[cells_sorted[starts]].astype(np.float64),
        first=layout.global_cells(
            index, np.minimum.reduceat(cells_sorted, starts) if len(starts) else starts
        ),
        edges={side: labels[cut].copy() for side, cut in edge_views()},
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
    graph = sparse.coo_matrix((np.ones(len(tail)), (tail, head)), shape=(total, total))
    _count, component = csgraph.connected_components(graph, directed=False)

    def joined(name):
        return np.concatenate([getattr(part, name) for part in parts]) if parts else np.zeros(0)

    pieces = pd.DataFrame(
        {
            "component": component,
            "cells": joined("cells"),
            "depth_sum": joined("depth_sum"),
            "max_depth": joined("max_depth"),
            "deepest": joined("deepest"),
            "level": joined("level"),
            "first": joined("first"),
        }
    )
    deepest = pieces.sort_values(["max_depth", "deepest"], ascending=[False, True]).groupby("component")[
        "deepest"
    ]
    table = pieces.groupby("component").agg(
        cells=("cells", "sum"),
        depth_sum=("depth_sum", "sum"),
        max_depth=("max_depth", "max"),
        level=("level", "max"),
        first=("first", "min"),
    )
    table["deepest"] = deepest.first()
    table = (
        table[table["max_depth"] >= min_depth].sort_values("first")
        if min_depth > 0
        else table.sort_values("first")
    )
    cell_area = layout.cell_width * layout.cell_height
    return pd.DataFrame(
        {
            "id": np.arange(1, len(table) + 1),
            "area_m2": table["cells"].to_numpy() * cell_area,
            "max_depth": table["max_depth"].to_numpy(),
            "mean_depth": table["depth_sum"].to_numpy() / table["cells"].to_numpy(),
            "volume_m3": table["depth_sum"].to_numpy() * cell_area,
            "pour_z": table["level"].to_numpy(),
            "deepest": table["deepest"].to_numpy(),
        }
    )
