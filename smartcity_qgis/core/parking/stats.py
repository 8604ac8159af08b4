"""Parking occupancy statistics from irregular count series: time-weighted, gap-aware, DST-safe.

Every sample holds until the next one of its facility, but never longer than ``max_gap``; longer
silences and rejected samples are gaps. The held intervals are cut at full UTC hours (which are
full local hours in Germany too), so means, percentiles, saturation hours and weekday × hour
profiles are all weighted by time, not by number of samples. Internally facilities are integer
indexes and times int64 nanoseconds (UTC), so tens of millions of samples stay fast.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property

from ..errors import N_, InputError
from ..lazy import LazyModule

np = LazyModule("numpy")
pd = LazyModule("pandas")


HOUR_NS = 3_600_000_000_000
MINUTE_NS = 60_000_000_000
ALL_FACILITIES = "*"
MAX_LISTED_GAPS = 10
# Why a sample is not used (index 0: it is used). Later reasons only apply to samples without
# an earlier one; a duplicate time overrides all (the last sample of a time wins).
REASONS = ("", "no capacity", "no numeric count", "negative count", "free > capacity", "duplicate time")
DUPLICATE = REASONS.index("duplicate time")


@dataclass
class StatsOptions:
    threshold: float = 0.85
    max_gap_minutes: float = 60.0
    start_ns: int = None
    end_ns: int = None
    timezone: str = "Europe/Berlin"


@dataclass
class Pieces:
    """Usable occupancy cut at full hours: facility index, UTC hour, seconds, rate, capacity."""

    facility: np.ndarray
    hour: np.ndarray
    seconds: np.ndarray
    rate: np.ndarray
    capacity: np.ndarray


@dataclass
class ParkingStatistics:
    facilities: pd.DataFrame
    profile: pd.DataFrame
    pieces: Pieces
    facility_ids: list
    warnings: list = field(default_factory=list)

    @cached_property
    def hourly(self):
        """Time-weighted occupancy per facility and UTC hour, with the covered share of the hour."""
        pieces = self.pieces
        frame = pd.DataFrame(
            {
                "facility": pieces.facility,
                "hour": pieces.hour,
                "weighted": pieces.rate * pieces.seconds,
                "seconds": pieces.seconds,
            }
        )
        hourly = frame.groupby(["facility", "hour"], sort=True)[["weighted", "seconds"]].sum().reset_index()
        return pd.DataFrame(
            {
                "facility_id": np.asarray(self.facility_ids, dtype=object)[hourly["facility"].to_numpy()],
                "hour": hourly["hour"].to_numpy(),
                "rate": (hourly["weighted"] / hourly["seconds"]).to_numpy(),
                "covered": (hourly["seconds"] / 3600.0).to_numpy(),
            }
        )


def local_slots(times_ns, timezone):
    """``(weekday 0=Monday, hour)`` in local time of UTC times (one conversion per distinct hour)."""
    hours = np.asarray(times_ns, dtype=np.int64) // HOUR_NS
    if not len(hours):
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    first = int(hours.min())
    table = pd.to_datetime(np.arange(first, int(hours.max()) + 1, dtype=np.int64) * HOUR_NS, utc=True)
    table = table.tz_convert(timezone)
    index = hours - first
    return table.weekday.to_numpy().astype(np.int8)[index], table.hour.to_numpy().astype(np.int8)[index]


def local_texts(times_ns, present, timezone):
    """``"2026-11-20 12:00"`` in local time for each UTC time (ns) where ``present``, else ""."""
    local = pd.to_datetime(np.asarray(times_ns, dtype=np.int64), utc=True).tz_convert(timezone)
    return [text if shown else "" for text, shown in zip(local.strftime("%Y-%m-%d %H:%M"), present)]


def numeric(observations, column, rows):
    """A float array of ``column`` for ``rows`` (NaN where not a number); None without the column."""
    if column not in observations:
        return None
    return pd.to_numeric(observations[column], errors="coerce").to_numpy(float)[rows]


@dataclass
class Samples:
    """Observations of known facilities sorted by facility and time: facility index, UTC time
    (ns), occupancy rate, capacity and reason code (see REASONS; 0: used)."""

    facility: np.ndarray
    time: np.ndarray
    rate: np.ndarray
    capacity: np.ndarray
    reason: np.ndarray


def clean_samples(facility_ids, capacities, observations):
    """:class:`Samples` of ``observations`` and the ``(count, example id)`` of those of facilities
    that are not in ``facility_ids``.

    ``observations``: ``facility_id``, ``time`` (datetimes or ISO strings), ``free`` and/or
    ``occupied``, optionally ``capacity`` (capacity changes over time).
    """
    index_of = {key: index for index, key in enumerate(facility_ids)}
    codes, uniques = pd.factorize(observations["facility_id"], sort=False)
    unique_index = np.array([index_of.get(str(value), -1) for value in uniques] + [-1], dtype=np.int32)
    facility = unique_index[codes]
    unknown = int(((facility < 0) & (codes >= 0)).sum())
    del codes
    example = next((str(value) for value, index in zip(uniques, unique_index) if index < 0), "")
    time = np.asarray(pd.to_datetime(observations["time"], utc=True, errors="coerce").array.asi8)
    rows = (facility >= 0) & (time != np.iinfo(np.int64).min)  # NaT
    if rows.all():
        rows = slice(None)  # views instead of copies
    facility, time = facility[rows], time[rows]
    capacity = np.asarray(capacities, dtype=float)[facility]
    per_sample = numeric(observations, "capacity", rows)
    if per_sample is not None:
        capacity = np.where(np.isnan(per_sample), capacity, per_sample)
    free, given = numeric(observations, "free", rows), numeric(observations, "occupied", rows)
    if given is None:
        occupied = capacity - free if free is not None else np.full(len(time), np.nan)
    else:
        occupied = given if free is None else np.where(np.isnan(given), capacity - free, given)
    reason = np.zeros(len(time), dtype=np.int8)
    with np.errstate(invalid="ignore", divide="ignore"):
        checks = [~(capacity > 0), np.isnan(occupied)]
        checks += [given < 0] if free is None else [free < 0] if given is None else [(free < 0) | (given < 0)]
        checks += [free > capacity] if free is not None else []
        for code, mask in zip((1, 2, 3, 4), checks):
            reason[(reason == 0) & mask] = code
        rate = occupied / capacity
    del occupied, free, given, checks
    order = sorting_order(facility, time)
    samples = Samples(facility[order], time[order], rate[order], capacity[order], reason[order])
    same = (samples.facility[1:] == samples.facility[:-1]) & (samples.time[1:] == samples.time[:-1])
    samples.reason[:-1][same] = DUPLICATE
    return samples, (unknown, example)


def sorting_order(group, time):
    """Indexes that sort by group, then time; a no-op slice when already sorted (platform data are)."""
    if len(group) < 2:
        return slice(None)
    if bool(np.all((group[1:] > group[:-1]) | ((group[1:] == group[:-1]) & (time[1:] >= time[:-1])))):
        return slice(None)
    return np.lexsort((time, group))


@dataclass
class Intervals:
    """The held intervals of the usable samples: facility index, start and end (UTC ns), rate and
    capacity; ``last_end``: where the last interval of any sample ends."""

    facility: np.ndarray
    start: np.ndarray
    end: np.ndarray
    rate: np.ndarray
    capacity: np.ndarray
    last_end: int


def held_intervals(samples, max_gap_ns, start_ns, end_ns):
    """The :class:`Intervals` of ``samples`` in the period.

    A sample holds until the next one of its facility, at most ``max_gap_ns``; the last one of a
    facility for its typical (median) spacing. So within a facility each interval ends where the
    next one can start at the earliest: they never overlap and their ends increase.
    """
    facility, time = samples.facility, samples.time
    hold = np.empty(len(time))
    hold[:-1] = time[1:] - time[:-1]
    last = np.ones(len(time), dtype=bool)
    last[:-1] = facility[1:] != facility[:-1]
    hold[last] = np.nan
    typical = pd.Series(hold).groupby(facility).median()
    hold[last] = typical.reindex(facility[last]).fillna(max_gap_ns).to_numpy()
    np.minimum(hold, max_gap_ns, out=hold)
    end = np.minimum(time + hold.astype(np.int64), end_ns)
    del hold, last
    start = time if start_ns <= time.min() else np.maximum(time, start_ns)  # no copy by default
    held = end > start
    last_end = int(end[held].max()) if held.any() else start_ns
    usable = held & (samples.reason == 0)
    return Intervals(
        facility[usable], start[usable], end[usable], samples.rate[usable], samples.capacity[usable], last_end
    )


def hour_pieces(intervals):
    """The intervals cut at full UTC hours: all of them in their first hour, then the few that
    reach into a second, third … hour (written straight into the result, no full-size copies)."""
    start, end = intervals.start, intervals.end
    first_hour = start - start % HOUR_NS
    first_end = first_hour + HOUR_NS
    reaching = [np.flatnonzero(end > first_end)]  # intervals reaching into their second, … hour
    while len(reaching[-1]):
        previous = reaching[-1]
        reaching.append(previous[end[previous] > first_end[previous] + len(reaching) * HOUR_NS])
    count = len(start)
    total = count + sum(len(indexes) for indexes in reaching)
    pieces = Pieces(
        facility=np.empty(total, dtype=intervals.facility.dtype),
        hour=np.empty(total, dtype=np.int64),
        seconds=np.empty(total),
        rate=np.empty(total),
        capacity=np.empty(total),
    )
    pieces.facility[:count] = intervals.facility
    pieces.hour[:count] = first_hour
    pieces.rate[:count] = intervals.rate
    pieces.capacity[:count] = intervals.capacity
    np.minimum(end, first_end, out=first_end)
    first_end -= start
    np.divide(first_end, 1e9, out=pieces.seconds[:count])
    del first_end
    filled = count
    for offset, indexes in enumerate(reaching, start=1):
        target = slice(filled, filled + len(indexes))
        hour = first_hour[indexes] + offset * HOUR_NS
        pieces.facility[target] = intervals.facility[indexes]
        pieces.hour[target] = hour
        pieces.seconds[target] = (np.minimum(end[indexes], hour + HOUR_NS) - hour) / 1e9
        pieces.rate[target] = intervals.rate[indexes]
        pieces.capacity[target] = intervals.capacity[indexes]
        filled += len(indexes)
    return pieces


def grouped_quantiles(group, values, weights, groups, quantiles):
    """Weighted (lower) quantiles of ``values`` per ``group`` in ``range(groups)``; NaN for empty groups."""
    # one float sort key instead of a lexsort: groups lie further apart than the value range
    low = float(np.nanmin(values)) if len(values) else 0.0
    span = float(np.nanmax(values)) - low + 1.0 if len(values) else 1.0
    order = np.argsort(group * span + (values - low))
    sorted_group, sorted_values = group[order], values[order]
    cumulative = np.cumsum(weights[order])
    first = np.searchsorted(sorted_group, np.arange(groups), side="left")
    last = np.searchsorted(sorted_group, np.arange(groups), side="right")
    before = np.where(first > 0, cumulative[np.maximum(first - 1, 0)], 0.0)
    totals = np.where(last > first, cumulative[np.maximum(last - 1, 0)] - before, 0.0)
    result = {}
    for quantile in quantiles:
        position = np.searchsorted(cumulative, before + quantile * totals, side="left")
        position = np.clip(position, first, np.maximum(last - 1, first))
        picked = (
            sorted_values[np.minimum(position, len(sorted_values) - 1)] if len(sorted_values) else position
        )
        result[quantile] = np.where(last > first, picked, np.nan)
    return result


def gap_table(intervals, groups, start_ns, end_ns, minimum_ns):
    """``facility, start, end`` of the uncovered stretches of at least ``minimum_ns``."""
    facility, start, end = intervals.facility, intervals.start, intervals.end
    first_of_group = np.ones(len(facility), dtype=bool)
    first_of_group[1:] = facility[1:] != facility[:-1]
    previous_end = np.where(first_of_group, start_ns, np.roll(end, 1))  # the ends increase (see above)
    inner = start - previous_end >= minimum_ns
    last_of_group = np.roll(first_of_group, -1)
    tail = last_of_group & (end_ns - end >= minimum_ns)
    silent = np.setdiff1d(np.arange(groups), facility)
    return pd.DataFrame(
        {
            "facility": np.concatenate([facility[inner], facility[tail], silent]),
            "start": np.concatenate([previous_end[inner], end[tail], np.full(len(silent), start_ns)]),
            "end": np.concatenate([start[inner], np.full(tail.sum(), end_ns), np.full(len(silent), end_ns)]),
        }
    )


def format_gaps(gaps):
    """``"10.11. 03:00–10.11. 05:00 (2.0 h); …"`` in UTC: the longest MAX_LISTED_GAPS, oldest first."""
    longest = sorted(gaps, key=lambda gap: gap[0] - gap[1])[:MAX_LISTED_GAPS]
    text = "; ".join(
        f"{pd.Timestamp(a, tz='UTC'):%d.%m. %H:%M}–{pd.Timestamp(b, tz='UTC'):%d.%m. %H:%M} "
        f"({(b - a) / HOUR_NS:.1f} h)"
        for a, b in sorted(longest)
    )
    if len(gaps) > MAX_LISTED_GAPS:
        text += f"; +{len(gaps) - MAX_LISTED_GAPS}"
    return text


def weekday_hour_profile(pieces, facility_ids, weekday, hour):
    """Mean occupancy per facility (and ``*`` weighted by capacity) × local weekday × hour."""
    groups = len(facility_ids)
    slot = weekday.astype(np.int32) * 24 + hour
    key = pieces.facility * 168 + slot
    weighted = np.bincount(key, pieces.rate * pieces.seconds, minlength=groups * 168)
    seconds = np.bincount(key, pieces.seconds, minlength=groups * 168)
    occupied = np.bincount(slot, pieces.rate * pieces.capacity * pieces.seconds, minlength=168)
    capacity = np.bincount(slot, pieces.capacity * pieces.seconds, minlength=168)
    overall_seconds = np.bincount(slot, pieces.seconds, minlength=168)
    present = np.flatnonzero(seconds)
    overall = np.flatnonzero(overall_seconds)
    return pd.DataFrame(
        {
            "facility_id": np.concatenate(
                [
                    np.asarray(facility_ids, dtype=object)[present // 168],
                    np.full(len(overall), ALL_FACILITIES, dtype=object),
                ]
            ),
            "weekday": np.concatenate([present % 168 // 24, overall // 24]),
            "hour": np.concatenate([present % 24, overall % 24]),
            "mean_occ": np.concatenate(
                [weighted[present] / seconds[present], occupied[overall] / capacity[overall]]
            ),
            "hours": np.concatenate([seconds[present], overall_seconds[overall]]) / 3600.0,
        }
    )


def issue_texts(samples, groups, capacities):
    """Per facility: the sample count and ``"3 × free > capacity; …"``."""
    counts = np.bincount(
        samples.facility * len(REASONS) + samples.reason, minlength=groups * len(REASONS)
    ).reshape(groups, len(REASONS))
    texts = []
    for index in range(groups):
        parts = [
            f"{counts[index, code]} × {REASONS[code]}"
            for code in range(1, len(REASONS))
            if counts[index, code]
        ]
        if np.isnan(capacities[index]) and not counts[index, REASONS.index("no capacity")]:
            parts.insert(0, "no capacity")  # a property of the facility, not of its samples
        texts.append("; ".join(sorted(parts, key=lambda part: part.split(" × ")[-1])))
    return counts.sum(axis=1), texts


def parking_statistics(facilities, observations, options=None):
    """Per-facility statistics and weekday × hour profiles of a parking period.

    ``facilities``: ``facility_id``, ``capacity`` (optional ``name``); ``observations`` as in
    :func:`clean_samples`. The hourly series (for forecasts and reports) is computed on first use.
    """
    options = options or StatsOptions()
    if not 0 < options.threshold <= 1.5:
        raise InputError(N_("The saturation threshold must be a share between 0 and 1.5 (e.g. 0.85)."))
    facilities = facilities.assign(facility_id=facilities["facility_id"].astype(str)).drop_duplicates(
        "facility_id"
    )
    facility_ids = facilities["facility_id"].tolist()
    capacities = pd.to_numeric(facilities["capacity"], errors="coerce").to_numpy(float)
    groups = len(facility_ids)
    samples, (unknown, example) = clean_samples(facility_ids, capacities, observations)
    warnings = []
    if unknown:
        warnings.append(
            (
                N_(
                    "{count} observations name facilities that are not in the facility layer "
                    "(e.g. {example}); they are ignored."
                ),
                {"count": unknown, "example": example},
            )
        )
    if not len(samples.time):
        raise InputError(N_("No observation belongs to a known facility in this period."))
    sample_counts, issues = issue_texts(samples, groups, capacities)
    max_gap_ns = int(options.max_gap_minutes * MINUTE_NS)
    start_ns = options.start_ns if options.start_ns is not None else int(samples.time.min())
    open_end = np.iinfo(np.int64).max - max_gap_ns
    end_ns = options.end_ns if options.end_ns is not None else open_end
    if end_ns <= start_ns:
        raise InputError(N_("The period is empty: its end must lie after its start."))
    intervals = held_intervals(samples, max_gap_ns, start_ns, end_ns)
    del samples
    if not len(intervals.start):
        raise InputError(N_("No usable observation in this period (see the issues of the facilities)."))
    if end_ns == open_end:
        end_ns = intervals.last_end
    gaps = gap_table(intervals, groups, start_ns, end_ns, max(max_gap_ns, 1))
    pieces = hour_pieces(intervals)
    del intervals
    weekday, hour = local_slots(pieces.hour, options.timezone)

    covered = np.bincount(pieces.facility, pieces.seconds, minlength=groups)
    weighted = np.bincount(pieces.facility, pieces.rate * pieces.seconds, minlength=groups)
    saturated = np.bincount(
        pieces.facility, pieces.seconds * (pieces.rate >= options.threshold), minlength=groups
    )
    quantiles = grouped_quantiles(pieces.facility, pieces.rate, pieces.seconds, groups, (0.5, 0.95, 1.0))
    has_data = covered > 0
    at_peak = pieces.rate == quantiles[1.0][pieces.facility]
    first_peak = pd.Series(pieces.hour[at_peak]).groupby(pieces.facility[at_peak]).min()
    peak_time = first_peak.reindex(range(groups)).fillna(0).to_numpy(np.int64)
    by_hour_key = pieces.facility * 24 + hour
    daily_weighted = np.bincount(by_hour_key, pieces.rate * pieces.seconds, minlength=groups * 24).reshape(
        groups, 24
    )
    daily_seconds = np.bincount(by_hour_key, pieces.seconds, minlength=groups * 24).reshape(groups, 24)
    gaps_of = {index: list(zip(group["start"], group["end"])) for index, group in gaps.groupby("facility")}
    with np.errstate(invalid="ignore", divide="ignore"):
        table = pd.DataFrame(
            {
                "facility_id": facility_ids,
                "name": facilities["name"].fillna("").astype(str).tolist() if "name" in facilities else "",
                "capacity": capacities,
                "coverage": covered / ((end_ns - start_ns) / 1e9),
                "gaps": [len(gaps_of.get(index, ())) for index in range(groups)],
                "gap_list": [format_gaps(gaps_of.get(index, [])) for index in range(groups)],
                "samples": sample_counts,
                "issues": issues,
                "mean_occ": np.where(has_data, weighted / covered, np.nan),
                "median_occ": quantiles[0.5],
                "p95_occ": quantiles[0.95],
                "peak_occ": quantiles[1.0],
                "peak_time": [int(time) if present else None for time, present in zip(peak_time, has_data)],
                "peak_local": local_texts(peak_time, has_data, options.timezone),
                "hours_sat": np.where(has_data, saturated / 3600.0, np.nan),
                "share_sat": np.where(has_data, saturated / covered, np.nan),
                "daily_profile": [
                    json.dumps(
                        {
                            int(h): round(float(daily_weighted[index, h] / daily_seconds[index, h]), 4)
                            for h in np.flatnonzero(daily_seconds[index])
                        }
                    )
                    if has_data[index]
                    else None
                    for index in range(groups)
                ],
            }
        )
    return ParkingStatistics(
        facilities=table,
        profile=weekday_hour_profile(pieces, facility_ids, weekday, hour),
        pieces=pieces,
        facility_ids=facility_ids,
        warnings=warnings,
    )
