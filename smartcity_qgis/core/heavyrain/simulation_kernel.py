"""One time step of the 2D rain simulation as loops over the cells, compiled with numba when it is
installed (:func:`compiled_advance`); the same arithmetic as the numpy form in
:mod:`.simulation` (``Faces``, ``limit_outflow``), which runs where numba is missing."""

import math

import numpy as np  # numba needs the module itself (this module is imported when a simulation runs)

from .simulation import DRY_M, GRAVITY, THETA


def advance(depth, ground, roughness, valid, flow_x, flow_y, exit_x, slope_x, exit_y, slope_y, step, dx, dy):
    """``(flow_x, flow_y, depth, leaving m³/s)`` after ``step`` seconds; see :mod:`.simulation`."""
    rows, columns = depth.shape
    new_x = np.zeros((rows, columns + 1))
    new_y = np.zeros((rows + 1, columns))
    for row in range(rows):
        for face in range(columns + 1):
            west, east = face - 1, face
            if 0 < face < columns and valid[row, west] and valid[row, east]:
                new_x[row, face] = inertial(
                    depth[row, west], depth[row, east], ground[row, west], ground[row, east],
                    flow_x[row, face], flow_x[row, face - 1], flow_x[row, face + 1],
                    (roughness[row, west] + roughness[row, east]) / 2.0, step, dx,
                )  # fmt: skip
            elif exit_x[row, face] != 0:
                cell = west if exit_x[row, face] > 0 else east
                new_x[row, face] = exit_x[row, face] * outflow(
                    depth[row, cell], slope_x[row, face], roughness[row, cell]
                )
    for face in range(rows + 1):
        for column in range(columns):
            north, south = face - 1, face
            if 0 < face < rows and valid[north, column] and valid[south, column]:
                new_y[face, column] = inertial(
                    depth[north, column], depth[south, column], ground[north, column], ground[south, column],
                    flow_y[face, column], flow_y[face - 1, column], flow_y[face + 1, column],
                    (roughness[north, column] + roughness[south, column]) / 2.0, step, dy,
                )  # fmt: skip
            elif exit_y[face, column] != 0:
                cell = north if exit_y[face, column] > 0 else south
                new_y[face, column] = exit_y[face, column] * outflow(
                    depth[cell, column], slope_y[face, column], roughness[cell, column]
                )
    factor = np.ones((rows, columns))
    for row in range(rows):
        for column in range(columns):
            out = step * (
                dy * (max(new_x[row, column + 1], 0.0) + max(-new_x[row, column], 0.0))
                + dx * (max(new_y[row + 1, column], 0.0) + max(-new_y[row, column], 0.0))
            )
            held = depth[row, column] * dx * dy
            if out > held:
                factor[row, column] = held / out
    leaving = 0.0
    for row in range(rows):
        for face in range(columns + 1):
            giver = face - 1 if new_x[row, face] > 0 else face
            if 0 <= giver < columns:
                new_x[row, face] *= factor[row, giver]
            if exit_x[row, face] != 0:
                leaving += abs(new_x[row, face]) * dy
    for face in range(rows + 1):
        for column in range(columns):
            giver = face - 1 if new_y[face, column] > 0 else face
            if 0 <= giver < rows:
                new_y[face, column] *= factor[giver, column]
            if exit_y[face, column] != 0:
                leaving += abs(new_y[face, column]) * dx
    new_depth = np.zeros((rows, columns))
    for row in range(rows):
        for column in range(columns):
            if valid[row, column]:
                change = (new_x[row, column] - new_x[row, column + 1]) * (step / dx) + (
                    new_y[row, column] - new_y[row + 1, column]
                ) * (step / dy)
                new_depth[row, column] = max(depth[row, column] + change, 0.0)
    return new_x, new_y, new_depth, leaving


def inertial(depth_a, depth_b, ground_a, ground_b, flow, before, after, n, step, spacing):
    """The local-inertial discharge across the face from cell a to cell b."""
    surface_a, surface_b = ground_a + depth_a, ground_b + depth_b
    flow_depth = max(surface_a, surface_b) - max(ground_a, ground_b)
    if flow_depth <= DRY_M:
        return 0.0
    smoothed = THETA * flow + (1.0 - THETA) / 2.0 * (before + after)
    return (smoothed - GRAVITY * flow_depth * step * (surface_b - surface_a) / spacing) / (
        1.0 + GRAVITY * step * n * n * abs(flow) / flow_depth ** (7.0 / 3.0)
    )


def outflow(depth, slope, n):
    """Free outflow: Manning's normal flow of ``depth`` down ``slope``."""
    return depth ** (5.0 / 3.0) * math.sqrt(slope) / n


_COMPILED = []


def compiled_advance(cache_dir=None):
    """:func:`advance` compiled by numba (None without numba); its cache in ``cache_dir``."""
    if not _COMPILED:
        try:
            import numba
        except ImportError:
            return None
        if cache_dir:
            numba.config.CACHE_DIR = str(cache_dir)
        global inertial, outflow  # the compiled helpers are what the compiled step calls
        inertial = numba.njit(cache=True, inline="always")(inertial)
        outflow = numba.njit(cache=True, inline="always")(outflow)
        _COMPILED.append(numba.njit(cache=True, nogil=True)(advance))
    return _COMPILED[0]
