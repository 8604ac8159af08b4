"""smartcity:rainsimulation's depth snapshots: one GeoTIFF per ten minutes, loaded as a series that
the Temporal Controller plays, each holding the water the balance table says is on the ground."""

import numpy as np
import pytest
from qgis.core import QgsDateTimeRange, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from tests.qgis.test_heavyrain_algorithms import read_band
from tests.support.rasters import write_dem
from tests.unit.test_terrain import box_pits


def test_snapshots_play_in_the_temporal_controller_and_hold_the_stored_water(provider, tmp_path):
    import processing

    start = QDateTime(QDate(2026, 7, 1), QTime(14, 0))
    results = processing.runAndLoadResults(
        "smartcity:rainsimulation",
        {
            "DEM": write_dem(tmp_path / "dem.tif", box_pits()),
            "HYETOGRAPH": "10:30, 20:10",
            "RUN_ON": 10,
            "MAX_DEPTH": str(tmp_path / "max.tif"),
            "MAX_SPEED": str(tmp_path / "speed.tif"),
            "HAZARD": str(tmp_path / "hazard.tif"),
            "BALANCE": str(tmp_path / "balance.gpkg"),
            "SNAPSHOTS": str(tmp_path / "snapshots"),
            "START": start,
        },
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
