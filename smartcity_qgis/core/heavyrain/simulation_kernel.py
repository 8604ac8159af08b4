"""One time step of the 2D rain simulation as loops over the cells, compiled with numba when it is
installed (:func:`compiled_kernels`), on bands of rows in parallel threads (:class:`Stepper`); the
same arithmetic as the numpy form in :mod:`.simulation` (``Faces.advance``), which runs where numba
is missing. It updates the state in place and needs no array of the grid's size of its own:
discharges (single precision) are smoothed with their neighbours' old values carried along, and
each cell scales only the faces water leaves it by."""

import math
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np  # numba needs the module itself (this module is imported when a simulation runs)

from .simulation import BELOW_HELD, DRY_M, GRAVITY, THETA, VELOCITY_DEPTH_M


def move(depth, ground, valid, roughness, flow_x, flow_y, start, stop, above, below, step, dx, dy):
    """New discharges, in place, on the faces of cell rows ``start`` to ``stop``: those west of each
    cell and those north of each cell (the grid's south edge with the last rows). ``above`` and
    ``below`` are the old discharges of the north faces of rows ``start - 1`` and ``stop``, which
    the neighbouring bands may already have changed."""
    rows, columns = depth.shape
    for row in range(start, stop):
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
    for face in range(start, stop):
        for column in range(columns):
            old = np.float64(flow_y[face, column])
            new = 0.0
            if face > 0 and valid[face - 1, column] and valid[face, column]:
                after = below[column] if face == stop - 1 else np.float64(flow_y[face + 1, column])
                new = inertial(
                    depth[face - 1, column], depth[face, column],
                    ground[face - 1, column], ground[face, column],
                    old, above[column], after,
                    (roughness[face - 1, column] + roughness[face, column]) / 2.0, step, dy,
                )  # fmt: skip
            flow_y[face, column] = new
            above[column] = old
    if stop == rows:
        flow_y[rows] = 0.0


def open_exits(depth, roughness, flow_x, flow_y, exits_x, exits_y):
    """Free outflow through the exit faces (rows of ``row, face, sign, slope``)."""
    for index in range(exits_x.shape[0]):
        row, face, sign = int(exits_x[index, 0]), int(exits_x[index, 1]), exits_x[index, 2]
        cell = face - 1 if sign > 0 else face
        flow_x[row, face] = sign * outflow(depth[row, cell], exits_x[index, 3], roughness[row, cell])
    for index in range(exits_y.shape[0]):
        face, column, sign = int(exits_y[index, 0]), int(exits_y[index, 1]), exits_y[index, 2]
        cell = face - 1 if sign > 0 else face
        flow_y[face, column] = sign * outflow(depth[cell, column], exits_y[index, 3], roughness[cell, column])


def limit(depth, flow_x, flow_y, start, stop, step, dx, dy):
    """No cell of rows ``start`` to ``stop`` gives more than it holds: it scales the faces it gives
    through (each face has one giver, so bands do not meet)."""
    columns = depth.shape[1]
    for row in range(start, stop):
        for column in range(columns):
            west, east = np.float64(flow_x[row, column]), np.float64(flow_x[row, column + 1])
            north, south = np.float64(flow_y[row, column]), np.float64(flow_y[row + 1, column])
            out = step * (dy * (max(east, 0.0) + max(-west, 0.0)) + dx * (max(south, 0.0) + max(-north, 0.0)))
            held = depth[row, column] * dx * dy
            if out > held:
                factor = held / out * BELOW_HELD
                if east > 0:
                    flow_x[row, column + 1] = east * factor
                if west < 0:
                    flow_x[row, column] = west * factor
                if south > 0:
                    flow_y[row + 1, column] = south * factor
                if north < 0:
                    flow_y[row, column] = north * factor


def leaving(flow_x, flow_y, exits_x, exits_y, dx, dy):
    """m³/s leaving the grid through the exit faces."""
    total = 0.0
    for index in range(exits_x.shape[0]):
        total += abs(np.float64(flow_x[int(exits_x[index, 0]), int(exits_x[index, 1])])) * dy
    for index in range(exits_y.shape[0]):
        total += abs(np.float64(flow_y[int(exits_y[index, 0]), int(exits_y[index, 1])])) * dx
    return total


