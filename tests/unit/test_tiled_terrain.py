"""Tiled terrain (filling, flats, D8 contributing area) against the whole-raster algorithms, bit for
bit; on tile folders through GDAL; on a 2-worker Dask cluster; cancelling leaves nothing."""

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr

from smartcity_qgis.core import engines
from smartcity_qgis.core.errors import InputError
from smartcity_qgis.core.grid import make_grid
from smartcity_qgis.core.heavyrain import district, terrain, tiled, tiled_depressions

COMPILED = terrain.kernels(compiled=True)
CLUSTER_CASES = Path(__file__).with_name("cluster_cases.py")
osr.UseExceptions()  # the tests' own CRS handling (GDAL ≥ 3.9 warns unless a mode is chosen)


def rough_terrain(rows, columns, seed):
    """Random hills and pits, a nodata hole, and a flat plateau lower than its surroundings
    (filled to one level) that crosses several tile borders."""
    rng = np.random.default_rng(seed)
    dem = np.cumsum(np.cumsum(rng.normal(size=(rows, columns)), axis=0), axis=1) * 0.05
    dem += rng.random((rows, columns)) * 2.0
    dem[20:23, 30:34] = np.nan
    dem[38:52, 4:45] = np.nanmin(dem) - 1.0  # a closed flat basin
    dem[30:45, 50:] = np.round(dem[30:45, 50:])  # natural flats: heights in whole metres
    return dem.astype(np.float32)


def tiled_results(dem, tile_size, folder, engine=None, compiled=True):
    layout = tiled.Layout(*dem.shape, tile_size)
    store = tiled.Store(folder)
    tiled.analyse(tiled.ArraySource(dem), layout, store, engine, compiled=compiled)
    return tiled.mosaic(store, layout, "surface"), tiled.mosaic(store, layout, "area")


@pytest.mark.parametrize("tile_size", [7, 16, 25, 1000])
def test_tiles_give_the_whole_raster_results_bit_for_bit(tile_size, tmp_path):
    dem = rough_terrain(60, 70, seed=9)
    whole = terrain.flow(make_grid(dem), COMPILED)
    surface, area = tiled_results(dem, tile_size, tmp_path)
    assert np.array_equal(surface, whole.filled, equal_nan=True)
    assert np.array_equal(area, whole.area)
    assert {path.name.split("-")[0] for path in tmp_path.iterdir()} == {
        "surface",
        "area",
    }  # nothing else left


def test_settling_runs_a_key_once_per_naming_while_it_waits_and_again_once_it_ran():
    named = {0: [[2, 3], []], 3: [[0]]}  # what each run of a key names, run after run
    runs = []
    engines.SerialEngine().settle(
        runs.append,
        lambda key: (key,),
        [0, 1, 2],
        lambda key, _result: named.get(key, [[]]).pop(0) if key in named else [],
        engines.Monitor(),
    )
    assert runs == [0, 1, 2, 3, 0]


def checked_searches(folder, monkeypatch, engine=None):
    """The filled surface of a rough DEM in 7-cell tiles and, per search after a tile's first, its
    own check whether a neighbour offered a shorter way (:func:`.tiled.halo_shortens`); the DEM."""
    checks = []
    check = tiled.halo_shortens
    monkeypatch.setattr(tiled, "halo_shortens", lambda *padded: checks.append(check(*padded)) or checks[-1])
    dem = rough_terrain(60, 70, seed=9)
    surface, _area = tiled_results(dem, 7, folder, engine)
    return surface, checks, dem


def test_a_tile_is_searched_again_only_when_a_neighbour_offers_a_shorter_way(tmp_path, monkeypatch):
    surface, checks, dem = checked_searches(tmp_path, monkeypatch)
    assert np.array_equal(surface, terrain.flow(make_grid(dem), COMPILED).filled, equal_nan=True)
    assert checks and all(checks)  # every search after a tile's first had a shorter way to take


