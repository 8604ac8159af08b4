"""Where tile tasks run: one after another in this process, or on a Dask cluster (a local one with
the machine's cores, or a city's scheduler at an address). Dask is optional."""

from __future__ import annotations

import os
import tempfile
import threading
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass

from .errors import N_, Cancelled, InputError

POLL_SECONDS = 0.2  # how often a Dask run looks at progress and cancelling
# The plugin's local cluster shares the machine's cores with QGIS.
LOCAL_SETTINGS = {
    # Dask starts local worker processes with glibc's MALLOC_TRIM_THRESHOLD_ set, which also fixes
    # the mmap threshold: every array of every tile is then mapped and its pages faulted in afresh.
    # The same serial district run took 55.6 s with it and 33.2 s without.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # No statistical profiling of the tasks, Dask's periodic checks less often: an idle 2-worker
    # cluster then used 0.16 s of CPU in 10 s instead of 1.07 s.
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@dataclass
class Monitor:
    """Progress and cancelling of a run: ``report(step, done, total)`` and ``stopped()``."""

    report: object = None
    stopped: object = None
    step: str = ""

    def check(self):
        if self.stopped is not None and self.stopped():
            raise Cancelled()

    def done(self, done, total):
        if self.report is not None:
            self.report(self.step, done, total)


class SerialEngine:
    """Runs the tasks one after another in this process."""

    name = "serial"

    def map(self, function, calls, monitor):
        return self.wait(self.start(function, calls), monitor)

    def start(self, function, calls):
        """Tasks to run while others go first (here: when waited for)."""
        return Batch(function, list(calls))

    def wait(self, batch, monitor):
        """The results of a started :class:`Batch`, in order."""
        results = []
        for number, arguments in enumerate(batch.calls):
            monitor.check()
            results.append(batch.function(*arguments))
            monitor.done(number + 1, len(batch.calls))
        return results

    def settle(self, function, arguments_of, keys, follow, monitor):
        """Run ``function(*arguments_of(key))`` for each of ``keys`` and for every key that
        ``follow(key, result)`` names, until no key is left (a key named twice while it waits runs
        once). ``arguments_of(key)`` is called when the key's task is handed over to run."""
        waiting = list(keys)
        done = 0
        while waiting:
            monitor.check()
            key = waiting.pop(0)
            for named in follow(key, function(*arguments_of(key))):
                if named not in waiting:
                    waiting.append(named)
            done += 1
            monitor.done(done, done + len(waiting))

    def cancel(self):
        """Nothing runs unless waited for."""


@dataclass
class Batch:
    """Tasks started on a :class:`SerialEngine`."""

    function: object
    calls: list


class DaskBatch:
    """Tasks submitted to a Dask cluster and the results fetched so far."""

    def __init__(self, futures):
        self.futures = futures
        self.results = [None] * len(futures)

    def fetch(self, client):
        """Fetch the finished tasks' results and let their futures go (the worker frees the
        results); raises the first failed task's error. A result the scheduler reports as None is
        not fetched (one round trip to a worker less per such task)."""
        finished = [
            index for index, future in enumerate(self.futures) if future is not None and future.done()
        ]
        fetched = [index for index in finished if self.futures[index].type is not type(None)]
        if fetched:
            for index, result in zip(fetched, client.gather([self.futures[i] for i in fetched])):
                self.results[index] = result
        for index in finished:
            self.futures[index] = None

    def pending(self):
        return [future for future in self.futures if future is not None]


class DaskEngine:
    """Runs the tasks on the workers of a Dask ``distributed`` client; cancelling cancels them."""

    name = "dask"
    BACKGROUND = -1  # Dask priority of started tasks: the workers take them when nothing else waits

    def __init__(self, client):
        self.client = client
        self.batches = []
        # woken by the futures themselves: waiting with a timeout inside distributed
        # (``Future.result(timeout=…)``) sometimes failed with an UnboundLocalError under load
        self.ended = threading.Event()

    def map(self, function, calls, monitor):
        """The tasks' results in order, ahead of started tasks."""
        return self.wait(self.submit(function, calls, 0), monitor)

    def start(self, function, calls):
        """Tasks for the workers' idle moments: they run behind every task of :meth:`map`."""
        return self.submit(function, calls, self.BACKGROUND)

    def submit(self, function, calls, priority):
        """One message to the scheduler for all ``calls`` (not one per task)."""
        calls = list(calls)
        futures = self.client.map(function, *zip(*calls), pure=False, priority=priority) if calls else []
        for future in futures:
            future.add_done_callback(lambda _future: self.ended.set())
        batch = DaskBatch(futures)
        self.batches.append(batch)
        return batch

    def wait(self, batch, monitor):
        """The results of ``batch`` in order."""

        def finished():
            pending = len(batch.pending())
            monitor.done(len(batch.futures) - pending, len(batch.futures))
            return not pending

        self.poll(finished, monitor)
        self.batches.remove(batch)
        return batch.results

    def settle(self, function, arguments_of, keys, follow, monitor):
        """As :meth:`SerialEngine.settle`, ahead of started tasks: two keys per worker thread are
        submitted at once (the next one waits on the worker while the first runs), the others wait
        here, so a key named while it waits here still runs once; one named once submitted runs
        again after it (it may have read what changed)."""
        waiting, running, done = list(keys), {}, 0
        threads = 2 * max(1, self.threads())

        def submit_waiting():
            free = threads - len(running)
            for key in [key for key in waiting if key not in running][:free]:
                waiting.remove(key)
                running[key] = self.submit(function, [arguments_of(key)], 0)

        def settled():
            nonlocal done
            for key in [key for key, batch in running.items() if not batch.pending()]:
                batch = running.pop(key)
                self.batches.remove(batch)
                waiting.extend(named for named in follow(key, batch.results[0]) if named not in waiting)
                done += 1
            submit_waiting()
            monitor.done(done, done + len(running) + len(waiting))
            return not running

        submit_waiting()
        self.poll(settled, monitor)

    def poll(self, finished, monitor):
        """Wait until ``finished()``, fetching every batch's results as soon as its tasks end, so a
        worker holds no finished results (its memory does not grow with the number of tiles)."""
        try:
            while True:
                self.ended.clear()
                for batch in self.batches:
                    batch.fetch(self.client)
                if finished():
                    return
                monitor.check()
                self.ended.wait(POLL_SECONDS)
        except BaseException:
            self.cancel()
            raise

    def cancel(self):
        """Cancel every task not finished yet."""
        for batch in self.batches:
            self.client.cancel(batch.pending())
        self.batches.clear()

    def workers(self):
        return len(self.client.scheduler_info().get("workers", {}))

    def threads(self):
        """How many tasks the cluster's workers run at once."""
        return sum(self.client.nthreads().values())


def dask_available():
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


@contextmanager
def open_engine(address=None, workers=None, processes=False):
    """A :class:`DaskEngine` on the scheduler at ``address``, or on a local cluster of ``workers``
    (default: one per core; threads unless ``processes``, which the numba kernels use in parallel
    since they release the GIL). Closed again afterwards."""
    import dask
    import distributed

    if address:
        try:
            client = distributed.Client(address, timeout="20s")
        except (OSError, ValueError, TypeError) as error:
            raise InputError(
                N_("Cannot reach the Dask scheduler at {address}: {reason}"), address=address, reason=error
            ) from None
        try:
            ship_core(client)
            yield DaskEngine(client)
        finally:
            client.close()
        return
    with (
        dask.config.set(LOCAL_SETTINGS),
        distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield DaskEngine(client)


def ship_core(client):
    """Send the plugin's plain-Python core to the cluster's workers (they need numpy and GDAL's
    Python bindings of their own), so they can run its tile tasks; workers joining later get it too."""
    from distributed.diagnostics.plugin import UploadFile

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as folder:
        archive = os.path.join(folder, "smartcity_qgis_core.zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
            bundle.write(os.path.join(package, "__init__.py"), "smartcity_qgis/__init__.py")
            for root, _folders, names in os.walk(os.path.join(package, "core")):
                for name in names:
                    if name.endswith(".py"):
                        path = os.path.join(root, name)
                        bundle.write(path, os.path.join("smartcity_qgis", os.path.relpath(path, package)))
        # to the workers only (upload_file would also load it into the scheduler's process)
        client.register_plugin(UploadFile(archive))
