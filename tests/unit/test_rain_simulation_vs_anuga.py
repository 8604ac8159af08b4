"""The 2D rain simulation against ANUGA, an independent shallow-water solver (finite volumes on
triangles, run from its own venv): the same terrain, rain and roughness give the same flooded
cells and maximum depths."""

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from smartcity_qgis.core.grid import make_grid
from smartcity_qgis.core.heavyrain import terrain
from smartcity_qgis.core.heavyrain.simulation import block_rain, simulate
from tests.comparators.rain_case import cell_centres, ground

REPO = Path(__file__).resolve().parents[2]
ANUGA_VENV = REPO / "build" / "anuga-venv"
ANUGA_RUN = REPO / "tests" / "comparators" / "anuga_run.py"
CELL, RAIN_MM, RAIN_MINUTES, RUN_ON_MINUTES, MANNING = 2.0, 50.0, 30.0, 15.0, 0.03


def anuga_python():
    """The ANUGA venv's Python, or a skip where it was built for another Python (the root file
    systems of the QGIS matrix see the host's build folder)."""
    settings = ANUGA_VENV / "pyvenv.cfg"
    if not settings.exists():
        pytest.skip("the ANUGA venv is missing: `make comparators` builds it")
    built_for = re.search(r"^version\s*=\s*(\d+\.\d+)", settings.read_text(), re.MULTILINE)
    here = "{}.{}".format(*sys.version_info[:2])
    if built_for is None or built_for.group(1) != here:
        pytest.skip(f"the ANUGA venv was built for another Python than {here}")
    return ANUGA_VENV / "bin" / "python"


def ours(cell=CELL, run_on_minutes=RUN_ON_MINUTES, cache_dir=None):
    """``(maximum depth, seconds)`` of the case in smartcity's simulation (compiled where numba is
    installed), the walls as impermeable holes around the cells."""
    x, y = cell_centres(cell)
    rows, columns = x.shape
    dem = np.zeros((rows + 2, columns + 1), np.float32)
    dem[1:-1, 1:] = ground(x, y)
    walls = np.ones(dem.shape, bool)
    walls[1:-1, 1:] = False
    grid = make_grid(dem, None, cell, cell, -cell, (rows + 1) * cell)
    started = time.perf_counter()
    result = simulate(
        grid,
        block_rain(RAIN_MM, RAIN_MINUTES),
        manning=MANNING,
        run_on_s=run_on_minutes * 60.0,
        holes=walls,
        compiled=terrain.numba_available(),
        cache_dir=cache_dir,
    )
    return np.nan_to_num(result.max_depth[1:-1, 1:].astype(float)), time.perf_counter() - started


def anuga(python, folder, cell=CELL, run_on_minutes=RUN_ON_MINUTES):
    """``(maximum depth, seconds)`` of the case in ANUGA, run by ``python`` in ``folder``."""
    output = Path(folder) / "anuga.npz"
    arguments = (cell, RAIN_MM, RAIN_MINUTES, run_on_minutes, MANNING, output)
    done = subprocess.run(
        [str(python), str(ANUGA_RUN), *map(str, arguments)], capture_output=True, text=True, cwd=folder
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["triangles"] == 4 * cell_centres(cell)[0].size
    return np.load(output)["max_depth"], report["seconds"]


def flooded_agreement(mine, theirs, flooded=0.05):
    """Hit rate and critical success index of the cells flooded ``flooded`` m deep or more, and the
    depth RMSE over them."""
    a, b = mine >= flooded, theirs >= flooded
    rmse = float(np.sqrt(np.mean((mine - theirs)[a | b] ** 2)))
    return (a & b).sum() / b.sum(), (a & b).sum() / (a | b).sum(), rmse


def test_maximum_depths_agree_with_anuga(tmp_path):
    reference, _seconds = anuga(anuga_python(), tmp_path)
    depth, _seconds = ours()
    for flooded in (0.05, 0.1):  # m
        assert (reference >= flooded).sum() >= 30  # the hollows flood in ANUGA
        hit_rate, success_index, rmse = flooded_agreement(depth, reference, flooded)
        assert hit_rate >= 0.9 and success_index >= 0.85
        assert rmse < 0.02  # measured: 4 mm
    assert depth.max() == pytest.approx(reference.max(), rel=0.05)
