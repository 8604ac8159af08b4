"""Rain on the grid in two dimensions: water depth and flow velocity over time.

A local-inertial shallow-water scheme (Bates et al. 2010, with the flux smoothing of de Almeida et
al. 2012) on the DEM's cells: discharges on the cell faces from the water-surface slope and
Manning friction, depths from the discharges' balance, an adaptive time step from the
Courant-Friedrichs-Lewy condition. Water leaves the grid at its edge and into nodata cells as
free outflow. Volumes are kept exactly: a cell never gives more water than it holds, so depths
stay non-negative and rain = losses + stored + outflow at every step.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

from ..errors import N_, Cancelled, InputError
from ..lazy import LazyModule

np = LazyModule("numpy")
pd = LazyModule("pandas")

GRAVITY = 9.81
DRY_M = 1e-4  # shallower water does not flow across a face
VELOCITY_DEPTH_M = 0.01  # velocities are reported where water is at least this deep
COURANT = 0.5  # 0.7, the usual bound, let a deep, smooth basin slosh without end
THETA = 0.7  # weight of a face's own discharge against its neighbours' (de Almeida et al. 2012)
OUTFLOW_SLOPE = 0.001  # least energy slope of free outflow at the grid's edge
BELOW_HELD = 1.0 - 2.0**-23  # scaled so that rounding to float32 cannot give more than a cell holds
DEPTH_HAZARD = (0.1, 0.5, 1.0)  # m: lower bounds of hazard classes 1-3 by depth
SPEED_HAZARD = (0.2, 0.5, 2.0)  # m/s: the same by flow velocity
PARALLEL_CELLS = 250_000  # grids this large step on all cores
BAND_CELLS = 16_384  # cells per band of the numpy step
TICK_S = 6.0  # the time of the deepest water is kept to this many seconds (in 16 bits)


MINUTE_NS = 60_000_000_000


@dataclass
class Rain:
    """Rain as intensities (m/s) constant within intervals ending at ``ends`` (s from the start)."""

    ends: list
    rates: list

    @property
    def duration(self):
        return self.ends[-1] if self.ends else 0.0

    def depth_between(self, start, stop):
        """Rain (m) falling between ``start`` and ``stop`` seconds."""
        total, begin = 0.0, 0.0
        for end, rate in zip(self.ends, self.rates):
            total += rate * max(0.0, min(stop, end) - max(start, begin))
            begin = end
        return total


def block_rain(depth_mm, minutes):
    """``depth_mm`` spread evenly over ``minutes``."""
    if not depth_mm > 0 or not minutes > 0:
        raise InputError(N_("Rain depth and duration must be more than 0."))
    return Rain([minutes * 60.0], [depth_mm / 1000.0 / (minutes * 60.0)])


def hyetograph_rows(text):
    """``[(minute, mm)]`` from the text ``"10:5, 20:25.5"``; InputError for anything else."""
    rows = []
    for part in text.replace(";", ",").split(","):
        minute, _colon, depth = part.partition(":")
        try:
            rows.append((float(minute), float(depth)))
        except ValueError:
            raise InputError(
                N_("'{part}' is not 'minute:mm' - write the hyetograph as e.g. '10:5, 20:25, 30:10'."),
                part=part.strip(),
            ) from None
    return rows


def table_rain(rows):
    """Rain from a hyetograph table: ``[(end minute, mm in that interval)]`` in time order."""
    ends, rates, begin = [], [], 0.0
    for minute, depth_mm in rows:
        if not (begin < minute < math.inf and 0 <= depth_mm < math.inf):  # NaN fails both
            raise InputError(N_("The rain table needs rising end minutes and rain depths of 0 mm or more."))
        ends.append(minute * 60.0)
        rates.append(depth_mm / 1000.0 / ((minute - begin) * 60.0))
        begin = minute
    if not ends:
        raise InputError(N_("The rain table is empty."))
    return Rain(ends, rates)


GAUGE_INTERVAL_MINUTES = 5.0  # what a gauge with a single observation is taken to have measured


def gauge_rain(times_ns, depths_mm):
    """Rain replayed from a gauge's observations (UTC ns, mm): each is the rain since the one before,
    the first over the gauge's interval (its shortest spacing) before it. Returns the
    :class:`Rain`, the UTC time (ns) it starts and how many observations were left out (no number,
    negative, a time seen before)."""
    times = np.asarray(times_ns, dtype=np.int64)
    depths = np.asarray(depths_mm, dtype=float)
    usable = np.isfinite(depths) & (depths >= 0)
    order = np.argsort(times[usable], kind="stable")
    times, depths = times[usable][order], depths[usable][order]
    first = np.ones(len(times), dtype=bool)
    first[1:] = times[1:] != times[:-1]
    times, depths = times[first], depths[first]
    if not len(times):
        raise InputError(N_("The rain gauge has no usable observation (a time and 0 mm or more)."))
    spacing = float(np.diff(times).min()) if len(times) > 1 else GAUGE_INTERVAL_MINUTES * MINUTE_NS
    start = int(times[0] - spacing)
    rows = [((int(time) - start) / MINUTE_NS, float(depth)) for time, depth in zip(times, depths)]
    return table_rain(rows), start, int(len(times_ns) - len(times))


def euler_type2(depths, interval=5.0):
    """The Euler type II design storm (DWA-A 118) from a depth-duration table ``[(minutes, mm)]``
    of one return period (e.g. KOSTRA-DWD-2020, cumulative depths for 5, 10, 15 … minutes): the
    rain of the longest duration in ``interval``-minute blocks whose increments follow the table
    (linear between its durations). The largest block lies at one third of the duration, the next
    largest ones before it back to the start, the rest after it in falling order, so every
    stretch around the peak holds the table's depth for its length.

    Returns the hyetograph as ``[(end minute, mm)]`` for :func:`table_rain`."""
    rows = sorted(depths)
    minutes = [minute for minute, _mm in rows]
    totals = [mm for _minute, mm in rows]
    falling = any(later < earlier for earlier, later in zip(totals, totals[1:]))
    if not rows or minutes[0] <= 0 or len(set(minutes)) < len(minutes) or falling:
        raise InputError(
            N_(
                "The depths by duration need durations above 0 minutes and depths that do not fall "
                "with the duration."
            )
        )
    count = int(round(minutes[-1] / interval))
    if count < 1 or abs(count * interval - minutes[-1]) > 1e-9:
        raise InputError(
            N_("The longest duration ({minutes:g} minutes) must be a multiple of {interval:g} minutes."),
            minutes=minutes[-1],
            interval=interval,
        )
    ends = [interval * (number + 1) for number in range(count)]
    cumulative = np.interp(ends, [0.0] + minutes, [0.0] + totals)
    largest_first = sorted(np.diff(np.concatenate(([0.0], cumulative))), reverse=True)
    peak = count // 3  # the block holding one third of the duration
    blocks = [0.0] * count
    blocks[peak] = largest_first[0]
    for offset, depth in enumerate(largest_first[1 : peak + 1], start=1):
        blocks[peak - offset] = depth
    for offset, depth in enumerate(largest_first[peak + 1 :], start=1):
        blocks[peak + offset] = depth
    return list(zip(ends, (float(depth) for depth in blocks)))


@dataclass
class Balance:
    """Water volumes (m³) up to ``minutes`` after the start."""

    minutes: float
    rain: float
    losses: float
    stored: float
    outflow: float
    initial: float = 0.0  # water standing at the start

    @property
    def error(self):
        """What the volumes do not account for, as a share of the water there was."""
        water = self.initial + self.rain
        return (water - self.losses - self.stored - self.outflow) / water if water else 0.0


@dataclass
class Simulation:
    """Maxima over the whole run (depth m, velocity m/s, minute of the deepest water, NaN where
    never wet or nodata), the water balance at each output step and, unless they went to a
    callback, depth snapshots there."""

    max_depth: np.ndarray
    max_speed: np.ndarray
    time_of_max: np.ndarray
    east: np.ndarray = None  # velocity components (m/s) when the flow was fastest, east …
    south: np.ndarray = None  # … and south, at every ``arrow_spacing``-th cell (the block's centre)
    arrow_spacing: int = 1
    balance: list = field(default_factory=list)
    snapshots: list = field(default_factory=list)  # (minute, depth array)

    def hazard(self, depth_bounds=DEPTH_HAZARD, speed_bounds=SPEED_HAZARD):
        """Hazard class per cell: the higher of the depth class and the velocity class (0 = below
        the first bounds, NaN where dry)."""
        classes = np.zeros(self.max_depth.shape, np.uint8)
        for values, bounds in ((self.max_depth, depth_bounds), (self.max_speed, speed_bounds)):
            counted = np.zeros(values.shape, np.uint8)
            for bound in bounds:
                counted += values >= bound
            np.maximum(classes, counted, out=classes)
        hazard = classes.astype(np.float32)
        hazard[~(self.max_depth >= VELOCITY_DEPTH_M)] = np.nan
        return hazard

    def arrows(self, grid, min_speed=0.1):
        """Flow at its fastest as arrows: one per ``arrow_spacing`` × ``arrow_spacing`` cells (at
        the block's centre cell) where it reached ``min_speed`` m/s, as a table of ``x``, ``y``,
        ``speed`` (m/s), ``direction`` (degrees clockwise from north, where the water flows) and
        ``depth`` (the deepest water there, m)."""
        spacing = self.arrow_spacing
        rows = np.arange(spacing // 2, grid.shape[0], spacing)
        columns = np.arange(spacing // 2, grid.shape[1], spacing)
        row, column = (index.ravel() for index in np.meshgrid(rows, columns, indexing="ij"))
        speed = self.max_speed[row, column]
        keep = speed >= min_speed
        row, column = row[keep], column[keep]
        east = self.east[row // spacing, column // spacing].astype(float)
        south = self.south[row // spacing, column // spacing].astype(float)
        x, y = grid.centres(row * grid.shape[1] + column)
        return pd.DataFrame(
            {
                "x": x,
                "y": y,
                "speed": speed[keep].astype(float),
                "direction": np.degrees(np.arctan2(east, -south)) % 360.0,
                "depth": self.max_depth[row, column].astype(float),
            }
        )


def simulate(
    grid,
    rain,
    manning=0.05,
    run_on_s=3600.0,
    loss_rate=0.0,
    output_every_s=600.0,
    max_step_s=30.0,
    progress=lambda share: None,
    is_cancelled=lambda: False,
    compiled=False,
    cache_dir=None,
    initial_depth=None,
    holes=None,
    arrow_spacing=1,
    on_snapshot=None,
    threads=None,
):
    """Simulate ``rain`` (:class:`Rain`) on ``grid`` (projected, metres) for its duration plus
    ``run_on_s``. ``manning``: roughness n (s/m^(1/3)), a number or an array of the grid's shape;
    ``loss_rate``: infiltration and drainage (m/s), a number or an array; ``initial_depth``: water
    standing at the start (m, an array of the grid's shape); ``holes``: impermeable cells (e.g.
    buildings, a boolean array) that water flows around, whose rain drains off the roofs into the
    sewer (counted as losses); ``arrow_spacing``: cells between the flow directions kept for
    :meth:`Simulation.arrows`; ``on_snapshot(minute, depth)``: receives the depth (m, 0 where dry,
    in nodata and holes; valid during the call only) at each output step instead of keeping it.
    ``compiled``: step with the numba kernel (its cache in ``cache_dir``) where numba is
    installed, on ``threads`` bands of rows (default: one per core on grids of PARALLEL_CELLS
    and more). Returns :class:`Simulation`."""
    valid, roofs = grid.valid, None
    if holes is not None:
        roofs = grid.valid & np.asarray(holes, bool)
        valid = grid.valid & ~roofs
    if not valid.any():
        raise InputError(N_("The DEM has no valid cells."))
    if not np.all((np.asarray(manning, float) > 0) & np.isfinite(manning)):
        raise InputError(N_("The roughness (Manning's n) must be a number more than 0 in every cell."))
    dx, dy = float(grid.cell_width), float(grid.cell_height)
    area = dx * dy
    exits_x = exit_faces(valid, roofs, grid.dem, dx)
    exits_y = exit_faces(valid.T, None if roofs is None else roofs.T, grid.dem.T, dy)[:, [1, 0, 2, 3]]
    roughness = np.broadcast_to(np.asarray(manning, np.float64), grid.shape)
    losses = np.broadcast_to(np.asarray(loss_rate, np.float64), grid.shape)
    if losses.strides != (0, 0):  # a map: nothing is lost outside the valid cells
        losses = np.where(valid, losses, 0.0)
    if not np.all((losses >= 0) & np.isfinite(losses)):
        raise InputError(N_("The losses must be a number of 0 mm/h or more in every cell."))
    kernels = None
    if compiled:
        from .simulation_kernel import compiled_kernels

        kernels = compiled_kernels(cache_dir)
    if kernels is None:
        advance = Faces(valid, grid.dem, roughness, losses, dx, dy, exits_x, exits_y).advance
    else:
        from .simulation_kernel import Stepper

        if threads is None:
            threads = (os.cpu_count() or 1) if valid.size >= PARALLEL_CELLS else 1
        advance = Stepper(kernels, threads, grid.dem, valid, roughness, losses, exits_x, exits_y, dx, dy)
    depth = np.zeros(grid.shape) if initial_depth is None else np.where(valid, initial_depth, 0.0)
    initial = float(depth.sum()) * area
    flow_x = np.zeros(
        (grid.shape[0], grid.shape[1] + 1), np.float32
    )  # m²/s across the face west of each cell, + = east
    flow_y = np.zeros((grid.shape[0] + 1, grid.shape[1]), np.float32)  # … north of each cell, + = south
    arrow_shape = tuple(len(range(arrow_spacing // 2, size, arrow_spacing)) for size in grid.shape)
    result = Simulation(
        np.zeros(grid.shape, np.float32),
        np.zeros(grid.shape, np.float32),
        None,
        np.zeros(arrow_shape, np.float32),
        np.zeros(arrow_shape, np.float32),
        arrow_spacing,
    )
    end = rain.duration + run_on_s
    tick_s = max(TICK_S, np.ceil(end / np.iinfo(np.uint16).max))
    ticks = np.zeros(grid.shape, np.uint16)  # when the water was deepest, in ticks of tick_s (0: never)
    maxima = (result.max_depth, result.max_speed, ticks, result.east, result.south, arrow_spacing)
    totals = {"rain": 0.0, "losses": 0.0, "outflow": 0.0}
    wet_area = area * int(valid.sum())
    roof_area = 0.0 if roofs is None else area * int(roofs.sum())
    time, next_output, steps = 0.0, output_every_s, 0
    while time < end - 1e-9:
        deepest = float(depth.max())
        step = COURANT * min(dx, dy) / np.sqrt(GRAVITY * deepest) if deepest > DRY_M else max_step_s
        step = min(step, max_step_s, end - time, next_output - time)
        fallen = rain.depth_between(time, time + step)
        tick = max(1, int(round((time + step) / tick_s)))
        leaving, lost = advance(depth, flow_x, flow_y, step, fallen, tick, maxima)
        totals["losses"] += lost * area + fallen * roof_area
        totals["rain"] += fallen * (wet_area + roof_area)
        totals["outflow"] += leaving * step
        time += step
        steps += 1
        if time >= next_output - 1e-9 or time >= end - 1e-9:
            stored = float(depth.sum()) * area
            result.balance.append(
                Balance(time / 60.0, totals["rain"], totals["losses"], stored, totals["outflow"], initial)
            )
            if on_snapshot is None:
                result.snapshots.append((time / 60.0, np.where(valid, depth, np.nan).astype(np.float32)))
            else:
                on_snapshot(time / 60.0, depth)
            next_output += output_every_s
        if is_cancelled():  # every step: on a large grid one step takes a good part of a second
            raise Cancelled()
        if steps % 20 == 0:
            progress(time / end)
    del depth, flow_x, flow_y
    for values in (result.max_depth, result.max_speed):
        values[~(values > 0)] = np.nan
        values[~valid] = np.nan
    result.time_of_max = ticks.astype(np.float32) * np.float32(tick_s / 60.0)
    result.time_of_max[ticks == 0] = np.nan
    return result


def exit_faces(valid, closed, ground, spacing):
    """The faces west of each cell (and east of the last) through which water leaves the grid, to
    its edge or into nodata (not into ``closed`` cells, which are walls), as rows of ``row, face,
    +1 (leaving east) or -1 (west), the bed's fall towards the exit over the cell before it (at
    least OUTFLOW_SLOPE)``."""
    rows, columns = valid.shape
    inside = np.zeros((rows, columns + 2), bool)  # cell c at column c + 1; the outside is not valid
    inside[:, 1:-1] = valid
    open_cells = ~inside
    if closed is not None:
        open_cells[:, 1:-1] &= ~closed
    leaving_east = inside[:, :-1] & open_cells[:, 1:]  # face f: cell f - 1 valid, cell f open
    leaving_west = inside[:, 1:] & open_cells[:, :-1]  # face f: cell f valid, cell f - 1 open
    exits = []
    for sign, (row, face) in ((1.0, np.nonzero(leaving_east)), (-1.0, np.nonzero(leaving_west))):
        cell = face - 1 if sign > 0 else face
        before = cell - 1 if sign > 0 else cell + 1  # the cell upstream of the exit
        usable = (before >= 0) & (before < columns)
        usable[usable] = valid[row[usable], before[usable]]
        fall = np.zeros(len(row))
        fall[usable] = (
            ground[row[usable], before[usable]].astype(float) - ground[row[usable], cell[usable]]
        ) / spacing
        slope = np.maximum(fall, OUTFLOW_SLOPE)
        exits.append(np.column_stack((row, face, np.full(len(row), sign), slope)))
    return np.concatenate(exits)


class Faces:
    """The cell faces of a grid in numpy form (where numba is missing): those between two valid
    cells move water both ways (local inertial momentum), the exit faces let it leave (free
    outflow), the rest (the grid's edge without exit, towards a hole) are walls.

    A step works on bands of about :data:`BAND_CELLS` cells, so that its temporaries stay small
    and in the cache instead of asking the system for fresh memory many times a step."""

    def __init__(self, valid, dem, roughness, losses, dx, dy, exits_x, exits_y):
        self.dx, self.dy, self.valid = dx, dy, valid
        self.ground = np.where(valid, dem, np.float32(0.0))  # single: a band at a time in double
        self.roughness, self.losses = roughness, losses  # maps, or one number as a broadcast view
        self.inner_x = np.pad(valid[:, :-1] & valid[:, 1:], ((0, 0), (1, 1)))
        self.inner_y = np.pad(valid[:-1, :] & valid[1:, :], ((1, 1), (0, 0)))
        self.exits_x = exits_x
        self.exits_y_across = exits_y[:, [1, 0, 2, 3]]  # as exit faces of the transposed grid
        self.faces_x, self.faces_y = exit_indices(exits_x), exit_indices(exits_y)
        rows, columns = valid.shape
        self.row_bands = bands(rows, columns + 1)
        self.column_bands = bands(columns, rows + 1)
        self.face_row_bands = bands(rows + 1, columns)  # of the y faces
        self.new_x = np.empty((rows, columns + 1), np.float32)  # the discharges before the limiter
        self.new_y = np.empty((rows + 1, columns), np.float32)
        self.factor = np.ones((rows + 2, columns + 2))  # each cell's limiter, framed by ones

    def flows(self, flow_x, flow_y, depth, step):
        """The face discharges after ``step`` seconds into ``new_x``, ``new_y`` (single precision)."""
        for band in self.row_bands:
            ground = self.ground[band].astype(np.float64)
            x = inertial_flow(
                flow_x[band].astype(np.float64),
                ground + depth[band],
                ground,
                self.roughness[band],
                step,
                self.dx,
            )
            x *= self.inner_x[band]  # walls and exits
            self.new_x[band] = x
        roughness = self.roughness.T  # y faces: rows of the transposed grid
        for band in self.column_bands:
            ground = self.ground.T[band].astype(np.float64)
            y = inertial_flow(
                flow_y.T[band].astype(np.float64),
                ground + depth.T[band],
                ground,
                roughness[band],
                step,
                self.dy,
            )
            y *= self.inner_y.T[band]
            self.new_y.T[band] = y
        self.new_x[self.faces_x] = exit_flow(self.exits_x, depth, self.roughness)
        self.new_y[self.faces_y] = exit_flow(self.exits_y_across, depth.T, self.roughness.T)

    def limit(self, flow_x, flow_y, depth, step):
        """Scale the discharges out of each cell so that it gives at most the water it holds; the
        results go to ``flow_x``, ``flow_y``."""
        for band in self.row_bands:  # x faces lie within a row: limited with their band's factors
            x = self.new_x[band].astype(np.float64)
            framed = self.factor[band.start + 1 : band.stop + 1]
            framed[:, 1:-1] = outflow_factor(
                x,
                self.new_y[band.start : band.stop + 1].astype(np.float64),  # the faces around the band
                depth[band],
                step,
                self.dx,
                self.dy,
            )
            flow_x[band] = np.where(x > 0, x * framed[:, :-1], x * framed[:, 1:])
        for band in self.face_row_bands:  # y faces join two rows: once every factor is known
            y = self.new_y[band].astype(np.float64)
            above = self.factor[band.start : band.stop, 1:-1]
            beneath = self.factor[band.start + 1 : band.stop + 1, 1:-1]
            flow_y[band] = np.where(y > 0, y * above, y * beneath)

    def advance(self, depth, flow_x, flow_y, step, fallen, tick, maxima):
        """Move the water by ``step`` seconds, add ``fallen`` m of rain and take the losses, all in
        place; keep the maxima (see :func:`record_maxima`). Returns ``(leaving m³/s, lost m)``
        (numpy form of :class:`.simulation_kernel.Stepper`)."""
        self.flows(flow_x, flow_y, depth, step)
        self.limit(flow_x, flow_y, depth, step)
        lost = 0.0
        for band in self.row_bands:
            x = flow_x[band].astype(np.float64)
            y = flow_y[band.start : band.stop + 1].astype(np.float64)
            water = np.maximum(
                depth[band]
                + (x[:, :-1] - x[:, 1:]) * (step / self.dx)
                + (y[:-1, :] - y[1:, :]) * (step / self.dy),
                0.0,
            )
            water[~self.valid[band]] = 0.0  # water that crossed into nodata has left the grid
            np.add(water, fallen, out=water, where=self.valid[band])  # the rain
            losses = np.minimum(water, self.losses[band] * step)
            water -= losses
            depth[band] = water
            lost += float(losses.sum())
            record_maxima(maxima, water, x, y, tick, band.start)
        leaving = np.abs(flow_x[self.faces_x].astype(np.float64)).sum() * self.dy
        leaving += np.abs(flow_y[self.faces_y].astype(np.float64)).sum() * self.dx
        return float(leaving), lost


def bands(rows, width):
    """Slices of ``rows`` rows of ``width`` cells, about :data:`BAND_CELLS` cells each."""
    height = max(1, BAND_CELLS // width)
    return [slice(first, min(first + height, rows)) for first in range(0, rows, height)]


def exit_indices(exits):
    """``(rows, faces)`` of :func:`exit_faces` rows, to index discharges with."""
    return exits[:, 0].astype(int), exits[:, 1].astype(int)


def exit_flow(exits, depth, roughness):
    """Free outflow (m²/s) through the exit faces of :func:`exit_faces`: Manning's normal flow of
    the depth of the cell inside down the exit slope, signed by the direction."""
    row, face = exit_indices(exits)
    cell = np.where(exits[:, 2] > 0, face - 1, face)
    return exits[:, 2] * depth[row, cell] ** (5.0 / 3.0) * np.sqrt(exits[:, 3]) / roughness[row, cell]


def inertial_flow(flow, surface, ground, roughness, step, spacing):
    """Discharges (m²/s) of the faces west of each cell (local inertial form, rows × columns + 1;
    only the inner columns are meaningful) after ``step`` seconds."""
    result = np.zeros_like(flow)
    west, east = surface[:, :-1], surface[:, 1:]
    depth = np.maximum(west, east) - np.maximum(ground[:, :-1], ground[:, 1:])
    current = flow[:, 1:-1]
    neighbours = np.pad(flow, ((0, 0), (1, 1)), mode="edge")
    smoothed = THETA * current + (1.0 - THETA) / 2.0 * (neighbours[:, 1:-3] + neighbours[:, 3:-1])
    n = (roughness[:, :-1] + roughness[:, 1:]) / 2.0
    wet = depth > DRY_M
    safe_depth = np.where(wet, depth, 1.0)
    # the friction's depth^(7/3) in single precision, like the discharges and the compiled step
    friction_depth = safe_depth.astype(np.float32) ** np.float32(7.0 / 3.0)
    new = (smoothed - GRAVITY * safe_depth * step * (east - west) / spacing) / (
        1.0 + GRAVITY * step * n**2 * np.abs(current) / friction_depth
    )
    result[:, 1:-1] = np.where(wet, new, 0.0)
    return result


def outflow_factor(flow_x, flow_y, depth, step, dx, dy):
    """Per cell the factor (≤ 1) that scales its outgoing discharges so that it gives at most the
    water it holds: ``flow_x`` are the faces of its rows, ``flow_y`` those above and below."""
    out = step * (
        dy * (np.maximum(flow_x[:, 1:], 0.0) + np.maximum(-flow_x[:, :-1], 0.0))
        + dx * (np.maximum(flow_y[1:, :], 0.0) + np.maximum(-flow_y[:-1, :], 0.0))
    )
    held = depth * dx * dy
    factor = np.ones_like(held)
    np.divide(held, out, out=factor, where=out > held)
    factor[out > held] *= BELOW_HELD
    return factor


def record_maxima(maxima, depth, flow_x, flow_y, tick, first_row=0):
    """Keep the deepest water (and its tick) and the fastest flow of each cell so far, and its
    direction at every ``spacing``-th cell: ``maxima`` is ``(max_depth, max_speed, ticks, east,
    south, spacing)``, updated in place; ``depth`` and the flows are the rows from ``first_row``."""
    max_depth, max_speed, ticks, east, south, spacing = maxima
    rows = slice(first_row, first_row + len(depth))
    max_depth, max_speed, ticks = max_depth[rows], max_speed[rows], ticks[rows]
    deeper = depth.astype(np.float32) > max_depth  # as kept: a level depth stays where it was
    np.copyto(max_depth, depth, where=deeper)
    np.copyto(ticks, tick, where=deeper)
    moving = depth >= VELOCITY_DEPTH_M
    safe = np.where(moving, depth, 1.0)
    speed_x = (flow_x[:, :-1] + flow_x[:, 1:]) / 2.0 / safe
    speed_y = (flow_y[:-1, :] + flow_y[1:, :]) / 2.0 / safe
    speed = np.where(moving, np.sqrt(speed_x * speed_x + speed_y * speed_y), 0.0)
    faster = speed > max_speed
    np.copyto(max_speed, speed, where=faster)
    start = (spacing // 2 - first_row) % spacing  # the band's first row with arrows
    sampled = np.s_[start::spacing, spacing // 2 :: spacing]
    faster = faster[sampled]
    arrows = slice((first_row + start) // spacing, None)
    east[arrows][: len(faster)][faster] = speed_x[sampled][faster]
    south[arrows][: len(faster)][faster] = speed_y[sampled][faster]
