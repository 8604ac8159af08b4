"""District-scale terrain: the tiled pipeline (smartcity:districtterrain's core) against the
whole-raster flow (smartcity:depressions / flowpaths) on one DEM cut into 1 km tiles.

A rough, survey-like DEM (random-walk relief plus 0.5 m noise, many small depressions) is written as
1000 × 1000-cell GeoTIFF tiles. Each round runs, in fresh processes and interleaved: the whole
raster in memory, the tiles one after another, and the tiles on a local Dask cluster of 2 worker
processes. Prints times, cells per second, peak memory (whole process / per worker) and the
ratios, and checks the tiled results equal the whole-raster ones bit for bit. Each round also starts
two 1-worker runs at the same time: their throughput against one run alone is what the machine's two
cores give this work at best (shared or throttled cores give less than 2), the ceiling of the speed-up.

    python benchmarks/bench_district.py [cells per side, default 6000] [rounds, default 3]
"""

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fair import at_once, fresh, ratios, verdict

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from smartcity_qgis.core.heavyrain.district import DEFAULT_TILE_SIZE as WORK_TILE  # noqa: E402

TILE = 1000  # cells: 1 km² of DGM1 per file, as the Länder deliver them
GOAL_SPEEDUP = 1.7
GOAL_WORKER_GB = 2.0


def make_tiles(folder, size):
    import numpy as np
    from osgeo import gdal, osr

    rng = np.random.default_rng(1)
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(25832)
    for top in range(0, size, TILE):
        for left in range(0, size, TILE):
            rows = np.cumsum(rng.normal(size=(TILE, 1)), axis=0) * 0.3
            columns = np.cumsum(rng.normal(size=(1, TILE)), axis=1) * 0.3
            heights = (300.0 + rows + columns + rng.random((TILE, TILE)) * 0.5).astype(np.float32)
            heights += (top + left) * 0.002  # a regional slope
            raster = gdal.GetDriverByName("GTiff").Create(
                str(folder / f"dgm1_{top // TILE:03d}_{left // TILE:03d}.tif"),
                TILE,
                TILE,
                1,
                gdal.GDT_Float32,
            )
            raster.SetGeoTransform((400000.0 + left, 1.0, 0.0, 5400000.0 - top, 0.0, -1.0))
            raster.SetProjection(reference.ExportToWkt())
            raster.GetRasterBand(1).WriteArray(heights)
            raster = None


def run_whole(folder, output):
    import numpy as np
    from osgeo import gdal

    from smartcity_qgis.core.grid import make_grid
    from smartcity_qgis.core.heavyrain import terrain

    kernels = terrain.kernels(compiled=True)
    mosaic = gdal.BuildVRT("", sorted(str(path) for path in Path(folder).glob("*.tif")))
    started = time.perf_counter()
    flow = terrain.flow(make_grid(mosaic.ReadAsArray()), kernels)
    seconds = time.perf_counter() - started
    np.save(output + "-filled.npy", flow.filled)
    np.save(output + "-area.npy", flow.area)
    return {"seconds": seconds, "peak_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6}


def run_tiled(folder, output, workers):
    from contextlib import nullcontext

    from smartcity_qgis.core import engines
    from smartcity_qgis.core.heavyrain import terrain
    from smartcity_qgis.core.heavyrain.district import analyse_district

    terrain.kernels(compiled=True)  # compiled (from the cache) before the clock starts, as whole
    engine = engines.open_engine(workers=workers, processes=True) if workers else nullcontext(None)
    with engine as running:
        if running is not None:
            running.client.run(lambda: terrain.kernels(compiled=True) and None)
        started = time.perf_counter()
        analyse_district(str(folder), output, WORK_TILE, engine=running, compiled=True)
        seconds = time.perf_counter() - started
        peaks = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6]
        if running is not None:
            peaks = list(
                running.client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6).values()
            )
    return {"seconds": seconds, "peak_gb": max(peaks)}