def test_the_tiles_edges_alone_tell_whether_a_tile_must_be_searched_again():
    """From each tile's edge lines (as the settling keeps them) against every cell pair across the
    tile's border, counted one by one on whole rasters; few cells offer a shorter way, so the
    corners often decide."""
    expected, told = [], []
    for seed in range(30):
        heights, distances = random_flats(seed, 23, 26)
        layout = tiled.Layout(*heights.shape, 6)
        not_searched = {5, 13}  # tiles without edges yet: they offer nothing
        rims = {
            index: tiled.Rim(
                *(tiled.edge_lines(window(array, layout, index)) for array in (heights, distances))
            )
            for index in range(layout.count)
            if index not in not_searched
        }
        for index in sorted(rims):
            expected.append(offered_shorter_way(heights, distances, layout, index, not_searched))
            told.append(tiled.rim_shortens(layout, index, rims))
    assert told == expected and 0.1 < np.mean(expected) < 0.9


def random_flats(seed, rows, columns):
    """Heights with many equal neighbours and nodata; flat distances mostly 2, few 0, some unknown."""
    rng = np.random.default_rng(seed)
    heights = rng.integers(0, 3, (rows, columns)).astype(np.float32)
    heights[rng.random((rows, columns)) < 0.1] = np.nan
    distances = np.where(rng.random((rows, columns)) < 0.03, 0, 2).astype(np.int32)
    distances[rng.random((rows, columns)) < 0.2] = tiled.plain_kernels.UNREACHED
    return heights, distances


def window(array, layout, index):
    top, left, height, width = layout.window(index)
    return array[top : top + height, left : left + width]


def offered_shorter_way(heights, distances, layout, index, not_searched):
    """Whether a cell of another searched tile, next to one of the tile's cells and as high, is one
    step closer to the flat's outlet than that cell (checked cell pair by cell pair)."""
    rows, columns = heights.shape

    def tile_of(row, column):
        return row // layout.tile_size * layout.tile_columns + column // layout.tile_size

    def offers(r, c, row, column):
        same = heights[r, c] == heights[row, column]
        return (
            same and tile_of(r, c) not in not_searched and int(distances[r, c]) + 1 < distances[row, column]
        )

    return any(
        offers(r, c, row, column)
        for row in range(rows)
        for column in range(columns)
        if tile_of(row, column) == index
        for r in range(max(0, row - 1), min(rows, row + 2))
        for c in range(max(0, column - 1), min(columns, column + 2))
        if tile_of(r, c) != index
    )


def test_a_result_saved_by_two_tasks_at_once_is_always_read_whole(tmp_path):
    """A tile's surface is stored by the first task that makes it; two may do so at once."""
    store = tiled.Store(tmp_path)
    arrays = [np.full((300, 300), value, np.float32) for value in (1.0, 2.0)]
    together = threading.Barrier(2)
    failed = []

    def save(array):
        together.wait()
        try:
            for _time in range(30):
                store.save("surface", 0, array)
        except OSError as error:
            failed.append(error)

    threads = [threading.Thread(target=save, args=(array,)) for array in arrays]
    for thread in threads:
        thread.start()
    seen = set()
    while any(thread.is_alive() for thread in threads):
        if store.exists("surface", 0):
            seen.update(np.unique(np.asarray(store.load("surface", 0))).tolist())
    for thread in threads:
        thread.join()
    assert not failed and seen <= {1.0, 2.0} and len(os.listdir(tmp_path)) == 1


