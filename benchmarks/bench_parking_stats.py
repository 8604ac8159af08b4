"""Parking statistics at scale: ours vs a plain pandas groupby over the same rows.

Builds FACILITIES × DAYS of 5-minute observations (default 200 × 365 ≈ 21 M rows), then runs
(a) the full statistics with profiles (time-weighted, gaps, DST-safe local profiles) and (b) the
baseline: a pandas groupby of the sample occupancy per facility plus a weekday × hour groupby.
Prints rows/s, the ratio ours/baseline (goal ≤ 2) and the peak memory of each (tracemalloc).
Usage: bench_parking_stats.py [facilities] [days]
"""

import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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


def measure(function, *arguments):
    started = time.perf_counter()
    function(*arguments)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    function(*arguments)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak


def main():
    facility_count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    days = int(sys.argv[2]) if len(sys.argv) > 2 else 365
    facilities, frame = observations(facility_count, days)
    rows = len(frame)
    base_seconds, base_peak = measure(baseline, facilities, frame)
    our_seconds, our_peak = measure(parking_statistics, facilities, frame)
    print(f"parking statistics: {rows / 1e6:.1f} M rows ({facility_count} facilities × {days} days, 5 min)")
    print(
        f"  pandas groupby baseline  {base_seconds:8.2f} s  {rows / base_seconds / 1e6:6.2f} M rows/s  "
        f"peak {base_peak / 1e9:.2f} GB"
    )
    print(
        f"  smartcity statistics     {our_seconds:8.2f} s  {rows / our_seconds / 1e6:6.2f} M rows/s  "
        f"peak {our_peak / 1e9:.2f} GB"
    )
    print(f"  ratio ours/baseline = {our_seconds / base_seconds:.2f}  (goal ≤ 2)")


if __name__ == "__main__":
    main()
