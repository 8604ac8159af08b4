"""2D rain simulation: ours vs ANUGA, an independent shallow-water solver, on the same case.

The case of the ANUGA comparison test (tests/comparators/rain_case.py: 80 × 40 m, a 2 % slope
with ripples and two hollows, walls on three sides, 50 mm in 30 minutes, 30 minutes run-on,
n = 0.03) at 1 m cells (3,200 cells; ANUGA 12,800 triangles). Each round runs both in fresh
processes, interleaved; measured is the simulation loop only (ours: simulate() with the numba
kernel, its cache warmed by one run first; ANUGA: evolve()). Prints the time ratio ours/ANUGA
(goal ≤ 1: faster than the comparator), and how far the results agree.
Usage: bench_rain_simulation.py [cell metres]
"""

import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from fair import fresh, interleave, ratios, verdict  # noqa: E402

from tests.unit import test_rain_simulation_vs_anuga as case  # noqa: E402

RUN_ON_MINUTES = 30.0
KERNEL_CACHE = REPO / "build" / "bench-numba-cache"


def measure(kind, cell):
    """Seconds of one simulation of the case; its maximum depths saved in a temporary folder."""
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


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        print(json.dumps(measure(sys.argv[2], float(sys.argv[3]))))
    else:
        main()
