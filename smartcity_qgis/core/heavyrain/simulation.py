"""Rain on the grid in two dimensions: water depth and flow velocity over time.

A local-inertial shallow-water scheme (Bates et al. 2010, with the flux smoothing of de Almeida et
al. 2012) on the DEM's cells: discharges on the cell faces from the water-surface slope and
Manning friction, depths from the discharges' balance, an adaptive time step from the
Courant-Friedrichs-Lewy condition. Water leaves the grid at its edge and into nodata cells as
free outflow. Volumes are kept exactly: a cell never gives more water than it holds, so depths
stay non-negative and rain = losses + stored + outflow at every step.
"""

from __future__ import annotations

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
DEPTH_HAZARD = (0.1, 0.5, 1.0)  # m: lower bounds of hazard classes 1-3 by depth
SPEED_HAZARD = (0.2, 0.5, 2.0)  # m/s: the same by flow velocity


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


def table_rain(rows):
    """Rain from a hyetograph table: ``[(end minute, mm in that interval)]`` in time order."""
    ends, rates, begin = [], [], 0.0
    for minute, depth_mm in rows:
        if not minute > begin or depth_mm < 0:
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
    never wet or nodata), the water balance at each output step and depth snapshots there."""

    max_depth: np.ndarray
    max_speed: np.ndarray
    time_of_max: np.ndarray
    east: np.ndarray = None  # velocity components (m/s) when the flow was fastest: east …
    south: np.ndarray = None  # … and south
    balance: list = field(default_factory=list)
    snapshots: list = field(default_factory=list)  # (minute, depth array)

    def hazard(self, depth_bounds=DEPTH_HAZARD, speed_bounds=SPEED_HAZARD):
        """Hazard class per cell: the higher of the depth class and the velocity class (0 = below
        the first bounds, NaN where dry)."""
        depth = np.nan_to_num(self.max_depth)
        speed = np.nan_to_num(self.max_speed)
        classes = np.maximum(
            np.searchsorted(np.asarray(depth_bounds), depth, side="right"),
            np.searchsorted(np.asarray(speed_bounds), speed, side="right"),
        ).astype(np.float32)
        classes[~(depth >= VELOCITY_DEPTH_M)] = np.nan
        return classes

    def arrows(self, grid, spacing=5, min_speed=0.1):
        """Flow at its fastest as arrows: one per ``spacing`` × ``spacing`` cells (at the block's
        centre cell) where it reached ``min_speed`` m/s, as a table of ``x``, ``y``, ``speed``
        (m/s), ``direction`` (degrees clockwise from north, where the water flows) and ``depth``
        (the deepest water there, m)."""
        rows = np.arange(spacing // 2, grid.shape[0], spacing)
        columns = np.arange(spacing // 2, grid.shape[1], spacing)
        row, column = (index.ravel() for index in np.meshgrid(rows, columns, indexing="ij"))
        speed = self.max_speed[row, column]
        keep = speed >= min_speed
        row, column = row[keep], column[keep]
        east = self.east[row, column].astype(float)
        south = self.south[row, column].astype(float)
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
):
    """Simulate ``rain`` (:class:`Rain`) on ``grid`` (projected, metres) for its duration plus
    ``run_on_s``. ``manning``: roughness n (s/m^(1/3)), a number or an array of the grid's shape;
    ``loss_rate``: infiltration and drainage (m/s), a number or an array; ``initial_depth``: water
    standing at the start (m, an array of the grid's shape); ``holes``: impermeable cells (e.g.
    buildings, a boolean array) that water flows around, whose rain drains off the roofs into the
    sewer (counted as losses). ``compiled``: step with the numba kernel (its cache in
    ``cache_dir``) where numba is installed. Returns :class:`Simulation`."""
    roofs = np.zeros(grid.shape, bool) if holes is None else grid.valid & np.asarray(holes, bool)
    valid = grid.valid & ~roofs
    if not valid.any():
        raise InputError(N_("The DEM has no valid cells."))
    if not np.all(np.asarray(manning, float) > 0):
        raise InputError(N_("The roughness (Manning's n) must be more than 0."))
    dx, dy = float(grid.cell_width), float(grid.cell_height)
    area = dx * dy
    ground = np.where(valid, grid.dem, 0.0).astype(np.float64)
    roughness = np.broadcast_to(np.asarray(manning, float), grid.shape)
    losses_rate = np.where(valid, np.broadcast_to(np.asarray(loss_rate, float), grid.shape), 0.0)
    faces = Faces(valid, ground, roughness, dx, dy, roofs)
    kernel = None
    if compiled:
        from .simulation_kernel import compiled_advance

        kernel = compiled_advance(cache_dir)
        roughness = np.ascontiguousarray(roughness, dtype=np.float64)
    depth = np.zeros(grid.shape) if initial_depth is None else np.where(valid, initial_depth, 0.0)
    initial = float(depth.sum()) * area
    flow_x = np.zeros((grid.shape[0], grid.shape[1] + 1))  # m²/s across the face west of each cell, + = east
    flow_y = np.zeros(
        (grid.shape[0] + 1, grid.shape[1])
    )  # m²/s across the face north of each cell, + = south
    result = Simulation(
        np.zeros(grid.shape),
        np.zeros(grid.shape),
        np.full(grid.shape, np.nan),
        np.zeros(grid.shape, np.float32),
        np.zeros(grid.shape, np.float32),
    )
    totals = {"rain": 0.0, "losses": 0.0, "outflow": 0.0}
    wet_area = area * int(valid.sum())
    roof_area = area * int(roofs.sum())
    wet = valid.astype(np.float64)  # where rain falls
    has_losses = bool(losses_rate.any())
    end = rain.duration + run_on_s
    time, next_output, steps = 0.0, output_every_s, 0
    while time < end - 1e-9:
        deepest = float(depth.max())
        step = COURANT * min(dx, dy) / np.sqrt(GRAVITY * deepest) if deepest > DRY_M else max_step_s
        step = min(step, max_step_s, end - time, next_output - time)
        if kernel is not None:
            flow_x, flow_y, depth, leaving = kernel(
                depth, ground, roughness, valid, flow_x, flow_y, faces.exit_x, faces.exit_slope_x,
                faces.exit_y, faces.exit_slope_y, step, dx, dy,
            )  # fmt: skip
        else:
            flow_x, flow_y, depth, leaving = faces.advance(flow_x, flow_y, depth, step)
        fallen = rain.depth_between(time, time + step)
        if fallen > 0:
            depth += fallen * wet
        if has_losses:
            lost = np.minimum(depth, losses_rate * step)
            depth -= lost
            totals["losses"] += float(lost.sum()) * area
        totals["rain"] += fallen * (wet_area + roof_area)
        totals["losses"] += fallen * roof_area
        totals["outflow"] += leaving * step
        time += step
        steps += 1
        record_maxima(result, depth, flow_x, flow_y, time)
        if time >= next_output - 1e-9 or time >= end - 1e-9:
            stored = float(depth[valid].sum()) * area
            result.balance.append(
                Balance(time / 60.0, totals["rain"], totals["losses"], stored, totals["outflow"], initial)
            )
            result.snapshots.append((time / 60.0, np.where(valid, depth, np.nan).astype(np.float32)))
            next_output += output_every_s
        if is_cancelled():  # every step: on a large grid one step takes a good part of a second
            raise Cancelled()
        if steps % 20 == 0:
            progress(time / end)
    result.max_depth = np.where(valid & (result.max_depth > 0), result.max_depth, np.nan).astype(np.float32)
    result.max_speed = np.where(valid & (result.max_speed > 0), result.max_speed, np.nan).astype(np.float32)
    result.time_of_max = result.time_of_max.astype(np.float32)
    return result


class Faces:
    """The cell faces of a grid: those between two valid cells move water both ways (local inertial
    momentum), those at the grid's edge or towards nodata let it leave (free outflow), those
    towards a hole (``closed``) are walls."""

    def __init__(self, valid, ground, roughness, dx, dy, closed):
        self.dx, self.dy, self.valid = dx, dy, valid
        self.ground, self.roughness = ground, roughness
        self.inner_x, self.exit_x, self.exit_slope_x = self._faces(valid, closed, ground, dx)
        inner, exit_y, slope = self._faces(valid.T, closed.T, ground.T, dy)
        self.inner_y, self.exit_y, self.exit_slope_y = inner.T, exit_y.T, slope.T

    @staticmethod
    def _faces(valid, closed, ground, spacing):
        """For the faces west of each cell (and east of the last): inner faces, exit direction (+1
        east, -1 west, 0 none) and the slope that drives free outflow through an exit."""
        padded = np.pad(valid, ((0, 0), (1, 1)))
        west, east = padded[:, :-1], padded[:, 1:]
        walled = np.pad(closed, ((0, 0), (1, 1)))
        inner = west & east
        # +1: the valid cell is west, water leaves east (unless a wall is there)
        direction = (west & ~east & ~walled[:, 1:]).astype(int) - (east & ~west & ~walled[:, :-1]).astype(int)
        heights = np.pad(ground, ((0, 0), (2, 2)), constant_values=np.nan)
        usable = np.pad(valid, ((0, 0), (2, 2)))
        # the bed's fall towards the exit over the cell before it, at least OUTFLOW_SLOPE
        inside_east, before_east = heights[:, 1:-2], heights[:, :-3]  # for exits east: cells c-1, c-2
        inside_west, before_west = heights[:, 2:-1], heights[:, 3:]  # for exits west: cells c, c+1
        fall = np.where(
            direction > 0,
            np.where(usable[:, :-3], (before_east - inside_east) / spacing, 0.0),
            np.where(usable[:, 3:], (before_west - inside_west) / spacing, 0.0),
        )
        slope = np.where(direction != 0, np.maximum(np.nan_to_num(fall), OUTFLOW_SLOPE), 0.0)
        return inner, direction, slope

    def flows(self, flow_x, flow_y, depth, step):
        """The face discharges after ``step`` seconds."""
        surface = self.ground + depth
        new_x = inertial_flow(flow_x, surface, self.ground, self.roughness, step, self.dx)
        new_y = inertial_flow(flow_y.T, surface.T, self.ground.T, self.roughness.T, step, self.dy).T
        exit_x = exit_flow(self.exit_x, self.exit_slope_x, depth, self.roughness)
        exit_y = exit_flow(self.exit_y.T, self.exit_slope_y.T, depth.T, self.roughness.T).T
        return np.where(self.inner_x, new_x, exit_x), np.where(self.inner_y, new_y, exit_y)

    def advance(self, flow_x, flow_y, depth, step):
        """``(flow_x, flow_y, depth, leaving m³/s)`` after ``step`` seconds (numpy form of
        :func:`.simulation_kernel.advance`)."""
        flow_x, flow_y = self.flows(flow_x, flow_y, depth, step)
        flow_x, flow_y = limit_outflow(flow_x, flow_y, depth, step, self.dx, self.dy)
        depth = np.maximum(
            depth
            + (flow_x[:, :-1] - flow_x[:, 1:]) * (step / self.dx)
            + (flow_y[:-1, :] - flow_y[1:, :]) * (step / self.dy),
            0.0,
        )
        depth[~self.valid] = 0.0  # water that crossed into nodata has left the grid
        return flow_x, flow_y, depth, self.leaving(flow_x, flow_y)

    def leaving(self, flow_x, flow_y):
        """m³/s that leaves the grid through the exit faces."""
        return float(
            np.abs(flow_x[self.exit_x != 0]).sum() * self.dy
            + np.abs(flow_y[self.exit_y != 0]).sum() * self.dx
        )


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
    new = (smoothed - GRAVITY * safe_depth * step * (east - west) / spacing) / (
        1.0 + GRAVITY * step * n**2 * np.abs(current) / safe_depth ** (7.0 / 3.0)
    )
    result[:, 1:-1] = np.where(wet, new, 0.0)
    return result


def exit_flow(direction, slope, depth, roughness):
    """Free outflow (m²/s) through exit faces: Manning's normal flow of the cell's depth down the
    exit slope, signed by ``direction``."""
    padded_depth = np.pad(depth, ((0, 0), (1, 1)))
    padded_n = np.pad(roughness, ((0, 0), (1, 1)), constant_values=1.0)
    inside_depth = np.where(direction > 0, padded_depth[:, :-1], padded_depth[:, 1:])
    inside_n = np.where(direction > 0, padded_n[:, :-1], padded_n[:, 1:])
    return direction * inside_depth ** (5.0 / 3.0) * np.sqrt(slope) / inside_n


def limit_outflow(flow_x, flow_y, depth, step, dx, dy):
    """Scale the discharges out of each cell so that it gives at most the water it holds."""
    out = step * (
        dy * (np.maximum(flow_x[:, 1:], 0.0) + np.maximum(-flow_x[:, :-1], 0.0))
        + dx * (np.maximum(flow_y[1:, :], 0.0) + np.maximum(-flow_y[:-1, :], 0.0))
    )
    held = depth * dx * dy
    factor = np.ones_like(held)
    np.divide(held, out, out=factor, where=out > held)
    by_x = np.pad(factor, ((0, 0), (1, 1)), constant_values=1.0)
    by_y = np.pad(factor, ((1, 1), (0, 0)), constant_values=1.0)
    flow_x = np.where(flow_x > 0, flow_x * by_x[:, :-1], flow_x * by_x[:, 1:])
    flow_y = np.where(flow_y > 0, flow_y * by_y[:-1, :], flow_y * by_y[1:, :])
    return flow_x, flow_y


def record_maxima(result, depth, flow_x, flow_y, time):
    """Keep the deepest water (and its minute) and the fastest flow (and its direction) of each
    cell so far."""
    deeper = depth > result.max_depth
    result.max_depth = np.where(deeper, depth, result.max_depth)
    result.time_of_max = np.where(deeper, time / 60.0, result.time_of_max)
    moving = depth >= VELOCITY_DEPTH_M
    safe = np.where(moving, depth, 1.0)
    speed_x = (flow_x[:, :-1] + flow_x[:, 1:]) / 2.0 / safe
    speed_y = (flow_y[:-1, :] + flow_y[1:, :]) / 2.0 / safe
    speed = np.where(moving, np.hypot(speed_x, speed_y), 0.0)
    faster = speed > result.max_speed
    result.max_speed = np.where(faster, speed, result.max_speed)
    result.east = np.where(faster, speed_x, result.east).astype(np.float32)
    result.south = np.where(faster, speed_y, result.south).astype(np.float32)
