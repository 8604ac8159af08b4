"""What the plugin adds to every start of Processing (each ``qgis_process`` call, each QGIS start).

Each round starts two fresh Pythons, interleaved: QGIS with Processing alone (the reference), and
the same with the plugin's provider loaded. Prints the added time (min and median of the rounds)
and the modules the plugin pulled in, against the goal of at most 0.1 s.
"""

import json
import subprocess
import sys
from pathlib import Path

from fair import interleave, verdict

REPO = Path(__file__).resolve().parent.parent
ROUNDS = 5
GOAL_S = 0.1
START = """
import json, sys, time
sys.path[:0] = [sys.argv[1], "/usr/share/qgis/python/plugins"]
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
before = set(sys.modules)
started = time.perf_counter()
if sys.argv[2] == "plugin":
    import smartcity_qgis
    plugin = smartcity_qgis.classFactory(None)
    plugin.initProcessing()
    assert len(plugin.provider.algorithms()) > 0
LIBRARIES = {"numpy", "pandas", "scipy", "shapely", "numba", "lxml", "osgeo"}
heavy = sorted({m.split(".")[0] for m in set(sys.modules) - before} & LIBRARIES)
print(json.dumps({"seconds": time.perf_counter() - started, "heavy": heavy}))
"""


def start(kind):
    done = subprocess.run(
        [sys.executable, "-c", START, str(REPO), kind],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(REPO / "build" / "home")},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    runs = interleave({"reference": lambda: start("reference"), "plugin": lambda: start("plugin")}, ROUNDS)
    added = [
        ours["seconds"] - reference["seconds"] for reference, ours in zip(runs["reference"], runs["plugin"])
    ]
    heavy = runs["plugin"][-1]["heavy"]
    print(f"plugin load: {ROUNDS} interleaved rounds, fresh processes")
    print(f"  modules it imports: {', '.join(heavy) or 'none of numpy/pandas/scipy/shapely/numba/lxml/GDAL'}")
    verdict("time the plugin adds to a Processing start", added, GOAL_S, unit=" s")


if __name__ == "__main__":
    main()
