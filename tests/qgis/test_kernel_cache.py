"""The compiled heavy-rain kernels live in the user profile, one folder per plugin version: the
first run of a version compiles them and says so, the next run (a new process) reuses them, and
folders of other versions are removed."""

import json
import os
import subprocess
import sys

import pytest

from smartcity_qgis.core.heavyrain import terrain
from smartcity_qgis.qgisbridge.kernel_cache import plugin_version
from tests.conftest import REPO
from tests.support.plugin_process import WITH_PLUGIN
from tests.support.rasters import write_dem
from tests.unit.test_terrain import box_pits

RUN = (
    WITH_PLUGIN
    + """
import json
from qgis.core import QgsProcessingFeedback
class Collect(QgsProcessingFeedback):
    messages = []
    def pushInfo(self, text):
        self.messages.append(text)
feedback = Collect()
outputs = {"OUTPUT": sys.argv[3] + ".gpkg", "SINK_DEPTH": sys.argv[3] + ".tif"}
processing.run("smartcity:depressions", {"DEM": sys.argv[2], **outputs}, feedback=feedback)
print(json.dumps({"messages": feedback.messages, "settings": QgsApplication.qgisSettingsDirPath()}))
"""
)


@pytest.mark.skipif(not terrain.numba_available(), reason="numba is not installed")
def test_kernels_compile_once_per_version_into_the_profile(tmp_path):
    dem = write_dem(tmp_path / "dem.tif", box_pits())
    profile = tmp_path / "profile"
    stale = profile / "profiles" / "default" / "cache" / "smartcity_qgis" / "numba-0.0.0-old"
    stale.mkdir(parents=True)

    def run(name):
        done = subprocess.run(
            [sys.executable, "-c", RUN, str(REPO), dem, str(tmp_path / name)],
            capture_output=True,
            text=True,
            timeout=600,
            env={
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "QGIS_CUSTOM_CONFIG_PATH": str(profile),
                "SMARTCITY_NUMBA": "1",
            },
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout.strip().splitlines()[-1])

    first = run("first")
    folder = os.path.join(first["settings"], "cache", "smartcity_qgis", "numba-" + plugin_version())
    assert any("compiling the heavy-rain kernels once" in message for message in first["messages"])
    assert any(name.endswith(".nbi") for _root, _dirs, names in os.walk(folder) for name in names)
    assert not stale.exists()
    second = run("second")
    assert not any("compiling" in message for message in second["messages"])
