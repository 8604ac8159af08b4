"""Occupancy forecast: exact on periodic series, level shifts carried over, backtest numbers."""

import numpy as np
import pandas as pd
import pytest

from smartcity_qgis.core.parking.forecast import occupancy_forecast
from smartcity_qgis.core.parking.stats import HOUR_NS, local_slots

START = pd.Timestamp("2026-11-02T00:00:00Z").value  # a Monday; five weeks without a clock change


def pattern(weekday, hour):
    return 0.2 + 0.05 * weekday + (0.3 if 9 <= hour < 17 else 0.0)


def hourly(weeks, shift_last_week=0.0):
    hours = START + HOUR_NS * np.arange(weeks * 7 * 24, dtype=np.int64)
    weekday, hour = local_slots(hours, "Europe/Berlin")
    rate = np.array([pattern(d, h) for d, h in zip(weekday, hour)])
    rate[-7 * 24 :] += shift_last_week
    return pd.DataFrame({"facility_id": "P1", "hour": hours, "rate": rate, "covered": 1.0})


def test_a_periodic_series_is_forecast_exactly_and_backtests_without_error():
    result = occupancy_forecast(hourly(5), {"P1": 200}, days=7)
    forecast = result.forecast
    assert len(forecast) == 7 * 24
    expected = [pattern(d, h) for d, h in zip(forecast["weekday"], forecast["local_hour"])]
    assert forecast["rate"].to_numpy() == pytest.approx(expected)
    assert list(forecast["free"]) == list(np.round(200 * (1 - np.array(expected))))  # whole cars
    assert (forecast["backtest_weeks"] == 2).all()
    metrics = result.backtest.set_index("facility_id").loc["P1"]
    assert metrics["backtest_weeks"] == 2
    assert (metrics["mae"], metrics["naive_mae"]) == (pytest.approx(0), pytest.approx(0))


def test_a_busier_last_week_carries_over_into_the_forecast():
    result = occupancy_forecast(hourly(5, shift_last_week=0.1), {"P1": 100}, days=1)
    forecast = result.forecast
    expected = [pattern(d, h) + 0.1 for d, h in zip(forecast["weekday"], forecast["local_hour"])]
    assert forecast["rate"].to_numpy() == pytest.approx(expected)
    # backtest of the shifted week: both the model and "same hour last week" miss by 0.1
    metrics = result.backtest.set_index("facility_id").loc["P1"]
    assert metrics["mae"] == pytest.approx(0.1 / 2)  # one of two backtest weeks is off by 0.1
    assert metrics["naive_mae"] == pytest.approx(0.1 / 2)


def test_free_spaces_are_whole_cars_between_none_and_all():
    result = occupancy_forecast(hourly(3, shift_last_week=0.9), {"P1": 7}, days=1)
    free = result.forecast["free"]
    assert ((free % 1) == 0).all() and free.between(0, 7).all()


def test_too_short_a_history_has_no_backtest():
    result = occupancy_forecast(hourly(1), {"P1": 100}, days=1)
    assert result.backtest.loc[0, "backtest_weeks"] == 0
    assert (result.forecast["backtest_weeks"] == 0).all()  # said in every forecast row
    assert result.forecast["rate"].notna().all()
