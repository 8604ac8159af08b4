"""The "Heavy rain" dock page: design rain and buildings in the background, styled layers, risk table."""

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProject, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

from tests.qgis.conftest import destroy_widget, wait_until_idle
from tests.qgis.test_heavyrain_algorithms import cell_box, polygon_layer
from tests.support.rasters import write_dem
from tests.unit.test_terrain import box_pits


@pytest.fixture
def page(provider, tmp_path):
    from smartcity_qgis.ui.heavyrain_page import HeavyRainPage

    dem = QgsRasterLayer(write_dem(tmp_path / "dem.tif", box_pits()), "DGM1")
    buildings = polygon_layer([cell_box(0, 1, 0, 1), cell_box(4, 5, 3, 4)])
    QgsProject.instance().addMapLayers([dem, buildings])
    widget = HeavyRainPage()
    widget.dem.setLayer(dem)
    widget.buildings.setLayer(buildings)
    yield widget
    destroy_widget(widget)
    QgsProject.instance().removeAllMapLayers()


def test_design_rain_adds_styled_layers_and_the_risk_table(page):
    page.scenario.setCurrentIndex(2)  # extrem
    page.start()
    wait_until_idle(page)
    assert "leave the area" in page.status.text() and "buildings are affected" in page.status.text()
    names = {layer.name() for layer in QgsProject.instance().mapLayers().values()}
    assert {
        "Water depth (m)",
        "Flooded areas by depth class",
        "Flow paths",
        "Buildings with water exposure",
    } <= names
    assert isinstance(page.depth_layer.renderer(), QgsSingleBandPseudoColorRenderer)
    assert isinstance(page.paths_layer.renderer(), QgsGraduatedSymbolRenderer)
    assert page.risk_table.rowCount() == 5
    assert [page.risk_table.item(row, 1).text() for row in range(5)].count("0") == 3


def test_cancel_stops_the_run_and_adds_nothing(page):
    before = len(QgsProject.instance().mapLayers())
    page.start()
    page.cancel()
    wait_until_idle(page)
    assert page.status.text() == "Cancelled by the user."
    assert page.run_button.isEnabled()
    assert len(QgsProject.instance().mapLayers()) == before


def test_without_a_dem_the_page_asks_for_one(page):
    page.dem.setLayer(None)
    page.start()
    assert not page.busy() and "DEM" in page.status.text()


def test_own_rain_depth_overrides_the_scenario(page):
    page.with_flow_paths.setChecked(False)
    page.own_rain.setValue(200.0)
    page.start()
    wait_until_idle(page)
    assert page.status.text().startswith("Rain runoff 20 m³")  # 99 cells × 0.2 m


def test_2d_simulation_adds_styled_maxima_and_a_series_for_the_temporal_controller(page):
    page.own_rain.setValue(60.0)
    page.duration.setValue(10.0)
    page.run_on.setValue(10.0)
    page.buildings_as.setCurrentIndex(1)  # impermeable holes
    page.simulate()
    assert "20 simulated minutes" in page.work.progress.format()
    wait_until_idle(page)
    assert "Temporal Controller" in page.status.text() and "buildings are affected" in page.status.text()
    layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    assert {"Hazard class", "Maximum water depth (m)", "Maximum flow velocity (m/s)", "Flow arrows"} <= set(
        layers
    )
    buildings = {f["name"]: f for f in layers["Buildings with water exposure"].getFeatures()}
    assert buildings["b1"]["max_depth"] > 0.1 and isinstance(buildings["b1"]["max_speed"], float)  # pit A
    assert page.risk_table.rowCount() == 5
    series = [child.layer() for child in page.series_group.children()]
    assert [layer.name() for layer in series] == ["Water depth after 10 min", "Water depth after 20 min"]
    assert all(layer.isValid() and layer.temporalProperties().isActive() for layer in series)
    first, second = (layer.temporalProperties().fixedTemporalRange() for layer in series)
    assert first.end() == second.begin() and first.begin().secsTo(first.end()) == 600
    assert isinstance(series[0].renderer(), QgsSingleBandPseudoColorRenderer)
