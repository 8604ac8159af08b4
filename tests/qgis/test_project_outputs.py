"""Dock results that survive a restart: written into the project's results folder, found again
when the saved project is opened; the folder is kept in the project and shown in the dock."""

import os

import pytest
from qgis.core import QgsProject, QgsRasterLayer

from tests.qgis.conftest import destroy_widget, wait_until_idle
from tests.qgis.test_heavyrain_algorithms import cell_box, polygon_layer
from tests.support.rasters import write_dem
from tests.unit.test_terrain import box_pits


@pytest.fixture
def clean_project():
    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


def test_without_a_folder_or_saved_project_outputs_are_temporary(clean_project, tmp_path):
    from smartcity_qgis.qgisbridge.project_outputs import destination, output_folder

    assert output_folder() is None and destination("flow-paths") == "TEMPORARY_OUTPUT"
    clean_project.setFileName(str(tmp_path / "town.qgz"))
    assert output_folder() == str(tmp_path / "smartcity-results")
    (tmp_path / "smartcity-results").mkdir()
    (tmp_path / "smartcity-results" / "flow-paths.gpkg").write_bytes(b"")
    assert destination("flow-paths") == str(tmp_path / "smartcity-results" / "flow-paths-2.gpkg")


def test_heavy_rain_results_are_found_again_after_saving_and_reopening(provider, clean_project, tmp_path):
    from smartcity_qgis.qgisbridge.project_outputs import choose_folder
    from smartcity_qgis.ui.heavyrain_page import HeavyRainPage

    choose_folder(str(tmp_path / "results"))
    dem = QgsRasterLayer(write_dem(tmp_path / "dem.tif", box_pits()), "DGM1")
    buildings = polygon_layer([cell_box(0, 1, 0, 1), cell_box(4, 5, 3, 4)])
    clean_project.addMapLayers([dem, buildings])
    page = HeavyRainPage()
    page.dem.setLayer(dem)
    page.buildings.setLayer(buildings)
    page.start()
    wait_until_idle(page)
    destroy_widget(page)
    written = sorted(os.listdir(tmp_path / "results"))
    assert written == [
        "affected-buildings.gpkg",
        "contributing-area.tif",
        "flooded-areas.gpkg",
        "flow-paths.gpkg",
        "water-depth.tif",
    ]
    results = {
        layer.name(): layer.source() for layer in clean_project.mapLayers().values() if layer is not buildings
    }
    assert all(str(tmp_path / "results") in source for name, source in results.items() if name != "DGM1")
    clean_project.removeMapLayer(buildings.id())  # a memory layer: not what this test is about
    assert clean_project.write(str(tmp_path / "town.qgz"))
    clean_project.clear()
    assert clean_project.read(str(tmp_path / "town.qgz"))
    reopened = list(clean_project.mapLayers().values())
    assert len(reopened) == 5 and all(layer.isValid() for layer in reopened)
    assert {"Flow paths", "Water depth (m)", "Flooded areas by depth class"} <= {
        layer.name() for layer in reopened
    }


def test_the_dock_keeps_the_folder_in_the_project(clean_project, tmp_path, recording_iface):
    import smartcity_qgis
    from smartcity_qgis.qgisbridge.project_outputs import chosen_folder

    plugin = smartcity_qgis.classFactory(recording_iface)
    plugin.initGui()
    try:
        plugin.dock.output_folder.setFilePath(str(tmp_path / "results"))
        assert chosen_folder() == str(tmp_path / "results")
        assert clean_project.write(str(tmp_path / "a.qgz"))
        clean_project.clear()
        assert plugin.dock.output_folder.filePath() == ""
        assert clean_project.read(str(tmp_path / "a.qgz"))
        assert plugin.dock.output_folder.filePath() == str(tmp_path / "results")
    finally:
        plugin.unload()
