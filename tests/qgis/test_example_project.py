"""Plugins ▸ Smart City ▸ Load example project: the demo town's analyses run from the menu into a
folder, and a project that opens with every layer valid and styled, rasters under the vectors,
also after the folder was moved."""

import shutil
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QThreadPool
from qgis.PyQt.QtWidgets import QFileDialog

import smartcity_qgis
from smartcity_qgis.processing.examples import offline_steps, step_outputs
from smartcity_qgis.processing.platforms.parking_feed import ParkingFeedAlgorithm
from smartcity_qgis.qgisbridge.styles import style_file
from tests.qgis.conftest import handle_events_until
from tests.qgis.test_parking_feed_algorithm import geoportal_feed

DATA_LAYERS = 7  # streets, schools, homes, destinations, buildings, simulation area, terrain


def build_from_menu(iface, parent, monkeypatch):
    """Choose ``parent`` in the folder dialog, trigger the menu entry, wait; the opened projects."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(parent))
    plugin = smartcity_qgis.classFactory(iface)
    plugin.initGui()
    try:
        assert plugin.example_action in iface.menus["&Smart City"].actions()
        plugin.example_action.trigger()
        handle_events_until(
            lambda: plugin.example_loader.run is None, 600, "the example project was not built", pause_s=0.05
        )
    finally:
        plugin.unload()
    return iface.opened_projects


def renderer_in_style(path):
    """The renderer type a .qml file sets (vector or raster), read from the file."""
    root = ET.parse(path).getroot()
    element = root.find("renderer-v2")
    if element is None:
        element = root.find("pipe/rasterrenderer")
    return element.get("type")


def read_project(path):
    project = QgsProject()
    assert project.read(str(path)), project.error()
    return project


def test_example_project_from_the_menu(qgis_processing, recording_iface, tmp_path, monkeypatch):
    opened = build_from_menu(recording_iface, tmp_path, monkeypatch)
    time.sleep(QThreadPool.globalInstance().expiryTimeout() / 1000 + 2)  # the task threads have ended
    # coordinates are still transformed here after the threads that ran the analyses ended
    import processing

    feed = tmp_path / "geoportal.geojson"
    expected = geoportal_feed(feed)
    parameters = {"SOURCE": str(feed), "OUTPUT": str(tmp_path / "feed.gpkg")}
    processing.run(ParkingFeedAlgorithm(), parameters)  # (the plugin and its provider are unloaded)
    points = [
        feature.geometry().asPoint() for feature in QgsVectorLayer(str(tmp_path / "feed.gpkg")).getFeatures()
    ]
    assert len(points) == len(expected) and all(
        8 < point.x() < 10 and 48 < point.y() < 49 for point in points[:2]
    )
    folder = tmp_path / "smartcity-example"
    assert opened == [str(folder / "smartcity-demo.qgz")], [
        item.text() for item in recording_iface.bar.items()
    ]
    project = read_project(opened[0])
    layers = list(project.mapLayers().values())
    assert all(layer.isValid() for layer in layers), [layer.name() for layer in layers if not layer.isValid()]
    written = sorted(path.name for path in (folder / "results").iterdir() if path.suffix in (".gpkg", ".tif"))
    sources = sorted(Path(layer.source().split("|")[0]).name for layer in layers)
    assert len(layers) == len(written) + DATA_LAYERS
    assert set(written) <= set(sources)
    from pypdf import PdfReader

    # the school route plan is drawn on the main thread, between the background steps
    assert len(PdfReader(str(folder / "results" / "schulwegplan.pdf")).pages) == 2  # two primary schools

    outputs = {}
    for (algorithm_id, _file, _parameters), files in zip(offline_steps(), step_outputs(offline_steps())):
        outputs.update({name: (algorithm_id.split(":")[1], key) for key, name in files.items()})
    styled = 0
    for layer in layers:
        name = Path(layer.source().split("|")[0]).name
        style = style_file(layer, *outputs[name]) if name in outputs else None
        if style is not None:
            renderer = (
                layer.renderer().type() if layer.type() == layer.VectorLayer else layer.renderer().type()
            )
            assert renderer == renderer_in_style(style), (layer.name(), style.name)
            styled += 1
    assert styled >= 14

    for group in project.layerTreeRoot().findGroups():
        kinds = [isinstance(node.layer(), QgsRasterLayer) for node in group.findLayers()]
        assert kinds == sorted(kinds), group.name()  # no vector under a raster
    terrain = project.mapLayersByName("Terrain model DGM1 (synthetic)")[0]
    assert project.viewSettings().defaultViewExtent() == terrain.extent()

    moved = tmp_path / "moved"
    shutil.move(str(folder), str(moved))
    again = read_project(moved / "smartcity-demo.qgz")
    assert len(again.mapLayers()) == len(layers)
    assert all(layer.isValid() for layer in again.mapLayers().values())
