"""The plugin loads, and algorithms that do not need them run, where pandas, SciPy and Shapely are
missing (they are imported on first use); an algorithm that needs one says which, in a sentence."""

import json
import os
import subprocess
import sys

from tests.conftest import REPO
from tests.support.plugin_process import LOAD_PLUGIN, START_QGIS, WITH_PLUGIN

RUN = (
    """
import json, sys
class Missing:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("pandas", "scipy", "shapely"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Missing())
"""
    + WITH_PLUGIN
    + """
from qgis.core import QgsProcessingException
report = {"algorithms": len(plugin.provider.algorithms())}
feed = processing.run("smartcity:parkingfeed", {"SOURCE": sys.argv[2], "OUTPUT": sys.argv[3] + "/p.gpkg"})
try:
    processing.run("smartcity:parkingstats", {
        "FACILITIES": feed["OUTPUT"], "FACILITY_ID": "id", "CAPACITY": "capacity",
        "OBSERVATIONS": feed["OUTPUT"], "OBS_FACILITY_ID": "id", "TIME": "observed", "FREE": "free",
        "OUTPUT": sys.argv[3] + "/s.gpkg"})
except QgsProcessingException as error:
    report["error"] = str(error)
report["loaded"] = sorted(name for name in ("pandas", "scipy", "shapely") if name in sys.modules)
print(json.dumps(report))
"""
)


def test_plugin_loads_and_light_algorithms_run_without_pandas_scipy_shapely(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            RUN,
            str(REPO),
            str(REPO / "smartcity_qgis" / "example" / "herrenberg-parking.json"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["algorithms"] == 28 and report["loaded"] == []
    assert "needs the Python package pandas" in report["error"] and "Traceback" not in report["error"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["p.gpkg"]


def test_loading_the_plugin_imports_no_heavy_library():
    """Every ``qgis_process`` call loads the plugin: numpy, pandas, SciPy, Shapely, numba and lxml
    wait until an algorithm needs them."""
    heavy = ("numpy", "pandas", "scipy", "shapely", "numba", "lxml")
    # what QGIS and Processing import themselves (QGIS 3.40 brings numpy and Shapely) is not the plugin's
    code = START_QGIS + "before = set(sys.modules)\n" + LOAD_PLUGIN
    code += f"print(sorted(name for name in {heavy!r} if name in sys.modules and name not in before))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
