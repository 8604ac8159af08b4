"""The heavy-rain algorithms through processing on small GeoTIFFs with known answers."""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.support.rasters import LEFT, TOP, write_dem
from tests.unit.test_terrain import box_pits


def read_band(path):
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    return np.where(values == band.GetNoDataValue(), np.nan, values)


def polygon_layer(wkts, crs="EPSG:25832"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=name:string", "polygons", "memory")
    for number, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([f"b{number}"])
        layer.dataProvider().addFeature(feature)
    return layer


def cell_box(row0, row1, column0, column1):
    """WKT of the cells rows [row0, row1) × columns [column0, column1) of the test grid."""
    x0, x1, y0, y1 = LEFT + column0, LEFT + column1, TOP - row1, TOP - row0
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def test_depressions_of_the_box_pits(provider, tmp_path):
    import processing

    dem = write_dem(tmp_path / "dem.tif", box_pits())
    result = processing.run(
        "smartcity:depressions",
        {"DEM": dem, "OUTPUT": str(tmp_path / "sinks.gpkg"), "SINK_DEPTH": str(tmp_path / "sink.tif")},
    )
    layer = QgsVectorLayer(result["OUTPUT"], "sinks")
    (feature,) = list(layer.getFeatures())
    assert feature["volume_m3"] == pytest.approx(28.5)
    assert feature["max_depth"] == pytest.approx(2.0)
    assert feature.geometry().area() == pytest.approx(21.0)
    assert np.nansum(read_band(result["SINK_DEPTH"])) == pytest.approx(28.5)


def test_buildings_in_another_crs_are_reprojected_and_raised(provider, tmp_path):
    import processing

    dem = write_dem(tmp_path / "dem.tif", box_pits())
    volumes = []
    for crs in ("EPSG:25832", "EPSG:4326"):
        layer = polygon_layer([cell_box(3, 6, 6, 9)])  # fills pit B with a building
        if crs == "EPSG:4326":
            layer = processing.run(
                "native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"}
            )["OUTPUT"]
        result = processing.run(
            "smartcity:depressions",
            {
                "DEM": dem,
                "BUILDINGS": layer,
                "OUTPUT": "memory:",
                "SINK_DEPTH": str(tmp_path / f"s{len(volumes)}.tif"),
            },
        )
        volumes.append(sum(feature["volume_m3"] for feature in result["OUTPUT"].getFeatures()))
    # Pit B is built over: pit A and the 9.5 m wall now fill up to the plateau (10 m).
    assert volumes == [pytest.approx(9 * 2 + 3 * 0.5), pytest.approx(9 * 2 + 3 * 0.5)]


def test_rain_fill_spill_balances_and_classifies(provider, tmp_path):
    import processing

    dem = box_pits()
    path = write_dem(tmp_path / "dem.tif", dem)
    result = processing.run(
        "smartcity:rainfillspill",
        {
            "DEM": path,
            "RAIN_MM": 200.0,
            "WATER_DEPTH": str(tmp_path / "depth.tif"),
            "FLOODED": str(tmp_path / "flooded.gpkg"),
            "PONDS": str(tmp_path / "ponds.gpkg"),
        },
    )
    assert result["RAIN_M3"] == pytest.approx(dem.size * 0.2)
    assert result["STORED_M3"] + result["OUTFLOW_M3"] == pytest.approx(result["RAIN_M3"])
    depth = read_band(result["WATER_DEPTH"])
    assert np.nansum(depth) == pytest.approx(result["STORED_M3"], rel=1e-5)
    flooded = {feature["class"]: feature for feature in QgsVectorLayer(result["FLOODED"], "f").getFeatures()}
    area = sum(feature["area_m2"] for feature in flooded.values())
    assert area == pytest.approx(np.count_nonzero(depth >= 0.05))
    ponds = list(QgsVectorLayer(result["PONDS"], "p").getFeatures())
    assert sum(pond["volume_m3"] for pond in ponds) == pytest.approx(result["STORED_M3"], rel=1e-5)
    surfaces = {round(float(level), 6) for level in (dem + depth)[depth > 0]}
    assert {round(pond["level"], 6) for pond in ponds} <= surfaces


