"""smartcity:districtterrain on a folder of DGM1 tiles against the whole-raster algorithms
(smartcity:depressions, smartcity:flowpaths) run on the mosaic, in QGIS and on a local Dask cluster."""

import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from tests.qgis.test_heavyrain_algorithms import read_band
from tests.unit.test_tiled_terrain import rough_terrain, write_tiles


@pytest.fixture
def whole(provider, tmp_path_factory):
    """The tile folder and the whole-raster results of the mosaic: sink depth and D8 area."""
    import processing

    folder = tmp_path_factory.mktemp("district")
    write_tiles(rough_terrain(150, 170, seed=21), folder / "dgm1", 64)
    mosaic = str(folder / "mosaic.tif")
    gdal.Translate(mosaic, gdal.BuildVRT("", sorted(str(path) for path in (folder / "dgm1").iterdir())))
    sinks = processing.run(
        "smartcity:depressions",
        {
            "DEM": mosaic,
            "BUILDING_HEIGHT": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SINK_DEPTH": str(folder / "sink.tif"),
        },
    )
    flow = processing.run(
        "smartcity:flowpaths",
        {
            "DEM": mosaic,
            "BUILDING_HEIGHT": 0,
            "METHOD": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "ACCUMULATION": str(folder / "area.tif"),
        },
    )
    table = [
        (f["id"], f["area_m2"], f["max_depth"], f["volume_m3"], f["pour_z"])
        for f in sinks["OUTPUT"].getFeatures()
    ]
    return folder, read_band(sinks["SINK_DEPTH"]), read_band(flow["ACCUMULATION"]), sorted(table)


def test_tiles_give_the_whole_raster_results(whole, tmp_path):
    """In QGIS, tile after tile (Dask inside QGIS runs in tests/e2e, in a qgis_process of its own)."""
    engine = 1
    import processing

    folder, sink_depth, area, depressions = whole
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    steps = []
    feedback.progressChanged.connect(steps.append)
    result = processing.run(
        "smartcity:districtterrain",
        {
            "TILES": str(folder / "dgm1"),
            "TILE_SIZE": 64,
            "ENGINE": engine,
            "OUTPUT": str(tmp_path / "out"),
            "DEPRESSIONS": str(tmp_path / "depressions.gpkg"),
        },
        context=context,
        feedback=feedback,
    )
    assert np.array_equal(read_band(result["SINK_DEPTH"]), sink_depth, equal_nan=True)
    tiled_area = read_band(result["CONTRIBUTING_AREA"])
    valid = np.isfinite(sink_depth)
    assert np.array_equal(tiled_area[valid], area[valid])
    assert np.isnan(tiled_area[~valid]).all() and (~valid).sum() == 12  # the DEM's hole stays nodata
    points = QgsVectorLayer(result["DEPRESSIONS"], "depressions")
    table = sorted(
        (f["id"], f["area_m2"], f["max_depth"], f["volume_m3"], f["pour_z"]) for f in points.getFeatures()
    )
    assert len(table) == len(depressions) > 10
    for tiled_row, whole_row in zip(table, depressions):
        assert tiled_row[:3] == whole_row[:3] and tiled_row[4] == whole_row[4]
        assert tiled_row[3] == pytest.approx(whole_row[3], rel=1e-12)
    assert steps and max(steps) == pytest.approx(100.0)
    assert sorted(os.listdir(tmp_path / "out"))[::2] == ["contributing_area", "filled", "sink_depth"]
    assert context.willLoadLayerOnCompletion(result["SINK_DEPTH"])


def test_without_input_or_scheduler_address_it_says_what_is_missing(whole, tmp_path):
    import processing

    folder, _sink_depth, _area, _depressions = whole
    with pytest.raises(QgsProcessingException, match="folder of DEM tiles or a DEM raster"):
        processing.run(
            "smartcity:districtterrain", {"OUTPUT": str(tmp_path / "out"), "DEPRESSIONS": "TEMPORARY_OUTPUT"}
        )
    with pytest.raises(QgsProcessingException, match="address of the Dask scheduler"):
        processing.run(
            "smartcity:districtterrain",
            {
                "TILES": str(folder / "dgm1"),
                "ENGINE": 2,
                "OUTPUT": str(tmp_path / "out"),
                "DEPRESSIONS": "TEMPORARY_OUTPUT",
            },
        )
    assert not os.listdir(tmp_path / "out") if (tmp_path / "out").exists() else True