def test_a_flat_crossing_nine_tiles_drains_every_cell_through_its_one_outlet(tmp_path):
    dem = np.full((30, 30), 5.0, dtype=np.float32)
    dem[0, :] = dem[:, 0] = dem[-1, :] = dem[:, -1] = 9.0
    dem[0, 15] = 4.0  # the only way out: an edge cell lower than the flat
    surface, area = tiled_results(dem, 10, tmp_path, compiled=False)
    assert np.array_equal(surface, dem)
    # all 28 × 28 inner cells reach the outlet; the other edge cells drain straight out
    assert area[0, 15] == 28 * 28 + 1
    edge = np.ones(dem.shape, bool)
    edge[1:-1, 1:-1] = False
    assert np.count_nonzero(area[edge] == 1) == 4 * 29 - 1
    assert np.array_equal(area, terrain.flow(make_grid(dem), COMPILED).area)


def test_a_pit_where_four_tiles_meet_fills_to_its_rim(tmp_path):
    y, x = np.mgrid[0:41, 0:41] - 20
    dem = (0.01 * (x**2 + y**2)).astype(np.float32)  # a bowl: it fills to its lowest edge cell, 4 m
    surface, _area = tiled_results(dem, 20, tmp_path)
    assert np.array_equal(surface, np.maximum(dem, np.float32(4.0)))


def tiled_depression_table(dem, tile_size, min_depth, folder):
    """The depressions of ``dem`` found tile by tile and merged."""
    layout = tiled.Layout(*dem.shape, tile_size)
    store = tiled.Store(folder)
    source = tiled.ArraySource(dem)
    tiled.analyse(source, layout, store, compiled=True)
    parts = []
    for index in range(layout.count):
        surface = np.asarray(store.load("surface", index))
        parts.append(
            tiled_depressions.tile_depressions(
                layout, index, surface, surface - source.read(*layout.window(index))
            )
        )
    return tiled_depressions.merge_depressions(layout, parts, min_depth)


def test_pieces_meeting_across_borders_join_as_a_graph_of_all_pieces_does():
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    rng = np.random.default_rng(3)
    for total, pairs in ((500, 300), (40, 60), (10, 0)):
        tail, head = rng.integers(0, total, (2, pairs))
        count, component = tiled_depressions.joined_pieces(total, tail, head)
        graph = coo_matrix((np.ones(pairs), (tail, head)), shape=(total, total))
        expected_count, expected = connected_components(graph, directed=False)
        assert count == expected_count
        assert component.min() == 0 and component.max() == count - 1
        assert len(set(zip(component, expected))) == count  # the same areas


def test_a_tilted_plane_has_no_depressions_across_tiles(tmp_path):
    rows, columns = np.mgrid[0:30, 0:40]
    table = tiled_depression_table((rows * 0.2 + columns * 0.1).astype(np.float32), 7, 0.0, tmp_path)
    assert len(table) == 0
    assert list(table.columns) == [
        "id",
        "area_m2",
        "max_depth",
        "mean_depth",
        "volume_m3",
        "pour_z",
        "deepest",
    ]


@pytest.mark.parametrize("tile_size, min_depth", [(7, 0.0), (16, 0.3), (1000, 0.0)])
def test_depressions_across_tiles_are_those_of_the_whole_raster(tile_size, min_depth, tmp_path):
    dem = rough_terrain(60, 70, seed=9)
    grid = make_grid(dem)
    whole, _labels = terrain.depressions(grid, terrain.flow(grid, COMPILED), min_depth, COMPILED)
    table = tiled_depression_table(dem, tile_size, min_depth, tmp_path)
    assert len(table) == len(whole) > 20
    for exact in ("id", "area_m2", "max_depth", "pour_z"):
        assert np.array_equal(table[exact].to_numpy(), whole[exact].to_numpy()), exact
    for summed in ("volume_m3", "mean_depth"):  # float sums in another order
        assert np.allclose(table[summed], whole[summed], rtol=1e-12, atol=0)
    row, column = np.divmod(table["deepest"].to_numpy(), dem.shape[1])
    depth = grid.dem * 0 + terrain.flow(grid, COMPILED).filled - dem
    assert np.array_equal(depth[row, column].astype(float), table["max_depth"].to_numpy())


