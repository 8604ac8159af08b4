"""2D rain simulation: ours vs ANUGA, an independent shallow-water solver, on the same case.

The case of the ANUGA comparison test (tests/comparators/rain_case.py: 80 × 40 m, a 2 % slope
with ripples and two hollows, walls on three sides, 50 mm in 30 minutes, 30 minutes run-on,
n = 0.03) at 1 m cells (3,200 cells; ANUGA 12,800 triangles). Each round runs both in fresh
processes, interleaved; measured is the simulation loop only (ours: simulate() with the numba
kernel, its cache warmed by one run first; ANUGA: evolve()). Prints the time ratio ours/ANUGA
(goal ≤ 1: faster than the comparator), and how far the results agree.

Then the working set on the demo town's size: a rough 1,200 × 1,200 DEM at 1 m (1.44 M cells)
with sine-shaped hollows, 20 mm in 10 minutes, the numba step, depth snapshots handed on as the
plugin writes them (16,384 cells at a time) and the hazard classes made at the end. Prints the
peak traced memory (the DEM and its mask included) as a multiple of the DEM's float32 size
(goal ≤ 8) and the time per cell-update.

Last the cost of one time step on a rough 300 × 300 DEM, numpy against the numba kernel (one
thread), in interleaved fresh processes: what a user without numba pays.
Usage: bench_rain_simulation.py [cell metres]
"""

import json
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from fair import ROUNDS, fresh, interleave, ratios, verdict  # noqa: E402

from tests.unit import test_rain_simulation_vs_anuga as case  # noqa: E402

RUN_ON_MINUTES = 30.0
KERNEL_CACHE = REPO / "build" / "bench-numba-cache"
TOWN_CELLS = 1200  # a side of the working-set DEM: the demo town's 1.2 km at 1 m
STEP_CELLS = 300  # a side of the DEM whose time step is measured


def rough_dem(side):
    """A ``side`` × ``side`` float32 DEM at 1 m: a slope with sine-shaped hollows and noise."""
    generator = np.random.default_rng(7)
    row, column = np.mgrid[0:side, 0:side]
    surface = 60.0 - 0.01 * column - 0.005 * row + 0.4 * np.sin(column / 9.0) * np.cos(row / 6.0)
    surface += generator.normal(0.0, 0.03, surface.shape)  # survey-like roughness
    return surface.astype(np.float32)


def counted_rain(mm, minutes, steps):
    """A block rain that appends the start of every time step to ``steps``."""
    from smartcity_qgis.core.heavyrain.simulation import block_rain

    rain = block_rain(mm, minutes)
    depth_between = rain.depth_between
    rain.depth_between = lambda start, stop: steps.append(start) or depth_between(start, stop)
    return rain


def warm_kernels(heights):
    """Load (or compile) the numba kernels outside the clock."""
    from smartcity_qgis.core.grid import make_grid
    from smartcity_qgis.core.heavyrain.simulation import block_rain, simulate

    simulate(
        make_grid(heights[:20, :20]), block_rain(5.0, 1), run_on_s=0.0, compiled=True, cache_dir=KERNEL_CACHE
    )


def working_set(side=TOWN_CELLS):
    """Peak traced memory of a simulation on a rough ``side`` × ``side`` DEM over the DEM's float32
    size, and nanoseconds per cell-update."""
    from smartcity_qgis.core.grid import make_grid
    from smartcity_qgis.core.heavyrain.simulation import simulate

    heights = rough_dem(side)
    warm_kernels(heights)
    steps = []
    rain = counted_rain(20.0, 10, steps)

    def on_snapshot(_minute, depth):  # what the plugin's writer holds: 16,384 cells at a time
        rows = 16384 // side
        for top in range(0, side, rows):
            np.where(depth[top : top + rows] > 0, depth[top : top + rows], np.nan).astype(np.float32)

    tracemalloc.start()
    started = time.perf_counter()
    grid = make_grid(heights.copy())
    result = simulate(
        grid,
        rain,
        run_on_s=0.0,
        compiled=True,
        cache_dir=KERNEL_CACHE,
        arrow_spacing=5,
        on_snapshot=on_snapshot,
    )
    result.hazard()
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    return {
        "times_dem": peak / (4.0 * side * side),
        "ns_per_update": seconds / len(steps) / side / side * 1e9,
    }


