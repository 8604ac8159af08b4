"""Code that starts QGIS, Processing and the plugin in a fresh Python (``sys.argv[1]``: the
repository), for tests that need a clean interpreter."""

START_QGIS = """
import sys
sys.path[:0] = [sys.argv[1], "/usr/share/qgis/python/plugins"]
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
import processing
"""
LOAD_PLUGIN = """
import smartcity_qgis
plugin = smartcity_qgis.classFactory(None)
plugin.initProcessing()
"""
WITH_PLUGIN = START_QGIS + LOAD_PLUGIN
