"""Heavy rain on a 3,000 × 3,000 cell 1 m DEM, smooth and rough: ours vs RichDEM (C++),
WhiteboxTools (Rust, whitebox-workflows) and TopoToolbox (C, its own venv), step by step.

Two DEMs: the demo's synthetic terrain (regional slope, a winding valley, relief from 120 m down to
2 m) and the same with survey-like roughness (±0.15 m noise: far more cells through the queue and
many small depressions). Each round runs every step once, interleaved, each in a fresh Python:

- fill: exact depression filling — ours (raster-scan reconstruction, numba), RichDEM FillDepressions,
  WhiteboxTools' fill_depressions, TopoToolbox's fillsinks;
- d8: flow directions (flats towards their outlet) and D8 contributing area on the filled
  surface — ours (the steps of smartcity:flowpaths after its filling), RichDEM, Whitebox;
- fill-spill of a 46 mm design rain (ours; no installable tool has fill-spill-merge): its memory,
  and the whole ``qgis_process run smartcity:rainfillspill`` with its parts.

Times are of the work alone; memory is the peak a step adds to the loaded DEM (its own inputs
included) over the DEM's float32 size. Prints the ratios ours / fastest comparator per round (min,
median) against the goals, and how far the filled surfaces differ. A comparator that has not
finished after ``BENCH_COMPARATOR_TIMEOUT`` seconds (default 600) is stopped, left out of every
round and named next to the verdict. Also the numba compile time with a cold cache (once per
plugin version). ``--size`` sets the side length.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from fair import fresh, interleave, ratios, start_qgis, verdict

REPO = Path(__file__).resolve().parent.parent
BENCH_VENV = REPO / "build" / "bench-venv" / "bin" / "python"  # TopoToolbox needs a newer numpy than QGIS
NUMBA_CACHE = REPO / "build" / "numba-bench"
STEPS = {
    "fill": ("ours-fill", "richdem-fill", "whitebox-fill", "topotoolbox-fill"),
    "d8": ("ours-d8", "richdem-d8", "whitebox-d8"),
}
GOALS = {"fill": 1.0, "d8": 1.5}
FILL_SPILL_MEMORY_GOAL = 4.0
# A comparator run slower than this is stopped and left out (whitebox-workflows 2.0.6 fills the
# 3,000² DEM in hours: 0.4 s at 300², 49 s at 1,000²).
COMPARATOR_TIMEOUT_S = float(os.environ.get("BENCH_COMPARATOR_TIMEOUT", "600"))
RAIN_MM = 46.0


def resident_bytes(field):
    """``VmRSS`` (now) or ``VmHWM`` (peak since the last reset) of this process, in bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def reset_peak():
    with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
        clear.write("5")


def prepared(step, folder):
    """The work of ``step`` as a function, its inputs set up (counted in its memory, not its time)."""
    if step.startswith("ours"):
        sys.path.insert(0, str(REPO))
        from smartcity_qgis.core.grid import make_grid
        from smartcity_qgis.core.heavyrain import terrain

        kernel_set = terrain.kernels(compiled=True, cache_dir=NUMBA_CACHE)
    if step == "ours-fill":
        grid = make_grid(np.load(folder / "dem.npy"))
        return lambda: terrain.fill(grid, kernel_set)
    if step == "ours-d8":  # what flowpaths does after filling: flats, directions, accumulation
        grid = make_grid(np.load(folder / "filled.npy"))
        surface, valid, rows, columns = grid.flat()
        boundary = kernel_set.boundary_cells(valid, rows, columns)

        def d8():
            distance = np.empty(rows * columns, np.int32)
            fixed = np.zeros(rows * columns, np.bool_)
            kernel_set.flat_distances(surface, valid, boundary, fixed, distance, rows, columns)
            direction = kernel_set.d8_directions(surface, valid, boundary, distance, rows, columns, 1.0, 1.0)
            del distance
            receivers = kernel_set.d8_receivers(direction, rows, columns)
            return kernel_set.tree_accumulate(receivers, valid.astype(np.int64))

        return d8
    if step == "ours-fillspill":
        grid = make_grid(np.load(folder / "dem.npy"))

        def fill_spill():
            model = terrain.FillSpill(grid, kernel_set)  # as the algorithm does
            model.add_rain(RAIN_MM)
            return model.final_depth()

        return fill_spill
    if step.startswith("richdem"):
        import richdem

        if step == "richdem-fill":
            dem = richdem.rdarray(np.load(folder / "dem.npy"), no_data=-9999)
            return lambda: np.asarray(richdem.FillDepressions(dem, in_place=False))
        filled = richdem.rdarray(np.load(folder / "filled.npy"), no_data=-9999)
        return lambda: richdem.FlowAccumulation(filled, method="D8")
    if step.startswith("whitebox"):
        import whitebox_workflows

        environment = whitebox_workflows.WbEnvironment()
        if step == "whitebox-fill":
            raster = environment.read_raster(str(folder / "dem.tif"))
            return lambda: environment.hydrology.fill_depressions(dem=raster, fix_flats=False)
        raster = environment.read_raster(str(folder / "filled.tif"))
        return lambda: environment.hydrology.d8_flow_accum(dem=raster)
    if step == "topotoolbox-fill":
        import topotoolbox

        grid = topotoolbox.GridObject()
        grid.z, grid.cellsize = np.load(folder / "dem.npy"), 1.0
        return lambda: grid.fillsinks().z
    raise ValueError(step)