def side_by_side(folder, outputs):
    """Seconds of the slower of two 1-worker runs started at the same time: what this machine gives
    two processes doing this work with no coordination at all (the ceiling of any 2-worker run)."""
    return max(
        run["seconds"] for run in at_once(__file__, *(("tiled", folder, output, 0) for output in outputs))
    )


def same_results(whole, tiled):
    import numpy as np
    from osgeo import gdal

    def band(path):
        values = gdal.Open(path).ReadAsArray()
        return np.where(values == -9999.0, np.nan, values)

    filled = np.array_equal(
        np.load(whole + "-filled.npy"), band(os.path.join(tiled, "filled.vrt")), equal_nan=True
    )
    area = np.array_equal(np.load(whole + "-area.npy"), band(os.path.join(tiled, "contributing_area.vrt")))
    return filled and area


def main(size, rounds):
    runs = [("1 worker", "tiled", 0), ("2 workers", "tiled", 2)]
    if fits_whole(size):
        runs.insert(0, ("whole", "whole", 0))
    times = {name: [] for name, _kind, _workers in runs}
    peaks = {name: [] for name in times}
    with tempfile.TemporaryDirectory(dir=REPO / "build") as work:
        work = Path(work)
        (work / "dgm1").mkdir()
        make_tiles(work / "dgm1", size)
        side_by_side_times = []
        for _round in range(rounds):
            for name, kind, workers in runs:
                result = fresh(__file__, kind, work / "dgm1", str(work / name.replace(" ", "-")), workers)
                times[name].append(result["seconds"])
                peaks[name].append(result["peak_gb"])
            side_by_side_times.append(
                side_by_side(work / "dgm1", [str(work / "apart-a"), str(work / "apart-b")])
            )
        equal = "whole" in times and same_results(str(work / "whole"), str(work / "2-workers"))
    cells = size * size
    tiles = (size // TILE) ** 2
    print(f"district terrain: {size} × {size} DEM ({cells / 1e6:.0f} M cells, {tiles} tiles of 1 km²),")
    print(f"  tile size {WORK_TILE} cells, {rounds} interleaved rounds in fresh processes")
    for name in times:
        best = min(times[name])
        print(
            f"  {name:10s} min {best:6.1f} s, median {statistics.median(times[name]):6.1f} s, "
            f"{cells / best / 1e6:5.1f} M cells/s, peak memory {max(peaks[name]):.2f} GB"
            + (" per worker" if name == "2 workers" else "")
        )
    speedup = ratios(times["1 worker"], times["2 workers"])
    verdict(
        f"district terrain {cells / 1e6:.0f} M cells: speed-up 1 → 2 workers", speedup, GOAL_SPEEDUP, False
    )
    verdict("district terrain: peak memory per worker", peaks["2 workers"], GOAL_WORKER_GB, unit=" GB")
    ceiling = [2 * one / apart for one, apart in zip(times["1 worker"], side_by_side_times)]
    print(
        f"  this machine's ceiling: two 1-worker runs at once do the work {statistics.median(ceiling):.2f}× "
        f"as fast as one (min {min(ceiling):.2f}); 2 workers reach "
        f"{statistics.median(speedup) / statistics.median(ceiling):.0%} of it"
    )
    if "whole" in times:
        overhead = [tiles / whole for tiles, whole in zip(times["1 worker"], times["whole"])]
        middle = statistics.median(overhead)
        print(f"  tiled (1 worker) / whole raster: min {min(overhead):.2f}, median {middle:.2f}")
        print(f"  tiled = whole raster bit for bit: {'yes' if equal else 'NO'}")
    else:
        print("  whole raster: does not fit in this machine's memory, not run")


def fits_whole(size):
    """Whether the whole-raster run fits in this machine's memory (the plugin's own check)."""
    from smartcity_qgis.core.errors import InputError
    from smartcity_qgis.core.grid import check_memory

    try:
        check_memory(size, size)
    except InputError:
        return False
    return True


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        kind, folder, output, workers = sys.argv[2:6]
        result = run_whole(folder, output) if kind == "whole" else run_tiled(folder, output, int(workers))
        print(json.dumps(result))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 6000, int(sys.argv[2]) if len(sys.argv) > 2 else 3)
