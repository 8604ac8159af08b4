"""Parking occupancy statistics: known answers on constructed series (gaps, DST, irregular sampling)."""

import json

import pandas as pd
import pytest

from smartcity_qgis.core.errors import InputError
from smartcity_qgis.core.parking.stats import StatsOptions, parking_statistics

MONDAY = pd.Timestamp("2026-11-16T00:00:00Z")


def ns(text):
    return pd.Timestamp(text).value


def series(facility, start, minutes, occupied_at, count):
    """``count`` samples every ``minutes`` from ``start``; ``occupied_at(timestamp)`` gives the count."""
    times = [pd.Timestamp(start) + pd.Timedelta(minutes=minutes * i) for i in range(count)]
    return pd.DataFrame({"facility_id": facility, "time": times, "occupied": [occupied_at(t) for t in times]})


def facilities(**capacities):
    return pd.DataFrame({"facility_id": list(capacities), "capacity": list(capacities.values())})


def stats_of(result, facility="P1"):
    return result.facilities.set_index("facility_id").loc[facility]


def test_two_days_with_a_busy_morning_give_exact_means_saturation_and_profile():
    observations = series("P1", MONDAY, 15, lambda t: 90 if 8 <= t.hour < 12 else 40, 2 * 96)
    result = parking_statistics(facilities(P1=100), observations)
    row = stats_of(result)
    assert row["coverage"] == pytest.approx(1.0)
    assert row["mean_occ"] == pytest.approx((4 * 0.9 + 20 * 0.4) / 24)
    assert (row["median_occ"], row["p95_occ"], row["peak_occ"]) == pytest.approx((0.4, 0.9, 0.9))
    assert pd.Timestamp(row["peak_time"], tz="UTC") == pd.Timestamp("2026-11-16T08:00:00Z")
    assert row["hours_sat"] == pytest.approx(8.0)
    assert row["share_sat"] == pytest.approx(8 / 48)
    profile = result.profile.set_index(["facility_id", "weekday", "hour"])["mean_occ"]
    assert profile[("P1", 0, 9)] == pytest.approx(0.9)  # 08:00 UTC = 09:00 CET on Monday
    assert profile[("P1", 0, 8)] == pytest.approx(0.4)
    assert json.loads(row["daily_profile"])["10"] == pytest.approx(0.9)


def test_irregular_sampling_is_weighted_by_time_not_by_sample():
    observations = pd.DataFrame(
        {
            "facility_id": "P1",
            "time": ["2026-11-16T00:00:00Z", "2026-11-16T00:10:00Z", "2026-11-16T01:00:00Z"],
            "free": [80, 20, 80],
        }
    )
    options = StatsOptions(start_ns=ns("2026-11-16T00:00Z"), end_ns=ns("2026-11-16T01:00Z"))
    row = stats_of(parking_statistics(facilities(P1=100), observations, options))
    assert row["mean_occ"] == pytest.approx((10 * 0.2 + 50 * 0.8) / 60)  # 0.7, the sample mean is 0.4
    assert row["coverage"] == pytest.approx(1.0)


def test_a_silence_longer_than_max_gap_is_a_listed_gap():
    morning = series("P1", "2026-11-16T00:00Z", 10, lambda t: 50, 13)  # 00:00 … 02:00
    later = series("P1", "2026-11-16T05:00Z", 10, lambda t: 50, 6)  # 05:00 … 05:50
    options = StatsOptions(
        max_gap_minutes=30, start_ns=ns("2026-11-16T00:00Z"), end_ns=ns("2026-11-16T06:00Z")
    )
    row = stats_of(parking_statistics(facilities(P1=100), pd.concat([morning, later]), options))
    assert row["coverage"] == pytest.approx(3.5 / 6)  # 00:00–02:30 and 05:00–06:00
    assert row["gaps"] == 1
    assert row["gap_list"] == "16.11. 02:30–16.11. 05:00 (2.5 h)"


def test_the_day_clocks_go_back_has_25_local_hours_in_the_profile():
    # 25 October 2026: 00:00 CEST = 22:00 UTC the day before; local 02:00 happens twice
    start = pd.Timestamp("2026-10-24T22:00Z")
    observations = series("P1", start, 60, lambda t: 100 if t.hour in (0, 1) else 50, 25)
    options = StatsOptions(start_ns=start.value, end_ns=(start + pd.Timedelta(hours=25)).value)
    result = parking_statistics(facilities(P1=100), observations, options)
    sunday = result.profile[(result.profile["facility_id"] == "P1") & (result.profile["weekday"] == 6)]
    assert sunday["hours"].sum() == pytest.approx(25)
    by_hour = sunday.set_index("hour")
    assert by_hour.loc[2, "hours"] == pytest.approx(2) and by_hour.loc[2, "mean_occ"] == pytest.approx(1.0)
    assert by_hour.loc[3, "mean_occ"] == pytest.approx(0.5)


def test_capacity_changes_over_time_are_respected():
    observations = series("P1", MONDAY, 60, lambda t: 50, 48)
    observations["capacity"] = [100] * 24 + [200] * 24
    row = stats_of(parking_statistics(facilities(P1=100), observations))
    assert row["mean_occ"] == pytest.approx((0.5 + 0.25) / 2)


def test_bad_samples_are_flagged_and_excluded_never_silently_dropped():
    observations = pd.DataFrame(
        {
            "facility_id": ["P1"] * 6 + ["X9"],
            "time": pd.to_datetime(
                [
                    "2026-11-16T00:00Z",
                    "2026-11-16T01:00Z",
                    "2026-11-16T02:00Z",
                    "2026-11-16T03:00Z",
                    "2026-11-16T04:00Z",
                    "2026-11-16T04:00Z",
                    "2026-11-16T00:00Z",
                ],
                utc=True,
            ),
            "free": [50, 120, -3, "n/a", 40, 50, 1],
        }
    )
    result = parking_statistics(facilities(P1=100, P2=None), observations)
    row = stats_of(result)
    assert row["samples"] == 6
    for text in ("1 × free > capacity", "1 × negative count", "1 × no numeric count", "1 × duplicate time"):
        assert text in row["issues"]
    assert row["mean_occ"] == pytest.approx(0.5) and row["gaps"] == 1  # 01:00–04:00 rejected
    assert stats_of(result, "P2")["issues"] == "no capacity"
    ((template, params),) = result.warnings
    assert params == {"count": 1, "example": "X9"}


def test_empty_inputs_are_clear_errors():
    with pytest.raises(InputError, match="known facility"):
        parking_statistics(
            facilities(P1=100), pd.DataFrame({"facility_id": ["Z"], "time": [MONDAY], "free": [1]})
        )
    with pytest.raises(InputError, match="period is empty"):
        parking_statistics(
            facilities(P1=100),
            series("P1", MONDAY, 60, lambda t: 1, 3),
            StatsOptions(start_ns=MONDAY.value, end_ns=MONDAY.value),
        )
    with pytest.raises(InputError, match="threshold"):
        parking_statistics(
            facilities(P1=100), series("P1", MONDAY, 60, lambda t: 1, 3), StatsOptions(threshold=85)
        )