def write_tiles(dem, folder, size, driver="GTiff", with_crs=True, cell=1.0):
    """``dem`` cut into ``size``-cell GeoTIFF (or XYZ) files in EPSG:25832 at 1 m."""
    os.makedirs(folder, exist_ok=True)
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(25832)
    for top in range(0, dem.shape[0], size):
        for left in range(0, dem.shape[1], size):
            part = np.where(
                np.isnan(dem[top : top + size, left : left + size]),
                -9999,
                dem[top : top + size, left : left + size],
            )
            memory = gdal.GetDriverByName("MEM").Create("", part.shape[1], part.shape[0], 1, gdal.GDT_Float32)
            memory.SetGeoTransform((412000.0 + left * cell, cell, 0, 5380000.0 - top * cell, 0, -cell))
            if with_crs:
                memory.SetProjection(reference.ExportToWkt())
            memory.GetRasterBand(1).SetNoDataValue(-9999)
            memory.GetRasterBand(1).WriteArray(part)
            extension = {"GTiff": "tif", "XYZ": "xyz"}[driver]
            gdal.GetDriverByName(driver).CreateCopy(
                os.path.join(folder, f"dgm1_{top}_{left}.{extension}"), memory
            )


def read(path):
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray()
    return np.where(values == band.GetNoDataValue(), np.nan, values)


@pytest.mark.parametrize("driver, with_crs", [("GTiff", True), ("XYZ", False)])
def test_a_folder_of_dgm1_tiles_gives_the_whole_raster_results(driver, with_crs, tmp_path):
    dem = rough_terrain(60, 70, seed=11)
    write_tiles(dem, tmp_path / "dgm1", 25, driver, with_crs)
    crs = None
    if not with_crs:
        reference = osr.SpatialReference()
        reference.ImportFromEPSG(25832)
        crs = reference.ExportToWkt()
    run = district.analyse_district(str(tmp_path / "dgm1"), str(tmp_path / "out"), 16, crs, compiled=True)
    paths = run.paths
    assert run.layout.count == 4 * 5
    gdal.BuildVRT(str(tmp_path / "dgm1.vrt"), sorted(map(str, (tmp_path / "dgm1").iterdir())))
    dem = read(str(tmp_path / "dgm1.vrt")).astype(np.float32)  # as stored: XYZ rounds the heights
    whole = terrain.flow(make_grid(dem), COMPILED)
    assert np.array_equal(read(paths["filled"]), whole.filled, equal_nan=True)
    assert np.array_equal(read(paths["sink_depth"]), whole.filled - dem, equal_nan=True)
    assert np.array_equal(np.nan_to_num(read(paths["contributing_area"])), whole.area)
    out = sorted(os.listdir(tmp_path / "out"))
    assert out == [
        "contributing_area",
        "contributing_area.vrt",
        "filled",
        "filled.vrt",
        "sink_depth",
        "sink_depth.vrt",
    ]
    tile = next((tmp_path / "out" / "filled").iterdir())
    assert "LAYOUT=COG" in gdal.Info(str(tile))
    assert os.stat(tile).st_mode & stat.S_IROTH or os.umask(0o022) & 0o004  # readable as the umask allows
    assert osr.SpatialReference(gdal.Open(paths["filled"]).GetProjection()).GetAuthorityCode(None) == "25832"


def test_a_tile_source_read_from_several_threads_opens_the_raster_in_each(tmp_path):
    """Threaded Dask workers share one source between their tasks; one GDAL dataset read from two
    threads at once fails ("TIFFReadEncodedStrip: Read error")."""
    from smartcity_qgis.core.heavyrain.tile_rasters import RasterSource, build_mosaic

    dem = rough_terrain(60, 70, seed=12)
    write_tiles(dem, tmp_path / "dgm1", 30)
    path = build_mosaic(str(tmp_path / "dgm1"), str(tmp_path / "dem.vrt"))
    source = RasterSource(path)
    together = threading.Barrier(3)
    seen = []

    def read_rows(top):
        together.wait()
        seen.append((source.dataset(), top, source.read(top, 0, 20, 70)))

    threads = [threading.Thread(target=read_rows, args=(top,)) for top in (0, 20, 40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(dataset) for dataset, _top, _rows in seen}) == 3
    for _dataset, top, rows in seen:
        assert np.array_equal(rows, dem[top : top + 20], equal_nan=True)