def run_step(step, folder):
    """One step in this fresh process: seconds of the work, memory it added over the DEM's size."""
    folder = Path(folder)
    cells = np.load(folder / "dem.npy", mmap_mode="r").size
    if step.startswith("ours"):  # compiled before: loaded from numba's cache here, outside the clock
        sys.path.insert(0, str(REPO))
        from smartcity_qgis.core.grid import make_grid
        from smartcity_qgis.core.heavyrain import terrain

        kernel_set = terrain.kernels(compiled=True, cache_dir=NUMBA_CACHE)
        small = make_grid(np.load(folder / "dem.npy")[:64, :64])
        terrain.FillSpill(small, kernel_set).add(np.ones((64, 64)))
        terrain.flow(small, kernel_set)
    baseline = resident_bytes("VmRSS")
    reset_peak()
    work = prepared(step, folder)
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    memory = (resident_bytes("VmHWM") - baseline) / (cells * 4)
    if step.endswith("-fill"):
        surface = result.to_numpy() if hasattr(result, "to_numpy") else result  # Whitebox: its raster
        np.save(folder / f"filled-{step[: -len('-fill')]}.npy", np.asarray(surface, dtype=np.float32))
    return {"seconds": seconds, "memory": memory}


def cold_compile_seconds():
    """Seconds to compile every terrain kernel with an empty numba cache (a fresh process)."""
    code = (
        "import sys, time, numpy as np\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from smartcity_qgis.core.grid import make_grid\n"
        "from smartcity_qgis.core.heavyrain import terrain\n"
        "started = time.perf_counter()\n"
        "kernels = terrain.kernels(compiled=True, cache_dir=sys.argv[1])\n"
        "small = make_grid(np.random.default_rng(1).random((64, 64), dtype=np.float32))\n"
        "terrain.FillSpill(small, kernels).add(np.ones((64, 64)))\n"
        "terrain.flow(small, kernels)\n"
        "print(time.perf_counter() - started)\n"
    )
    with tempfile.TemporaryDirectory() as cache:
        done = subprocess.run([sys.executable, "-c", code, cache], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def write_inputs(folder, dem):
    """dem.npy/.tif and the filled surface (ours, which the D8 steps start from) as .npy/.tif."""
    sys.path.insert(0, str(REPO))
    from demo.terrain import write_geotiff
    from smartcity_qgis.core.grid import make_grid
    from smartcity_qgis.core.heavyrain import terrain

    folder.mkdir()
    np.save(folder / "dem.npy", dem)
    write_geotiff(folder / "dem.tif", dem, 400000.0, 5400000.0)
    filled = terrain.fill(make_grid(dem), terrain.kernels(compiled=True, cache_dir=NUMBA_CACHE))
    np.save(folder / "filled.npy", filled.astype(np.float32))
    write_geotiff(folder / "filled.tif", filled.astype(np.float32), 400000.0, 5400000.0)
    return filled


def describe(name, dem, filled):
    from scipy import ndimage

    raised = filled > dem
    _labels, depressions = ndimage.label(raised, structure=np.ones((3, 3)))
    print(
        f"{name} DEM: {dem.shape[0]} × {dem.shape[1]} ({dem.size / 1e6:.0f} M cells), "
        f"{raised.mean():.0%} of cells filled, {depressions:,} depressions"
    )


def run_fresh(step, folder, given_up):
    """``step`` in a fresh Python (TopoToolbox's in its own venv); None for a comparator that did
    not finish within COMPARATOR_TIMEOUT_S, now or in an earlier round (``given_up``)."""
    if step in given_up:
        return None
    python = BENCH_VENV if step.startswith("topotoolbox") else sys.executable
    result = fresh(
        __file__,
        step,
        folder,
        python=python,
        timeout=None if step.startswith("ours") else COMPARATOR_TIMEOUT_S,
    )
    if result is None:
        given_up.add(step)
    return result


def fill_spill_parts(folder):
    """``qgis_process run smartcity:rainfillspill`` on dem.tif: wall time, and the same run in a
    fresh Python that times its stages (QGIS start, DEM read, hierarchy, fill-spill, outputs)."""
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(REPO / "build" / "plugins")
    )
    environment["QGIS_CUSTOM_CONFIG_PATH"] = str(REPO / "build" / "profile")  # `make enable` set it up
    arguments = [
        f"--DEM={folder / 'dem.tif'}",
        f"--RAIN_MM={RAIN_MM}",
        f"--WATER_DEPTH={folder / 'depth.tif'}",
    ]
    arguments.append(f"--FLOODED={folder / 'flooded.gpkg'}")
    for _warm_up in range(2):  # the first run compiles the kernels into the profile's cache
        started = time.perf_counter()
        done = subprocess.run(
            ["qgis_process.bin", "run", "smartcity:rainfillspill", *arguments],
            env=environment,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
        if done.returncode != 0:
            sys.exit(f"qgis_process failed:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}")
    return wall, fresh(__file__, "stages", folder, env=environment)


def run_stages(folder):
    """The fill-spill algorithm through Processing in this process, its stages timed."""
    started = time.perf_counter()
    # the staged plugin, as qgis_process loads it (numba's cache is kept per source file)
    application, processing, plugin = start_qgis(REPO / "build" / "plugins")
    from qgis.core import QgsProcessingFeedback

    marks = [("QGIS and plugin start", started), ("reading the DEM", time.perf_counter())]

    class Stages(QgsProcessingFeedback):
        """Notes when each stage the algorithm announces begins."""

        def setProgressText(self, text):  # noqa: N802 (Qt's name)
            marks.append((text, time.perf_counter()))
            super().setProgressText(text)

    parameters = {"DEM": str(Path(folder) / "dem.tif"), "RAIN_MM": RAIN_MM}
    parameters.update(WATER_DEPTH=str(Path(folder) / "depth-2.tif"), FLOODED=str(Path(folder) / "f2.gpkg"))
    processing.run("smartcity:rainfillspill", parameters, feedback=Stages())
    marks.append(("end", time.perf_counter()))
    del plugin
    return {"stages": [(label, later - at) for (label, at), (_next, later) in zip(marks, marks[1:])]}


def measure(name, dem, folder):
    """All steps on one DEM, interleaved; prints their figures and verdicts. A comparator that
    does not finish in time is left out of every round (and said so)."""
    describe(name, dem, write_inputs(folder, dem))
    steps = [step for group in STEPS.values() for step in group] + ["ours-fillspill"]
    given_up = set()
    runs = interleave({step: lambda step=step: run_fresh(step, folder, given_up) for step in steps})
    seconds = {step: [run["seconds"] for run in runs[step]] for step in steps if step not in given_up}
    for task, group in STEPS.items():
        for step in group:
            if step in given_up:
                print(f"  {step:18s} did not finish within {COMPARATOR_TIMEOUT_S:g} s: left out")
                continue
            memory = max(run["memory"] for run in runs[step])
            print(
                f"  {step:18s} median {statistics.median(seconds[step]):7.2f} s, memory {memory:4.1f} × DEM"
            )
        comparators = [step for step in group[1:] if step not in given_up]
        fastest = [min(values) for values in zip(*(seconds[step] for step in comparators))]
        left_out = ", ".join(sorted(set(group[1:]) - set(comparators)))
        ratio = ratios(seconds[group[0]], fastest)
        note = f"without {left_out} (did not finish)" if left_out else ""
        verdict(f"heavy rain {name}: {task} ours / fastest comparator", ratio, GOALS[task], note=note)
    ours = np.load(folder / "filled-ours.npy")
    for other in ("richdem", "whitebox", "topotoolbox"):
        if f"{other}-fill" not in given_up:
            difference = np.abs(ours - np.load(folder / f"filled-{other}.npy")).max()
            print(f"  filled surface ours vs {other}: max |difference| {difference:.1e} m")
    print(f"  ours-fillspill     median {statistics.median(seconds['ours-fillspill']):7.2f} s")
    memory = [run["memory"] for run in runs["ours-fillspill"]]
    verdict(f"heavy rain {name}: fill-spill peak memory / DEM size", memory, FILL_SPILL_MEMORY_GOAL)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=3000)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from demo.terrain import synthetic_terrain

    smooth = synthetic_terrain(args.size, args.size)
    rough = (smooth + np.random.default_rng(5).uniform(-0.15, 0.15, smooth.shape)).astype(np.float32)
    print(f"numba compile time, cold cache: {cold_compile_seconds():.1f} s (once per plugin version)")
    with tempfile.TemporaryDirectory(dir=REPO / "build") as work:
        for name, dem in (("smooth", smooth), ("rough", rough)):
            measure(name, dem, Path(work) / name)
        wall, stages = fill_spill_parts(Path(work) / "rough")
    print(f"qgis_process run smartcity:rainfillspill on the rough DEM: {wall:.1f} s; the same run's stages:")
    for label, seconds in stages["stages"]:
        print(f"  {label[:60]:60s} {seconds:6.1f} s")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        step, folder = sys.argv[2:4]
        print(json.dumps(run_stages(folder) if step == "stages" else run_step(step, folder)))
    else:
        main()