def test_affected_buildings_in_the_water(provider, tmp_path):
    import processing

    dem = box_pits()
    path = write_dem(tmp_path / "dem.tif", dem)
    depth = processing.run(
        "smartcity:rainfillspill",
        {"DEM": path, "RAIN_MM": 2000.0, "WATER_DEPTH": str(tmp_path / "depth.tif"), "FLOODED": "memory:"},
    )["WATER_DEPTH"]
    buildings = polygon_layer([cell_box(0, 1, 0, 1), cell_box(4, 5, 3, 4)])
    result = processing.run(
        "smartcity:affectedbuildings",
        {"BUILDINGS": buildings, "WATER_DEPTH": depth, "OUTPUT": "memory:", "SUMMARY": "memory:"},
    )
    risk = {feature["name"]: feature["risk"] for feature in result["OUTPUT"].getFeatures()}
    assert risk == {"b0": 0, "b1": 4}
    summary = {feature["risk"]: feature["buildings"] for feature in result["SUMMARY"].getFeatures()}
    assert summary == {0: 1, 1: 0, 2: 0, 3: 0, 4: 1}


def test_flow_paths_follow_the_valley(provider, tmp_path):
    import processing

    y, x = np.mgrid[0:60, 0:31]
    path = write_dem(tmp_path / "valley.tif", (np.abs(x - 15) * 1.0 + y * 0.2).astype(np.float32))
    for method in (0, 1):
        result = processing.run(
            "smartcity:flowpaths",
            {
                "DEM": path,
                "METHOD": method,
                "THRESHOLD": 50.0,
                "ACCUMULATION": str(tmp_path / f"area{method}.tif"),
                "OUTPUT": "memory:",
            },
        )
        area = read_band(result["ACCUMULATION"])
        assert np.nansum(area[0, 1:-1]) == pytest.approx(area.size - 2 * 60 - 2 * 29, rel=0.05)
    longest = max(result["OUTPUT"].getFeatures(), key=lambda feature: feature["area_m2"])
    assert longest.geometry().boundingBox().xMinimum() == pytest.approx(LEFT + 15.5)


@pytest.mark.parametrize(
    "heights, epsg, message",
    [
        (box_pits(), 4326, "geographic"),
        (np.full((5, 5), -9999, dtype=np.float32), 25832, "no data"),
    ],
)
def test_bad_terrain_is_refused_before_any_output(provider, tmp_path, heights, epsg, message):
    import processing

    path = write_dem(
        tmp_path / "dem.tif", heights, epsg=epsg, nodata=-9999, cell=1.0 if epsg != 4326 else 1e-5
    )
    target = tmp_path / "sinks.gpkg"
    with pytest.raises(QgsProcessingException, match=message):
        processing.run(
            "smartcity:depressions",
            {"DEM": path, "OUTPUT": str(target), "SINK_DEPTH": str(tmp_path / "s.tif")},
        )
    assert not target.exists() and not (tmp_path / "s.tif").exists()


def test_cancel_leaves_no_files(provider, tmp_path):
    import processing

    path = write_dem(tmp_path / "dem.tif", box_pits())
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        processing.run(
            "smartcity:rainfillspill",
            {"DEM": path, "WATER_DEPTH": str(tmp_path / "d.tif"), "FLOODED": str(tmp_path / "f.gpkg")},
            feedback=feedback,
        )
    assert sorted(file.name for file in tmp_path.iterdir()) == ["dem.tif"]


def test_runoff_from_a_coefficient_raster_and_roofs_into_the_sewer(provider, tmp_path):
    import processing

    dem = box_pits()
    path = write_dem(tmp_path / "dem.tif", dem)
    half = write_dem(tmp_path / "c.tif", np.full((5, 6), 0.5, dtype=np.float32), cell=2.0)  # coarser grid
    roof = polygon_layer([cell_box(3, 6, 6, 9)])  # 9 cells over pit B
    base = {"DEM": path, "RAIN_MM": 100.0, "WATER_DEPTH": "TEMPORARY_OUTPUT", "FLOODED": "memory:"}
    full = processing.run("smartcity:rainfillspill", base)["RAIN_M3"]
    assert full == pytest.approx(dem.size * 0.1)
    assert processing.run("smartcity:rainfillspill", {**base, "RUNOFF_RASTER": half})[
        "RAIN_M3"
    ] == pytest.approx(full / 2)
    sewer = processing.run("smartcity:rainfillspill", {**base, "BUILDINGS": roof, "ROOF_WATER": 1})
    assert sewer["RAIN_M3"] == pytest.approx(full - 9 * 0.1)


def test_a_dem_without_crs_is_named_as_such(provider, tmp_path):
    import processing
    from osgeo import gdal

    path = write_dem(tmp_path / "dem.tif", box_pits())
    raster = gdal.Open(path, gdal.GA_Update)
    raster.SetProjection("")
    raster = None
    with pytest.raises(QgsProcessingException, match="has no CRS"):
        processing.run(
            "smartcity:depressions",
            {"DEM": path, "OUTPUT": "memory:", "SINK_DEPTH": str(tmp_path / "sink.tif")},
        )
