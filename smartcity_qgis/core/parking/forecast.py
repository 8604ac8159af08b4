"""Hourly occupancy forecast: weekday × hour profile of recent weeks plus the recent level.

The baseline for a future hour is the mean occupancy of the same local weekday and hour in the
last ``weeks`` weeks; the mean deviation of the last seven days from that profile is added, so a
generally busier (or quieter) recent week carries over. A backtest forecasts each of the last
weeks from the data before it and compares with "same hour last week" (the naive forecast).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import N_, InputError
from ..lazy import LazyModule
from .stats import HOUR_NS, local_slots

np = LazyModule("numpy")
pd = LazyModule("pandas")


WEEK_NS = 7 * 24 * HOUR_NS
MIN_COVERED = 0.5  # an hour counts when at least half of it has data
MAPE_FLOOR = 0.05  # hours with lower actual occupancy are left out of the MAPE


@dataclass
class ForecastResult:
    forecast: pd.DataFrame
    backtest: pd.DataFrame


def slotted(hourly, timezone):
    """Hourly rates with local ``weekday`` and ``local_hour`` (well-covered hours only)."""
    frame = hourly[hourly["covered"] >= MIN_COVERED].copy()
    frame["weekday"], frame["local_hour"] = local_slots(frame["hour"].to_numpy(), timezone)
    return frame


def predict(history, targets, origin, weeks):
    """Profile + level forecast of ``targets`` (hour, weekday, local_hour) from history before ``origin``."""
    recent = history[(history["hour"] < origin) & (history["hour"] >= origin - weeks * WEEK_NS)]
    if recent.empty:
        return pd.Series(np.nan, index=targets.index)
    by_slot = recent.groupby(["weekday", "local_hour"])["rate"].mean()
    by_hour = recent.groupby("local_hour")["rate"].mean()

    def baseline(frame):
        keys = pd.MultiIndex.from_arrays([frame["weekday"], frame["local_hour"]])
        slot = pd.Series(by_slot.reindex(keys).to_numpy(), index=frame.index)
        return slot.fillna(frame["local_hour"].map(by_hour)).fillna(recent["rate"].mean())

    last_week = recent[recent["hour"] >= origin - WEEK_NS]
    level = float((last_week["rate"] - baseline(last_week)).mean()) if len(last_week) else 0.0
    return (baseline(targets) + level).clip(0.0, 1.5)


def errors(actual, predicted):
    """``(MAE, MAPE)`` in occupancy points; MAPE only over hours with actual ≥ MAPE_FLOOR."""
    valid = predicted.notna() & actual.notna()
    if not valid.any():
        return np.nan, np.nan
    difference = (predicted[valid] - actual[valid]).abs()
    busy = actual[valid] >= MAPE_FLOOR
    mape = float((difference[busy] / actual[valid][busy]).mean()) if busy.any() else np.nan
    return float(difference.mean()), mape


def backtest(history, weeks, backtest_weeks):
    """MAE/MAPE of the forecast and of "same hour last week" over the last ``backtest_weeks`` weeks."""
    end = int(history["hour"].max()) + HOUR_NS
    actual_all, predicted_all, naive_all = [], [], []
    by_hour = history.set_index("hour")["rate"]
    for week in range(backtest_weeks, 0, -1):
        origin = end - week * WEEK_NS
        targets = history[(history["hour"] >= origin) & (history["hour"] < origin + WEEK_NS)]
        if targets.empty or history["hour"].min() > origin - WEEK_NS:
            continue
        actual_all.append(targets["rate"])
        predicted_all.append(predict(history, targets, origin, weeks))
        naive_all.append(
            pd.Series(by_hour.reindex(targets["hour"] - WEEK_NS).to_numpy(), index=targets.index)
        )
    if not actual_all:
        return {"backtest_weeks": 0}
    actual, predicted, naive = (pd.concat(parts) for parts in (actual_all, predicted_all, naive_all))
    mae, mape = errors(actual, predicted)
    naive_mae, naive_mape = errors(actual, naive)
    return {
        "backtest_weeks": len(actual_all),
        "mae": mae,
        "mape": mape,
        "naive_mae": naive_mae,
        "naive_mape": naive_mape,
    }


def occupancy_forecast(hourly, capacities, days=7, weeks=4, backtest_weeks=2, timezone="Europe/Berlin"):
    """Forecast each facility's hourly occupancy for ``days`` days after its data ends, with a backtest.

    ``hourly``: ``facility_id, hour`` (UTC ns), ``rate``, ``covered`` (from parking statistics);
    ``capacities``: ``{facility_id: capacity}`` for the expected free spaces.
    """
    frame = slotted(hourly, timezone)
    if frame.empty:
        raise InputError(N_("Not enough observed hours for a forecast."))
    forecasts, metrics = [], []
    for facility_id, history in frame.groupby("facility_id", sort=True):
        start = int(history["hour"].max()) + HOUR_NS
        hours = start + HOUR_NS * np.arange(days * 24, dtype=np.int64)
        targets = pd.DataFrame({"hour": hours})
        targets["weekday"], targets["local_hour"] = local_slots(hours, timezone)
        targets["rate"] = predict(history, targets, start, weeks).to_numpy()
        targets["facility_id"] = facility_id
        capacity = capacities.get(facility_id)
        # whole cars, between none and all
        targets["free"] = (
            np.clip(np.round(capacity * (1 - targets["rate"])), 0, capacity) if capacity else np.nan
        )
        forecasts.append(targets)
        metrics.append({"facility_id": facility_id, **backtest(history, weeks, backtest_weeks)})
    metrics = pd.DataFrame(metrics)
    forecast = pd.concat(forecasts, ignore_index=True).merge(
        metrics[["facility_id", "backtest_weeks"]], on="facility_id", how="left"
    )
    columns = ["facility_id", "hour", "weekday", "local_hour", "rate", "free", "backtest_weeks"]
    return ForecastResult(forecast[columns], metrics)
