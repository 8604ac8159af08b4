"""Chart numbers: ISO times to seconds and round axis ticks."""

from smartcity_qgis.core.chart import epoch_seconds, nice_ticks, series
from smartcity_qgis.core.platforms.sensors import Observation, ObservationColumns


def test_epoch_seconds_of_utc_offset_and_naive_times():
    assert epoch_seconds("1970-01-01T00:01:00Z") == 60
    assert epoch_seconds("1970-01-01T01:01:00+01:00") == 60
    assert epoch_seconds("1970-01-01T00:01:00") == 60
    assert epoch_seconds("gestern") is None


def test_series_keeps_numbers_sorted_by_time_and_uses_interval_ends():
    rows = [
        Observation("s", "1970-01-01T00:02:00Z", "1970-01-01T00:03:00Z", 2.0),
        Observation("s", "1970-01-01T00:00:00Z", "1970-01-01T00:01:00Z", 1.0),
        Observation("s", "1970-01-01T00:04:00Z", "1970-01-01T00:04:00Z", None, "defekt"),
    ]
    assert series([ObservationColumns.of("s", rows[:2]), ObservationColumns.of("s", rows[2:])]) == [
        (60, 1.0),
        (180, 2.0),
    ]


def test_nice_ticks_cover_the_range_with_round_steps():
    assert nice_ticks(0, 97) == [0, 25, 50, 75, 100]
    assert nice_ticks(1543, 2100) == [1400, 1600, 1800, 2000, 2200]
    assert nice_ticks(0.12, 0.68) == [0.0, 0.2, 0.4, 0.6, 0.8]
    assert nice_ticks(5, 5) == [4, 4.5, 5, 5.5, 6]
