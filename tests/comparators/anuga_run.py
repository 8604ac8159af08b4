"""Runs :mod:`rain_case` in ANUGA and saves the maximum water depth and flow speed per cell.

    anuga-venv/bin/python anuga_run.py CELL RAIN_MM RAIN_MINUTES RUN_ON_MINUTES MANNING OUT.npz

ANUGA splits each cell into four triangles (``rectangular_cross_domain``), takes the terrain at
their centroids, reflects at the walls and lets water out transmissively in the east; the maxima
are sampled every 5 simulated seconds and averaged over a cell's four triangles. Prints a JSON
line with the seconds the evolution took and the number of triangles."""

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from rain_case import HEIGHT, WIDTH, ground  # noqa: E402

SAMPLE_S = 5.0


def main(cell, rain_mm, rain_minutes, run_on_minutes, manning, output):
    import anuga

    columns, rows = int(WIDTH / cell), int(HEIGHT / cell)
    domain = anuga.rectangular_cross_domain(columns, rows, len1=WIDTH, len2=HEIGHT)
    domain.set_quantity("elevation", ground, location="centroids")
    domain.set_quantity("friction", manning, location="centroids")
    domain.set_quantity("stage", expression="elevation", location="centroids")
    domain.set_name("rain_case")
    domain.set_datadir(str(Path(output).parent))
    wall = anuga.Reflective_boundary(domain)
    domain.set_boundary(
        {"left": wall, "top": wall, "bottom": wall, "right": anuga.Transmissive_boundary(domain)}
    )
    rain_s = rain_minutes * 60.0
    rate = rain_mm / 1000.0 / rain_s
    anuga.Rate_operator(domain, rate=lambda t: rate if t < rain_s else 0.0)
    centres = domain.centroid_coordinates
    row = ((HEIGHT - centres[:, 1]) // cell).astype(int)
    column = (centres[:, 0] // cell).astype(int)
    stage, bed = domain.quantities["stage"], domain.quantities["elevation"]
    east, north = domain.quantities["xmomentum"], domain.quantities["ymomentum"]
    deepest = np.zeros(len(centres))
    fastest = np.zeros(len(centres))
    started = time.perf_counter()
    for _time in domain.evolve(yieldstep=SAMPLE_S, finaltime=rain_s + run_on_minutes * 60.0):
        depth = stage.centroid_values - bed.centroid_values
        np.maximum(deepest, depth, out=deepest)
        moving = depth > 0.005
        speed = np.hypot(east.centroid_values, north.centroid_values) / np.where(moving, depth, 1.0)
        np.maximum(fastest, np.where(moving, speed, 0.0), out=fastest)
    seconds = time.perf_counter() - started
    per_cell = np.zeros((2, rows, columns))
    np.add.at(per_cell[0], (row, column), deepest / 4.0)
    np.add.at(per_cell[1], (row, column), fastest / 4.0)
    np.savez(output, max_depth=per_cell[0], max_speed=per_cell[1])
    print(json.dumps({"seconds": seconds, "triangles": len(centres)}))


if __name__ == "__main__":
    main(*map(float, sys.argv[1:6]), sys.argv[6])
