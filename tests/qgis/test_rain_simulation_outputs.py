"""smartcity:rainsimulation's depth snapshots: one GeoTIFF per ten minutes, loaded as a series that
the Temporal Controller plays, each holding the water the balance table says is on the ground."""

import re
import time

import numpy as np
import pytest
from qgis.core import (
    QgsDateTimeRange,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from tests.qgis.test_heavyrain_algorithms import read_band
from tests.support.rasters import write_dem
from tests.unit.test_terrain import box_pits


def box_pits_run(tmp_path, hyetograph, run_on, **more):
    """Parameters of a 2D simulation of ``hyetograph`` on the box pits, outputs in ``tmp_path``."""
    return {
        "DEM": write_dem(tmp_path / "dem.tif", box_pits()),
        "HYETOGRAPH": hyetograph,
        "RUN_ON": run_on,
        "MAX_DEPTH": str(tmp_path / "max.tif"),
        "MAX_SPEED": str(tmp_path / "speed.tif"),
        "HAZARD": str(tmp_path / "hazard.tif"),
        "BALANCE": str(tmp_path / "balance.gpkg"),
        **more,
    }


def test_snapshots_play_in_the_temporal_controller_and_hold_the_stored_water(provider, tmp_path):
    import processing

    start = QDateTime(QDate(2026, 7, 1), QTime(14, 0))
    results = processing.runAndLoadResults(
        "smartcity:rainsimulation",
        box_pits_run(tmp_path, "10:30, 20:10", 10, SNAPSHOTS=str(tmp_path / "snapshots"), START=start),
    )
    files = sorted(path.name for path in (tmp_path / "snapshots").iterdir())
    assert files == ["water_depth_00010min.tif", "water_depth_00020min.tif", "water_depth_00030min.tif"]
    stored = {f["minute"]: f["stored_m3"] for f in QgsVectorLayer(results["BALANCE"]).getFeatures()}
    layers = sorted(
        (
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if str(tmp_path / "snapshots") in layer.source()
        ),
        key=lambda layer: layer.source(),
    )
    try:
        assert len(layers) == 3
        for number, (layer, name) in enumerate(zip(layers, files)):
            minute = 10.0 * (number + 1)
            properties = layer.temporalProperties()
            assert properties.isActive()
            expected = QgsDateTimeRange(
                start.addSecs(600 * number), start.addSecs(600 * (number + 1)), True, False
            )
            assert properties.fixedTemporalRange() == expected
            water = np.nansum(read_band(tmp_path / "snapshots" / name))  # 1 m cells: m³
            assert water == pytest.approx(stored[minute], rel=1e-4)
    finally:
        QgsProject.instance().removeAllMapLayers()


class ProgressTexts(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.texts = []

    def setProgressText(self, text):  # noqa: N802 (a Qt override)
        super().setProgressText(text)
        self.texts.append(text)


def test_progress_counts_simulated_minutes_and_the_time_to_go(provider, tmp_path):
    import processing

    feedback = ProgressTexts()
    started = time.monotonic()
    processing.run("smartcity:rainsimulation", box_pits_run(tmp_path, "10:30", 20), feedback=feedback)
    wall = time.monotonic() - started
    pattern = re.compile(r"Simulated (\d+) of 30 minutes, about ([\d,]+) s to go")
    found = [pattern.fullmatch(text) for text in feedback.texts if text.startswith("Simulated")]
    assert len(found) >= 3 and all(found)
    minutes = [int(match.group(1)) for match in found]
    assert minutes == sorted(minutes) and minutes[-1] >= 25
    assert int(found[-1].group(2).replace(",", "")) <= wall  # late in the run: less than it took


def test_a_number_parameter_that_is_nan_is_refused_and_nothing_is_written(provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match=r"'Run-on after the rain \(minutes\)' must be a number"):
        processing.run("smartcity:rainsimulation", box_pits_run(tmp_path, "10:30", "nan"))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dem.tif"]


def test_a_rain_gauge_from_the_platform_is_replayed(provider, tmp_path):
    """Gauge observations as 'Fetch observations' writes them (UTC times, one stream): the rain that
    falls equals their sum over the DEM, and the snapshots start at the gauge's first interval."""
    import processing

    from tests.support.layers import memory_layer

    values = [("2026-07-14T15:05:00Z", 4.0), ("2026-07-14T15:10:00Z", 18.0), ("2026-07-14T15:15:00Z", 6.5)]
    gauge = memory_layer(
        "None?field=stream_id:string&field=time:datetime&field=value:double",
        [
            (["Niederschlag", QDateTime.fromString(time, "yyyy-MM-ddTHH:mm:ssZ"), mm], None)
            for time, mm in values
        ],
    )
    dem = box_pits()
    results = processing.run(
        "smartcity:rainsimulation",
        {
            "DEM": write_dem(tmp_path / "dem.tif", dem),
            "GAUGE": gauge,
            "RUN_ON": 5,
            "MAX_DEPTH": str(tmp_path / "max.tif"),
            "MAX_SPEED": str(tmp_path / "speed.tif"),
            "HAZARD": str(tmp_path / "hazard.tif"),
            "BALANCE": str(tmp_path / "balance.gpkg"),
        },
    )
    rows = list(QgsVectorLayer(results["BALANCE"]).getFeatures())
    cells = np.isfinite(dem).sum()  # 1 m cells
    assert rows[-1]["minute"] == pytest.approx(15 + 5)  # 15:00–15:15 plus the run-on
    assert rows[-1]["rain_m3"] == pytest.approx(sum(mm for _time, mm in values) / 1000 * cells, rel=1e-9)


@pytest.mark.parametrize("as_holes", (0, 1), ids=("raised blocks", "impermeable holes"))
def test_buildings_as_raised_blocks_or_impermeable_holes(provider, tmp_path, as_holes):
    """A 6 × 4 m house on a gently tilted plane: as a hole it stays dry and its roof's rain is the
    losses; as a raised block its roof gets wet and its rain runs off onto the plane."""

    dem, _house, results = house_on_a_slope(tmp_path, 0.01, 30, as_holes)
    deepest = read_band(tmp_path / "max.tif")
    roof = np.zeros(dem.shape, bool)
    roof[8:12, 10:16] = True
    last = list(QgsVectorLayer(results["BALANCE"]).getFeatures())[-1]
    assert last["rain_m3"] == pytest.approx(0.030 * dem.size, rel=1e-9)
    assert np.isfinite(deepest[~roof]).all()
    if as_holes:
        assert np.isnan(deepest[roof]).all()
        assert last["losses_m3"] == pytest.approx(0.030 * roof.sum(), rel=1e-9)
    else:
        assert np.isfinite(deepest[roof]).all()
        assert last["losses_m3"] == 0


def test_roughness_and_losses_by_area_on_a_tilted_plane(provider, tmp_path):
    """A 200 m plane at 1 % walled on three sides (buildings as holes), 100 mm/h for two hours:
    Manning's n 0.05 on the upper half and 0.02 on the lower from polygons give each half the
    kinematic-wave depth of its own n; a 20 mm/h loss polygon takes exactly its rate × time × area."""
    import processing

    from tests.support.layers import memory_layer
    from tests.support.rasters import LEFT, TOP

    def box(west, east, south, north):
        x0, x1, y0, y1 = LEFT + west, LEFT + east, TOP - south, TOP - north
        return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"

    slope, rate = 0.01, 100.0 / 1000 / 3600
    dem = np.tile(100.0 - slope * (np.arange(201) + 0.5), (7, 1)).astype(np.float32)
    walls = memory_layer(
        "Polygon?crs=EPSG:25832", [([], box(0, 201, 1, 0)), ([], box(0, 201, 7, 6)), ([], box(0, 1, 6, 1))]
    )
    rough = memory_layer(
        "Polygon?crs=EPSG:25832&field=n:double", [([0.05], box(1, 101, 6, 1)), ([0.02], box(101, 201, 6, 1))]
    )
    sealed = memory_layer("Polygon?crs=EPSG:25832&field=mm_h:double", [([20.0], box(181, 196, 6, 1))])
    results = processing.run(
        "smartcity:rainsimulation",
        {
            "DEM": write_dem(tmp_path / "dem.tif", dem),
            "BUILDINGS": walls,
            "BUILDINGS_AS": 1,
            "RAIN_MM": 200,
            "DURATION": 120,
            "RUN_ON": 0,
            "MANNING": 0.03,
            "MANNING_AREAS": rough,
            "MANNING_FIELD": "n",
            "LOSS_AREAS": sealed,
            "LOSS_FIELD": "mm_h",
            "MAX_DEPTH": str(tmp_path / "max.tif"),
            "MAX_SPEED": str(tmp_path / "speed.tif"),
            "HAZARD": str(tmp_path / "hazard.tif"),
            "BALANCE": str(tmp_path / "balance.gpkg"),
        },
    )
    depth = read_band(tmp_path / "max.tif")[3]
    for column, n in ((50, 0.05), (150, 0.02)):
        distance = column - 0.5  # from the wall at column 0 to the cell's centre
        assert depth[column] == pytest.approx((rate * distance * n / np.sqrt(slope)) ** 0.6, rel=0.03)
    last = list(QgsVectorLayer(results["BALANCE"]).getFeatures())[-1]
    roofs = 2 * 201 + 5  # the walls' cells: their rain goes to the losses too
    assert last["losses_m3"] == pytest.approx(0.020 * 2 * 15 * 5 + 0.2 * roofs, rel=1e-6)


def test_affected_buildings_from_the_simulation_s_depth_and_velocity(provider, tmp_path):
    """The 2D simulation's maxima into 'Affected buildings': a house's fastest flow is the largest
    velocity in the ring of cells around it (read here with numpy), and its risk the higher of its
    depth class and velocity class."""
    import processing

    from smartcity_qgis.core.heavyrain.terrain import DEPTH_CLASSES

    dem, house, simulated = house_on_a_slope(tmp_path, 0.05, 60, 1)  # 5 %: fast sheet flow
    result = processing.run(
        "smartcity:affectedbuildings",
        {
            "BUILDINGS": house,
            "WATER_DEPTH": simulated["MAX_DEPTH"],
            "SPEED": simulated["MAX_SPEED"],
            "OUTPUT": "memory:",
        },
    )
    [row] = list(result["OUTPUT"].getFeatures())
    ring = np.zeros(dem.shape, bool)
    ring[7:13, 9:17] = True
    ring[8:12, 10:16] = False  # the house itself
    speed = np.nan_to_num(read_band(tmp_path / "speed.tif"))[ring].max()
    depth = np.nan_to_num(read_band(tmp_path / "max.tif"))[ring].max()
    assert speed > 0.2 and row["max_speed"] == pytest.approx(speed, rel=1e-6)
    depth_class = int(np.searchsorted(DEPTH_CLASSES, depth, side="right"))
    speed_class = int(np.searchsorted([0.2, 0.5, 2.0], speed, side="right"))
    assert row["risk"] == max(depth_class, speed_class)


def test_hazard_classes_with_own_bounds(provider, tmp_path):
    """Own depth bounds: the hazard raster is, cell by cell, the higher of the depth class and the
    velocity class of the maxima (computed here with numpy); two bounds instead of three are refused."""
    from qgis.core import QgsProcessingException

    _dem, _house, results = house_on_a_slope(tmp_path, 0.05, 60, 1, HAZARD_DEPTHS="0.02; 0.01, 0.015")
    depth, speed = (np.nan_to_num(read_band(results[name])) for name in ("MAX_DEPTH", "MAX_SPEED"))
    expected = np.maximum(
        np.searchsorted([0.01, 0.015, 0.02], depth, side="right"),
        np.searchsorted([0.2, 0.5, 2.0], speed, side="right"),
    ).astype(float)
    expected[depth < 0.01] = np.nan  # too shallow to count (and the house)
    hazard = read_band(results["HAZARD"])
    assert np.array_equal(hazard, expected, equal_nan=True) and np.nanmax(hazard) == 3
    with pytest.raises(QgsProcessingException, match="three increasing bounds"):
        house_on_a_slope(tmp_path, 0.05, 60, 1, HAZARD_SPEEDS="0.2, 0.5")


def house_on_a_slope(tmp_path, slope, rain_mm, buildings_as, **more):
    """``(dem, house layer, results)`` of the 2D simulation of ``rain_mm`` in 10 minutes (and 5
    minutes' run-on) on a 30 × 20 m plane falling east by ``slope``, with a 6 × 4 m house at rows
    8-11 and columns 10-15 (``buildings_as``: 0 raised block, 1 hole); ``more`` parameters."""
    import processing

    from tests.support.layers import memory_layer
    from tests.support.rasters import LEFT, TOP

    dem = np.tile(10.0 - slope * np.arange(30), (20, 1)).astype(np.float32)
    house = memory_layer(
        "Polygon?crs=EPSG:25832&field=name:string",
        [(["haus"], f"POLYGON(({LEFT + 10} {TOP - 8}, {LEFT + 16} {TOP - 8}, {LEFT + 16} {TOP - 12}, "
          f"{LEFT + 10} {TOP - 12}, {LEFT + 10} {TOP - 8}))")],
    )  # fmt: skip
    results = processing.run(
        "smartcity:rainsimulation",
        {
            "DEM": write_dem(tmp_path / "dem.tif", dem),
            "BUILDINGS": house,
            "BUILDINGS_AS": buildings_as,
            "RAIN_MM": rain_mm,
            "DURATION": 10,
            "RUN_ON": 5,
            "MAX_DEPTH": str(tmp_path / "max.tif"),
            "MAX_SPEED": str(tmp_path / "speed.tif"),
            "HAZARD": str(tmp_path / "hazard.tif"),
            "BALANCE": str(tmp_path / "balance.gpkg"),
            **more,
        },
    )
    return dem, house, results