def step_cost(kind, side=STEP_CELLS):
    """Milliseconds per time step of 20 mm in 10 minutes on a rough ``side`` × ``side`` DEM."""
    from smartcity_qgis.core.grid import make_grid
    from smartcity_qgis.core.heavyrain.simulation import simulate

    heights = rough_dem(side)
    compiled = kind == "step-numba"
    if compiled:
        warm_kernels(heights)
    steps = []
    started = time.perf_counter()
    simulate(
        make_grid(heights), counted_rain(20.0, 10, steps), run_on_s=0.0, compiled=compiled,
        cache_dir=KERNEL_CACHE, threads=1,
    )  # fmt: skip
    return {"ms_per_step": (time.perf_counter() - started) / len(steps) * 1000.0}


def measure(kind, cell):
    """Seconds of one simulation of the case; its maximum depths saved in a temporary folder."""
    if kind == "memory":
        return working_set()
    if kind.startswith("step-"):
        return step_cost(kind)
    folder = Path(tempfile.mkdtemp())
    if kind == "anuga":
        depth, seconds = case.anuga(case.ANUGA_VENV / "bin" / "python", folder, cell, RUN_ON_MINUTES)
    else:
        depth, seconds = case.ours(cell, RUN_ON_MINUTES, KERNEL_CACHE)
    np.save(folder / "depth.npy", depth)
    return {"seconds": seconds, "depth": str(folder / "depth.npy")}


def main():
    cell = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    fresh(__file__, "ours", cell)  # compiles the kernel into its cache
    runs = interleave({kind: lambda kind=kind: fresh(__file__, kind, cell) for kind in ("anuga", "ours")})
    cells = int(case.cell_centres(cell)[0].size)
    minutes = case.RAIN_MINUTES + RUN_ON_MINUTES
    print(f"2D rain simulation: {cells:,} cells of {cell:g} m, {minutes:g} simulated minutes")
    for kind, label in (("anuga", "ANUGA 4.2 (triangles)"), ("ours", "smartcity (numba)")):
        seconds = sorted(run["seconds"] for run in runs[kind])
        print(f"  {label:22s} median {seconds[len(seconds) // 2]:8.2f} s")
    mine, theirs = (np.load(runs[kind][-1]["depth"]) for kind in ("ours", "anuga"))
    hit, index, rmse = case.flooded_agreement(mine, theirs)
    print(
        f"  flooded ≥ 5 cm: hit rate {hit:.3f}, critical success index {index:.3f}, RMSE {rmse * 1000:.1f} mm"
    )
    for run in runs["ours"] + runs["anuga"]:
        shutil.rmtree(Path(run["depth"]).parent)
    seconds = {kind: [run["seconds"] for run in runs[kind]] for kind in runs}
    verdict("2D rain simulation / ANUGA, same case", ratios(seconds["ours"], seconds["anuga"]), 1.0)
    town = [fresh(__file__, "memory", cell) for _round in range(ROUNDS)]
    print(f"Working set: {TOWN_CELLS:,} × {TOWN_CELLS:,} cells, 10 simulated minutes, numba step")
    updates = sorted(run["ns_per_update"] for run in town)
    print(f"  {updates[len(updates) // 2]:.0f} ns per cell-update (median)")
    verdict("2D rain simulation, peak memory / DEM float32 size", [run["times_dem"] for run in town], 8.0)
    kinds = ("step-numpy", "step-numba")
    steps = interleave({kind: lambda kind=kind: fresh(__file__, kind, cell) for kind in kinds})
    print(f"Time step on a rough {STEP_CELLS} × {STEP_CELLS} DEM, one thread:")
    for kind in kinds:
        print(
            f"  {kind[5:]:6s} median {statistics.median(run['ms_per_step'] for run in steps[kind]):6.1f} ms"
        )
    numpy_step, numba_step = ([run["ms_per_step"] for run in steps[kind]] for kind in kinds)
    each = ratios(numpy_step, numba_step)
    print(f"  numpy / numba: min {min(each):.2f}, median {statistics.median(each):.2f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        print(json.dumps(measure(sys.argv[2], float(sys.argv[3]))))
    else:
        main()
