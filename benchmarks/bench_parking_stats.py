"""Parking statistics at scale: ours vs a plain pandas groupby over the same rows.

Builds FACILITIES × DAYS of 5-minute observations (default 200 × 365 ≈ 21 M rows), then runs
(a) the full statistics with profiles (time-weighted, gaps, DST-safe local profiles) and (b) the
baseline: a pandas groupby of the sample occupancy per facility plus a weekday × hour groupby,
interleaved in fresh processes (each builds the same rows first, outside the measurement).
Prints rows/s, the ratio ours/baseline in time (goal ≤ 1.5) and in peak memory (tracemalloc, goal
≤ 1.5).
Usage: bench_parking_stats.py [facilities] [days]
"""

import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fair import fresh, interleave, ratios, verdict  # noqa: E402

from smartcity_qgis.core.parking.stats import parking_statistics  # noqa: E402

STEP_MINUTES = 5


def observations(facilities, days):
    per_facility = days * 24 * 60 // STEP_MINUTES
    start = pd.Timestamp("2025-01-01T00:00:00Z").value
    times = start + np.arange(per_facility, dtype=np.int64) * STEP_MINUTES * 60_000_000_000
    generator = np.random.default_rng(7)
    ids = np.repeat(np.array([f"P{index:03d}" for index in range(facilities)], dtype=object), per_facility)
    frame = pd.DataFrame(
        {
            "facility_id": ids,
            "time": pd.to_datetime(np.tile(times, facilities), utc=True),
            "occupied": generator.integers(0, 101, facilities * per_facility),
        }
    )
    names = [f"P{index:03d}" for index in range(facilities)]
    capacities = pd.DataFrame({"facility_id": names, "capacity": 100})
    return capacities, frame


def baseline(facilities, frame):
    rate = frame["occupied"] / frame["facility_id"].map(facilities.set_index("facility_id")["capacity"])
    local = frame["time"].dt.tz_convert("Europe/Berlin")
    per_facility = rate.groupby(frame["facility_id"]).agg(["mean", "median", "max"])
    profile = rate.groupby([frame["facility_id"], local.dt.weekday, local.dt.hour]).mean()
    return per_facility, profile


def measure(kind, facility_count, days):
    """Seconds of one run of ``kind`` and its peak Python memory (a second, traced run)."""
    facilities, frame = observations(facility_count, days)
    function = parking_statistics if kind == "ours" else baseline
    started = time.perf_counter()
    function(facilities, frame)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    function(facilities, frame)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"seconds": seconds, "peak": peak}


def main():
    facility_count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    days = int(sys.argv[2]) if len(sys.argv) > 2 else 365
    runs = interleave(
        {kind: lambda kind=kind: fresh(__file__, kind, facility_count, days) for kind in ("baseline", "ours")}
    )
    rows = facility_count * days * 24 * 60 // STEP_MINUTES
    print(f"parking statistics: {rows / 1e6:.1f} M rows ({facility_count} facilities × {days} days, 5 min)")
    for kind, label in (("baseline", "pandas groupby baseline"), ("ours", "smartcity statistics")):
        seconds = statistics.median(run["seconds"] for run in runs[kind])
        peak = max(run["peak"] for run in runs[kind])
        print(
            f"  {label:24s} {seconds:8.2f} s  {rows / seconds / 1e6:6.2f} M rows/s  peak {peak / 1e9:.2f} GB"
        )
    seconds = {kind: [run["seconds"] for run in runs[kind]] for kind in runs}
    peaks = {kind: [run["peak"] for run in runs[kind]] for kind in runs}
    verdict("parking statistics / pandas groupby", ratios(seconds["ours"], seconds["baseline"]), 1.5)
    verdict("parking statistics peak memory / pandas groupby", ratios(peaks["ours"], peaks["baseline"]), 1.5)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        print(json.dumps(measure(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
    else:
        main()
