"""A spatial index over shapely geometries that answers positions on shapely 1.8 and 2.x alike."""

from __future__ import annotations

import warnings

from .lazy import LazyModule

strtree = LazyModule("shapely.strtree")


class GeometryIndex:
    """Positions in ``geometries`` of those whose boxes meet a geometry (shapely 1.8's STRtree
    answers geometries, 2.x positions)."""

    def __init__(self, geometries):
        self.geometries = list(geometries)
        self.position = {id(shape): number for number, shape in enumerate(self.geometries)}
        with warnings.catch_warnings():  # shapely 1.8 announces 2.0's index-based query
            warnings.simplefilter("ignore")
            self.tree = strtree.STRtree(self.geometries)

    def candidates(self, geometry):
        for hit in self.tree.query(geometry):
            yield self.position[id(hit)] if hasattr(hit, "geom_type") else int(hit)
