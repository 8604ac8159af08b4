"""Bay turnover: sessions, dwell times and turnover on a constructed day."""

import pandas as pd
import pytest

from smartcity_qgis.core.errors import InputError
from smartcity_qgis.core.parking.turnover import occupied_flag, parking_turnover

DAY = "2026-11-16T"


def events(rows):
    return pd.DataFrame(rows, columns=["bay_id", "time", "status"]).assign(
        time=lambda f: DAY + f["time"] + "Z"
    )


def test_sessions_dwell_and_turnover_per_bay_and_zone():
    table = events(
        [
            ("A", "07:30", "frei"),
            ("A", "08:00", "belegt"),
            ("A", "09:30", "frei"),
            ("A", "10:00", 1),
            ("A", "14:00", 0),
            ("B", "08:00", "vacant"),
            ("B", "12:00", True),
            ("B", "13:00", "?"),
        ]
    )
    bays = pd.DataFrame({"bay_id": ["A", "B"], "zone": ["Marktplatz", "Marktplatz"]})
    start, end = pd.Timestamp(DAY + "08:00Z").value, pd.Timestamp(DAY + "16:00Z").value
    result = parking_turnover(table, bays, max_minutes=120, start_ns=start, end_ns=end)
    a = result.bays.set_index("bay_id").loc["A"]
    assert (a["sessions"], a["median_min"], a["share_over"]) == (2, 165, 0.5)
    assert a["occupied_share"] == pytest.approx(330 / 480)
    assert a["turnover"] == pytest.approx(2 / (8 / 24))
    b = result.bays.set_index("bay_id").loc["B"]
    assert b["sessions"] == 1 and pd.isna(b["median_min"])  # still parked at the end: dwell unknown
    assert b["occupied_share"] == pytest.approx(0.5)
    zone = result.zones.set_index("zone").loc["Marktplatz"]
    assert (zone["bays"], zone["sessions"], zone["median_min"]) == (2, 3, 165)
    assert zone["turnover"] == pytest.approx(3 / (2 * 8 / 24))
    assert zone["occupied_share"] == pytest.approx((330 / 480 + 0.5) / 2)
    assert result.unreadable == 1
    assert result.sessions["open"].tolist() == [False, False, True]


def test_a_car_already_parked_at_the_first_event_has_an_unknown_dwell_time():
    result = parking_turnover(events([("A", "08:00", "occupied"), ("A", "09:00", "free")]))
    assert result.sessions["open"].tolist() == [True]
    assert pd.isna(result.bays.loc[0, "median_min"]) and result.bays.loc[0, "sessions"] == 1


def test_status_words_and_numbers():
    words = ("Occupied", "FREI", 2, 0.0, False, "kaputt", None, "spacesAvailable", "full")
    expected = [True, False, True, False, False, None, None, False, True]
    assert [occupied_flag(word) for word in words] == expected


def test_no_readable_events_is_a_clear_error():
    with pytest.raises(InputError, match="No readable"):
        parking_turnover(events([("A", "08:00", "unknown")]))


def test_one_snapshot_written_with_millisecond_noise_is_no_period():
    snapshot = events(
        [(bay, f"12:00:00.{ms:03d}", "occupied") for bay, ms in (("A", 0), ("B", 40), ("C", 110))]
    )
    with pytest.raises(InputError, match="at least an hour"):
        parking_turnover(snapshot)


def test_millisecond_noise_does_not_change_sessions_or_turnover():
    rows = [
        ("A", "08:00", "belegt"),
        ("A", "09:30", "frei"),
        ("A", "12:00", "belegt"),
        ("A", "16:00", "frei"),
    ]
    noisy = [(bay, f"{time}:00.{7 * number:03d}", status) for number, (bay, time, status) in enumerate(rows)]
    clean, jittered = parking_turnover(events(rows)), parking_turnover(events(noisy))
    pd.testing.assert_frame_equal(clean.bays, jittered.bays)
    assert clean.bays.loc[0, "turnover"] == pytest.approx(2 / (8 / 24))
