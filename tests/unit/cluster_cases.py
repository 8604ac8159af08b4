"""Tiled terrain on real Dask clusters (run in a process of their own by test_tiled_terrain.py):
two workers give the whole-raster results and hold no finished results, cancelling leaves nothing,
a scheduler address gets the plugin's core shipped to its workers, a failing task stops the run."""

import os
import sys
import time

import numpy as np
import pytest

from smartcity_qgis.core import engines
from smartcity_qgis.core.errors import Cancelled, InputError
from smartcity_qgis.core.grid import make_grid
from smartcity_qgis.core.heavyrain import district, terrain
from tests.unit.test_tiled_terrain import (
    COMPILED,
    checked_searches,
    read,
    rough_terrain,
    tiled_results,
    write_tiles,
)

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")


def test_a_two_worker_dask_cluster_gives_the_same_results(tmp_path):
    dem = rough_terrain(60, 70, seed=4)
    whole = terrain.flow(make_grid(dem), COMPILED)
    with engines.open_engine(workers=2, processes=True) as engine:
        assert engine.workers() == 2
        surface, area = tiled_results(dem, 16, tmp_path, engine)
        trim = engine.client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
        profiling = engine.client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert np.array_equal(surface, whole.filled, equal_nan=True)
    assert np.array_equal(area, whole.area)
    assert list(trim.values()) == [None, None]  # glibc's adaptive mmap threshold left on
    assert list(profiling.values()) == [False, False]  # the workers' cores go to the tiles


def test_threaded_workers_give_the_same_results_from_a_tile_folder(tmp_path):
    """The plugin's own local cluster: worker threads in one process share each task batch's
    arguments, the tile source among them."""
    dem = rough_terrain(60, 70, seed=6)
    write_tiles(dem, tmp_path / "dgm1", 20)
    with engines.open_engine(workers=2) as engine:
        paths = district.analyse_district(
            str(tmp_path / "dgm1"), str(tmp_path / "out"), 10, None, engine
        ).paths
    whole = terrain.flow(make_grid(dem), COMPILED)
    assert np.array_equal(read(paths["filled"]), whole.filled, equal_nan=True)
    assert np.array_equal(np.nan_to_num(read(paths["contributing_area"])), whole.area)


def test_cancelling_on_a_cluster_leaves_no_results(tmp_path):
    dem = rough_terrain(60, 70, seed=2)
    write_tiles(dem, tmp_path / "dgm1", 30)
    reports = []
    monitor = engines.Monitor(report=lambda *step: reports.append(step), stopped=lambda: len(reports) > 3)
    with engines.open_engine(workers=2) as engine, pytest.raises(Cancelled):
        district.analyse_district(str(tmp_path / "dgm1"), str(tmp_path / "out"), 8, None, engine, monitor)
    assert os.listdir(tmp_path / "out") == []


def slow_tile(index, folder):
    """A tile task: the first fails at once, the others take a second and leave a mark."""
    if index == 0:
        raise ValueError("tile 0 is broken")
    time.sleep(1.0)
    (folder / f"tile-{index}").touch()


def test_a_tile_whose_search_runs_is_searched_again_only_if_it_missed_a_shorter_way(tmp_path, monkeypatch):
    """Two workers search neighbouring tiles at once; a tile named while its search runs checks its
    neighbours' edges when it ends instead of being searched again regardless."""
    with engines.open_engine(workers=2) as engine:  # threads: they see the counting check
        surface, checks, dem = checked_searches(tmp_path, monkeypatch, engine)
    assert np.array_equal(surface, terrain.flow(make_grid(dem), COMPILED).filled, equal_nan=True)
    assert checks and all(checks)


def test_a_failing_task_stops_the_run_with_its_error(tmp_path):
    with engines.open_engine(workers=2) as engine, pytest.raises(ValueError, match="tile 0 is broken"):
        engine.map(slow_tile, [(index, tmp_path) for index in range(12)], engines.Monitor())
    time.sleep(1.5)  # what was running when the error came ends; nothing else starts
    assert len(os.listdir(tmp_path)) <= 4  # not the 11 of running every task


