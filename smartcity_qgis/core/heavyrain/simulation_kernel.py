"""One time step of the 2D rain simulation as loops over the cells, compiled with numba when it is
installed (:func:`compiled_advance`); the same arithmetic as the numpy form in :mod:`.simulation`
(``Faces.advance``), which runs where numba is missing. It updates the state in place and needs
no array of the grid's size of its own: discharges (single precision) are smoothed with their
neighbours' old values carried along, and each cell scales only the faces water leaves it by."""

import math

import numpy as np  # numba needs the module itself (this module is imported when a simulation runs)

from .simulation import BELOW_HELD, DRY_M, GRAVITY, THETA, VELOCITY_DEPTH_M


def advance(
    depth, ground, valid, roughness, loss_rate, flow_x, flow_y, exits_x, exits_y, step, dx, dy,
    fallen, tick, max_depth, max_speed, tick_of_max, east, south, spacing,
):  # fmt: skip
    """Move the water by ``step`` seconds, add ``fallen`` m of rain and take the losses; keep the
    maxima. Returns ``(leaving m³/s, lost m)``; see :mod:`.simulation`."""
    rows, columns = depth.shape
    for row in range(rows):
        before = np.float64(flow_x[row, 0])
        flow_x[row, 0] = 0.0
        for face in range(1, columns):
            old = np.float64(flow_x[row, face])
            new = 0.0
            if valid[row, face - 1] and valid[row, face]:
                new = inertial(
                    depth[row, face - 1], depth[row, face], ground[row, face - 1], ground[row, face],
                    old, before, np.float64(flow_x[row, face + 1]),
                    (roughness[row, face - 1] + roughness[row, face]) / 2.0, step, dx,
                )  # fmt: skip
            flow_x[row, face] = new
            before = old
        flow_x[row, columns] = 0.0
    above = flow_y[0].astype(np.float64)  # the old discharges one face row up
    flow_y[0] = 0.0
    for face in range(1, rows):
        for column in range(columns):
            old = np.float64(flow_y[face, column])
            new = 0.0
            if valid[face - 1, column] and valid[face, column]:
                new = inertial(
                    depth[face - 1, column], depth[face, column],
                    ground[face - 1, column], ground[face, column],
                    old, above[column], np.float64(flow_y[face + 1, column]),
                    (roughness[face - 1, column] + roughness[face, column]) / 2.0, step, dy,
                )  # fmt: skip
            flow_y[face, column] = new
            above[column] = old
    flow_y[rows] = 0.0
    for index in range(exits_x.shape[0]):
        row, face, sign = int(exits_x[index, 0]), int(exits_x[index, 1]), exits_x[index, 2]
        cell = face - 1 if sign > 0 else face
        flow_x[row, face] = sign * outflow(depth[row, cell], exits_x[index, 3], roughness[row, cell])
    for index in range(exits_y.shape[0]):
        face, column, sign = int(exits_y[index, 0]), int(exits_y[index, 1]), exits_y[index, 2]
        cell = face - 1 if sign > 0 else face
        flow_y[face, column] = sign * outflow(depth[cell, column], exits_y[index, 3], roughness[cell, column])
    for row in range(rows):  # no cell gives more than it holds: it scales the faces it gives through
        for column in range(columns):
            west, east_face = np.float64(flow_x[row, column]), np.float64(flow_x[row, column + 1])
            north, south_face = np.float64(flow_y[row, column]), np.float64(flow_y[row + 1, column])
            out = step * (
                dy * (max(east_face, 0.0) + max(-west, 0.0)) + dx * (max(south_face, 0.0) + max(-north, 0.0))
            )
            held = depth[row, column] * dx * dy
            if out > held:
                factor = held / out * BELOW_HELD
                if east_face > 0:
                    flow_x[row, column + 1] = east_face * factor
                if west < 0:
                    flow_x[row, column] = west * factor
                if south_face > 0:
                    flow_y[row + 1, column] = south_face * factor
                if north < 0:
                    flow_y[row, column] = north * factor
    leaving = 0.0
    for index in range(exits_x.shape[0]):
        leaving += abs(np.float64(flow_x[int(exits_x[index, 0]), int(exits_x[index, 1])])) * dy
    for index in range(exits_y.shape[0]):
        leaving += abs(np.float64(flow_y[int(exits_y[index, 0]), int(exits_y[index, 1])])) * dx
    lost = 0.0
    middle = spacing // 2
    for row in range(rows):
        for column in range(columns):
            if not valid[row, column]:
                continue
            west, east_face = np.float64(flow_x[row, column]), np.float64(flow_x[row, column + 1])
            north, south_face = np.float64(flow_y[row, column]), np.float64(flow_y[row + 1, column])
            water = max(
                depth[row, column] + (west - east_face) * (step / dx) + (north - south_face) * (step / dy),
                0.0,
            )
            water += fallen
            taken = min(water, loss_rate[row, column] * step)
            water -= taken
            lost += taken
            depth[row, column] = water
            if np.float32(water) > max_depth[row, column]:  # as kept: a level depth stays where it was
                max_depth[row, column] = water
                tick_of_max[row, column] = tick
            if water >= VELOCITY_DEPTH_M:
                speed_x = (west + east_face) / 2.0 / water
                speed_y = (north + south_face) / 2.0 / water
                speed = math.hypot(speed_x, speed_y)
                if speed > max_speed[row, column]:
                    max_speed[row, column] = speed
                    if row % spacing == middle and column % spacing == middle:
                        east[row // spacing, column // spacing] = speed_x
                        south[row // spacing, column // spacing] = speed_y
    return leaving, lost


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
