"""Numbers behind the time-series chart: observation times as seconds and readable axis ticks."""

import math
from datetime import datetime, timezone


def epoch_seconds(iso_text):
    """Seconds since 1970 (UTC) of an ISO 8601 time; None when unreadable."""
    try:
        moment = datetime.fromisoformat(str(iso_text).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def series(pages):
    """``[(seconds, value)]`` of the numeric observations in pages of
    :class:`~.platforms.sensors.ObservationColumns`, oldest first."""
    points = [
        (epoch_seconds(end or start), value)
        for page in pages
        for start, end, value in zip(page.starts, page.ends, page.values)
        if value is not None
    ]
    return sorted(point for point in points if point[0] is not None)


def nice_ticks(low, high, count=5):
    """About ``count`` round tick values (1, 2, 2.5, 5 × 10^n steps) covering ``[low, high]``."""
    if high < low:
        low, high = high, low
    if math.isclose(low, high):
        low, high = low - 1, high + 1
    raw_step = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(factor * magnitude for factor in (1, 2, 2.5, 5, 10) if factor * magnitude >= raw_step)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - step * 1e-9:
        ticks.append(round(first + len(ticks) * step, 10))
    return ticks