def ten_megabytes(index):
    """A tile task with a large result (10 MB; a rough 1 km² tile's depressions are 1.7 MB)."""
    time.sleep(0.05)
    return np.full(10**7 // 8, index, dtype=np.int64)


def test_workers_do_not_hold_finished_results():
    held = []

    def stored_results(_step, _done, _total):
        held.append(sum(engine.client.run(lambda dask_worker: len(dask_worker.data)).values()))

    with engines.open_engine(workers=2, processes=True) as engine:
        results = engine.map(
            ten_megabytes, [(index,) for index in range(40)], engines.Monitor(stored_results)
        )
    assert [int(result[-1]) for result in results] == list(range(40))  # all, in order
    assert len(held) > 5 and max(held) <= 20  # fetched as they end, not all 40 (400 MB) held to the end


def odd_or_none(index):
    return index if index % 2 else None


def test_results_reported_as_none_are_not_fetched():
    fetched = []
    with engines.open_engine(workers=2, processes=True) as engine:
        gather = engine.client.gather
        engine.client.gather = lambda futures: gather(fetched.extend(futures) or futures)
        results = engine.map(odd_or_none, [(index,) for index in range(20)], engines.Monitor())
    assert results == [index if index % 2 else None for index in range(20)]
    assert len(fetched) == 10  # the odd ones; the scheduler said the others were None


def marked_task(name, folder, seconds):
    """A task that leaves a mark with the time it began."""
    (folder / f"{time.monotonic():.6f}-{name}").touch()
    time.sleep(seconds)
    return name


def test_started_tasks_run_behind_the_mapped_ones(tmp_path):
    with engines.open_engine(workers=1) as engine:
        later = engine.start(marked_task, [(f"later-{n}", tmp_path, 0.2) for n in range(6)])
        mapped = engine.map(marked_task, [(f"now-{n}", tmp_path, 0.05) for n in range(4)], engines.Monitor())
        assert engine.wait(later, engines.Monitor()) == [f"later-{n}" for n in range(6)]
    assert mapped == [f"now-{n}" for n in range(4)]
    order = [name.split("-", 1)[1] for name in sorted(os.listdir(tmp_path))]
    # at most the started tasks the worker had begun before the mapped ones came go first
    assert order.index("now-3") < order.index("later-3")
    assert sorted(order[-4:]) == ["later-2", "later-3", "later-4", "later-5"]


def test_started_results_are_fetched_while_other_tasks_are_waited_for():
    held = []

    def stored_results(_step, _done, _total):
        held.append(sum(engine.client.run(lambda dask_worker: len(dask_worker.data)).values()))

    with engines.open_engine(workers=2, processes=True) as engine:
        later = engine.start(ten_megabytes, [(index,) for index in range(30)])
        engine.map(time.sleep, [(0.05,) for _index in range(400)], engines.Monitor(stored_results))
        results = engine.wait(later, engines.Monitor())
    assert [int(result[-1]) for result in results] == list(range(30))
    assert len(held) > 5 and max(held) <= 20  # not the 30 results (300 MB) kept on the workers


def counted_task(key, folder):
    """A task that counts its runs in ``folder`` (key 0's first run takes a second) and says
    whether it ran for the first time."""
    runs = len(list(folder.glob(f"{key}-*-start")))
    (folder / f"{key}-{runs}-start").touch()
    time.sleep(1.0 if (key, runs) == (0, 0) else 0.0)
    (folder / f"{key}-{runs}-end").touch()
    return runs == 0


def test_a_key_named_while_its_task_runs_runs_again_afterwards(tmp_path):
    """Tile 1 ends while tile 0 still reads its old values: tile 0 must be searched again."""
    with engines.open_engine(workers=2) as engine:
        engine.settle(
            counted_task,
            lambda key: (key, tmp_path),
            [0, 1],
            lambda key, first: [0] if key == 1 and first else [],
            engines.Monitor(),
        )
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "0-0-end",
        "0-0-start",
        "0-1-end",
        "0-1-start",
        "1-0-end",
        "1-0-start",
    ]
    assert (tmp_path / "0-1-start").stat().st_mtime_ns >= (tmp_path / "0-0-end").stat().st_mtime_ns


def test_a_key_named_while_it_waits_runs_once_after_the_task_that_named_it(tmp_path):
    """On one worker tile 2 waits while tile 0 runs; named by tile 0, it still runs only once."""
    with engines.open_engine(workers=1) as engine:
        engine.settle(
            counted_task,
            lambda key: (key, tmp_path),
            [0, 1, 2],
            lambda key, first: [2] if key == 0 and first else [],
            engines.Monitor(),
        )
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        f"{key}-0-{mark}" for key in range(3) for mark in ("end", "start")
    ]
    assert (tmp_path / "2-0-start").stat().st_mtime_ns >= (tmp_path / "0-0-end").stat().st_mtime_ns


def test_a_scheduler_address_gets_the_core_shipped_to_its_workers(tmp_path):
    dem = rough_terrain(40, 40, seed=5)
    write_tiles(dem, tmp_path / "dgm1", 20)
    cluster = distributed.LocalCluster(n_workers=2, processes=True, dashboard_address=None)
    with cluster, engines.open_engine(cluster.scheduler_address) as engine:
        paths = district.analyse_district(
            str(tmp_path / "dgm1"), str(tmp_path / "out"), 16, None, engine
        ).paths
        shipped = engine.client.run(lambda: __import__("smartcity_qgis").__file__)
    assert all("smartcity_qgis_core.zip" in path for path in shipped.values())
    assert "zip" not in sys.modules["smartcity_qgis"].__file__  # the scheduler here did not load it
    assert np.array_equal(
        read(paths["filled"]), terrain.flow(make_grid(dem), COMPILED).filled, equal_nan=True
    )


def test_an_unreachable_scheduler_is_a_message():
    unreachable = engines.open_engine("tcp://127.0.0.1:9")
    with pytest.raises(InputError, match="Cannot reach the Dask scheduler"), unreachable:
        pass