def settle(
    depth, valid, loss_rate, flow_x, flow_y, start, stop, step, dx, dy, fallen, tick,
    max_depth, max_speed, tick_of_max, east, south, spacing,
):  # fmt: skip
    """The new depths of rows ``start`` to ``stop`` from the discharges, with ``fallen`` m of rain
    and the losses taken; the maxima kept. Returns the losses (m summed over the cells)."""
    columns = depth.shape[1]
    lost = 0.0
    middle = spacing // 2
    for row in range(start, stop):
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
                speed = math.sqrt(speed_x * speed_x + speed_y * speed_y)
                if speed > max_speed[row, column]:
                    max_speed[row, column] = speed
                    if row % spacing == middle and column % spacing == middle:
                        east[row // spacing, column // spacing] = speed_x
                        south[row // spacing, column // spacing] = speed_y
    return lost


class Stepper:
    """The compiled step on bands of rows, one per thread: ``stepper(depth, flow_x, flow_y, step,
    fallen, tick, maxima)`` moves the water in place and returns ``(leaving m³/s, lost m)``."""

    def __init__(self, kernels, bands, ground, valid, roughness, losses, exits_x, exits_y, dx, dy):
        self.kernels = kernels
        self.ground, self.valid, self.roughness, self.losses = ground, valid, roughness, losses
        self.exits_x, self.exits_y, self.dx, self.dy = exits_x, exits_y, dx, dy
        edges = np.linspace(0, valid.shape[0], bands + 1).astype(int)
        self.bands = [(int(start), int(stop)) for start, stop in zip(edges, edges[1:]) if stop > start]

    def each_band(self, work):
        """``work(start, stop)`` for every band, on the pool's threads; their results."""
        if len(self.bands) == 1:
            return [work(*self.bands[0])]
        return list(thread_pool().map(lambda band: work(*band), self.bands))

    def __call__(self, depth, flow_x, flow_y, step, fallen, tick, maxima):
        kernels, dx, dy = self.kernels, self.dx, self.dy
        edges = {
            start: (
                flow_y[max(start - 1, 0)].astype(np.float64),
                flow_y[min(stop, flow_y.shape[0] - 1)].astype(np.float64),
            )
            for start, stop in self.bands
        }  # the old north faces either side of each band, before any band changes them
        self.each_band(
            lambda start, stop: kernels.move(
                depth, self.ground, self.valid, self.roughness, flow_x, flow_y, start, stop,
                *edges[start], step, dx, dy,
            )
        )  # fmt: skip
        kernels.open_exits(depth, self.roughness, flow_x, flow_y, self.exits_x, self.exits_y)
        self.each_band(lambda start, stop: kernels.limit(depth, flow_x, flow_y, start, stop, step, dx, dy))
        out = kernels.leaving(flow_x, flow_y, self.exits_x, self.exits_y, dx, dy)
        lost = self.each_band(
            lambda start, stop: kernels.settle(
                depth,
                self.valid,
                self.losses,
                flow_x,
                flow_y,
                start,
                stop,
                step,
                dx,
                dy,
                fallen,
                tick,
                *maxima,
            )
        )
        return out, sum(lost)


def inertial(depth_a, depth_b, ground_a, ground_b, flow, before, after, n, step, spacing):
    """The local-inertial discharge across the face from cell a to cell b."""
    surface_a, surface_b = ground_a + depth_a, ground_b + depth_b
    flow_depth = max(surface_a, surface_b) - max(ground_a, ground_b)
    if flow_depth <= DRY_M:
        return 0.0
    smoothed = THETA * flow + (1.0 - THETA) / 2.0 * (before + after)
    friction_depth = np.float32(flow_depth) ** np.float32(7.0 / 3.0)  # as the numpy form: single precision
    return (smoothed - GRAVITY * flow_depth * step * (surface_b - surface_a) / spacing) / (
        1.0 + GRAVITY * step * n * n * abs(flow) / friction_depth
    )


def outflow(depth, slope, n):
    """Free outflow: Manning's normal flow of ``depth`` down ``slope``."""
    return depth ** (5.0 / 3.0) * math.sqrt(slope) / n


_COMPILED = []
_POOL = []
_POOL_LOCK = threading.Lock()


def thread_pool():
    """The threads (one per core) the compiled steps of every simulation in this process share."""
    with _POOL_LOCK:
        if not _POOL:
            _POOL.append(ThreadPoolExecutor(os.cpu_count() or 1, thread_name_prefix="rain-simulation"))
        return _POOL[0]


def compiled_kernels(cache_dir=None):
    """This module with :func:`move`, :func:`open_exits`, :func:`limit`, :func:`leaving` and
    :func:`settle` compiled by numba (None without numba); their cache in ``cache_dir``."""
    if not _COMPILED:
        try:
            import numba
        except ImportError:
            return None
        if cache_dir:
            numba.config.CACHE_DIR = str(cache_dir)
        global inertial, outflow, move, open_exits, limit, leaving, settle
        # no division in them can be by zero, so numpy's error model spares the checks
        inertial = numba.njit(cache=True, inline="always", error_model="numpy")(inertial)  # the steps call it
        outflow = numba.njit(cache=True, inline="always", error_model="numpy")(outflow)
        move, open_exits, limit, leaving, settle = (
            numba.njit(cache=True, nogil=True, error_model="numpy")(kernel)
            for kernel in (move, open_exits, limit, leaving, settle)
        )
        _COMPILED.append(sys.modules[__name__])
    return _COMPILED[0]