def test_tile_overviews_are_block_means_that_stay_within_the_values(tmp_path):
    """A sink-depth tile: zero with deep pits and a nodata hole. Its overview is the mean of each
    2 × 2 block's valid cells (numpy's reading), so never below zero as cubic overviews are."""
    from smartcity_qgis.core.heavyrain.tile_rasters import write_cog

    rng = np.random.default_rng(3)
    depth = np.zeros((1024, 1024), np.float32)
    for row, column in rng.integers(0, 1000, (200, 2)):
        depth[row : row + 5, column : column + 5] = rng.random() * 2.0
    depth[100:141, 200:231] = np.nan
    write_cog(str(tmp_path / "depth.tif"), depth, (0.0, 1.0, 0.0, 0.0, 0.0, -1.0), "")
    dataset = gdal.Open(str(tmp_path / "depth.tif"))
    band = dataset.GetRasterBand(1)
    overview = band.GetOverview(0).ReadAsArray()
    blocks = depth.reshape(512, 2, 512, 2).transpose(0, 2, 1, 3).reshape(512, 512, 4)
    with np.errstate(invalid="ignore"), pytest.warns(RuntimeWarning, match="Mean of empty slice"):
        expected = np.nanmean(blocks, axis=2)
    assert np.allclose(
        np.where(overview == band.GetNoDataValue(), np.nan, overview), expected, equal_nan=True
    )
    assert overview[np.isfinite(expected)].min() == 0.0


def test_unusable_tile_sets_are_refused_with_a_message(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no DEM tiles"):
        district.analyse_district(str(tmp_path / "empty"), str(tmp_path / "out"))
    write_tiles(np.ones((20, 20), np.float32), tmp_path / "mixed", 20)
    write_tiles(np.ones((10, 10), np.float32), tmp_path / "mixed" / "half", 10, cell=0.5)
    with pytest.raises(InputError, match="different cell sizes"):
        district.analyse_district(str(tmp_path / "mixed"), str(tmp_path / "out"))
    write_tiles(np.ones((20, 20), np.float32), tmp_path / "nocrs", 20, "XYZ", with_crs=False)
    with pytest.raises(InputError, match="no CRS"):
        district.analyse_district(str(tmp_path / "nocrs"), str(tmp_path / "out"))
    assert os.listdir(tmp_path / "out") == []


def test_refusals_are_the_same_where_gdal_raises_exceptions(tmp_path):
    """QGIS or another plugin may have switched GDAL to exceptions: still a message, nothing left."""
    write_tiles(np.ones((20, 20), np.float32), tmp_path / "nocrs", 20, "XYZ", with_crs=False)
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "tile.tif").write_bytes(b"not a GeoTIFF")
    raising = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        with pytest.raises(InputError, match="no CRS"):
            district.analyse_district(str(tmp_path / "nocrs"), str(tmp_path / "out"))
        with pytest.raises(InputError, match="cannot read the DEM tile"):
            district.analyse_district(str(tmp_path / "broken"), str(tmp_path / "out"))
    finally:
        if not raising:
            gdal.DontUseExceptions()
    assert os.listdir(tmp_path / "out") == []


def test_dask_clusters_in_a_process_of_their_own():
    """The cases on real Dask clusters (cluster_cases.py) run in a fresh Python: a cluster's threads
    and spawned workers must not share a process with the QGIS the other tests start."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:qgis", "-p", "no:cacheprovider", str(CLUSTER_CASES)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "13 passed" in done.stdout
