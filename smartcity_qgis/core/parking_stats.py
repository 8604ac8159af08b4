"""Parking occupancy statistics from irregular count series: time-weighted, gap-aware, DST-safe.

Every sample holds until the next one of its facility, but never longer than ``max_gap``; longer
silences and rejected samples are gaps. The held intervals are cut at full UTC hours (which are
full local hours in Germany too), so means, percentiles, saturation hours and weekday × hour
profiles are all weighted by time, not by number of samples. Times are int64 nanoseconds (UTC).
"""

import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import N_
from .sources import InputError

HOUR_NS = 3_600_000_000_000
MINUTE_NS = 60_000_000_000
ALL_FACILITIES = "*"
MAX_LISTED_GAPS = 10


@dataclass
class StatsOptions:
    threshold: float = 0.85
    max_gap_minutes: float = 60.0
    start_ns: int = None
    end_ns: int = None
    timezone: str = "Europe/Berlin"


@dataclass
class ParkingStatistics:
    facilities: pd.DataFrame
    profile: pd.DataFrame
    hourly: pd.DataFrame
    warnings: list = field(default_factory=list)


def clean_samples(facilities, observations):
    """Samples with occupancy rate and a rejection reason; issues are counted, never dropped silently.

    ``facilities``: ``facility_id``, ``capacity``. ``observations``: ``facility_id``, ``time``
    (datetimes or ISO strings), ``free`` and/or ``occupied``, optionally ``capacity`` (capacity
    changes over time). Returns ``(samples, unknown_ids)``; samples have ``facility_id, time``
    (int64 ns UTC), ``occupied, capacity, rate, reason`` (reason "" for usable samples).
    """
    known = facilities.set_index("facility_id")["capacity"]
    samples = observations.copy()
    samples["facility_id"] = samples["facility_id"].astype(str)
    unknown = ~samples["facility_id"].isin(known.index)
    unknown_ids = sorted(samples.loc[unknown, "facility_id"].unique())
    samples = samples.loc[~unknown].copy()
    times = pd.to_datetime(samples["time"], utc=True, errors="coerce")
    samples = samples.loc[times.notna().to_numpy()].copy()
    samples["time"] = times[times.notna()].to_numpy().astype("datetime64[ns]").astype(np.int64)
    capacity = samples["facility_id"].map(known)
    if "capacity" in samples:
        capacity = pd.to_numeric(samples["capacity"], errors="coerce").fillna(capacity)
    nothing = pd.Series(np.nan, index=samples.index)
    free = pd.to_numeric(samples["free"], errors="coerce") if "free" in samples else nothing
    given = pd.to_numeric(samples["occupied"], errors="coerce") if "occupied" in samples else nothing
    occupied = given.fillna(capacity - free)
    checks = (
        (capacity.isna() | (capacity <= 0), "no capacity"),
        (occupied.isna(), "no numeric count"),
        ((free < 0) | (given < 0), "negative count"),
        (free > capacity, "free > capacity"),
    )
    reason = np.full(len(samples), "", dtype=object)
    for mask, text in checks:
        reason[(reason == "") & mask.to_numpy()] = text
    samples = pd.DataFrame({
        "facility_id": samples["facility_id"].to_numpy(),
        "time": samples["time"].to_numpy(),
        "occupied": occupied.to_numpy(),
        "capacity": capacity.to_numpy(),
        "rate": (occupied / capacity).to_numpy(),
        "reason": reason,
    }).sort_values(["facility_id", "time"], kind="stable", ignore_index=True)
    duplicated = samples.duplicated(["facility_id", "time"], keep="last")
    samples.loc[duplicated.to_numpy(), "reason"] = "duplicate time"
    return samples, unknown_ids


def held_intervals(samples, max_gap_ns, start_ns, end_ns):
    """``facility_id, start, end, rate, capacity, usable`` of each sample's held interval in the period."""
    next_time = samples.groupby("facility_id", sort=False)["time"].shift(-1)
    spacing = next_time - samples["time"]
    typical = spacing.groupby(samples["facility_id"]).transform("median").fillna(max_gap_ns)
    hold = spacing.fillna(typical).clip(upper=max_gap_ns)
    intervals = pd.DataFrame({
        "facility_id": samples["facility_id"].to_numpy(),
        "start": np.maximum(samples["time"].to_numpy(), start_ns),
        "end": np.minimum((samples["time"] + hold).to_numpy(), end_ns),
        "rate": samples["rate"].to_numpy(),
        "capacity": samples["capacity"].to_numpy(),
        "usable": (samples["reason"] == "").to_numpy(),
    })
    return intervals[intervals["end"] > intervals["start"]]


def hour_pieces(intervals):
    """The usable intervals cut at full UTC hours: ``facility_id, hour, seconds, rate, capacity``."""
    usable = intervals[intervals["usable"]]
    start = usable["start"].to_numpy(np.int64)
    end = usable["end"].to_numpy(np.int64)
    first_hour = start // HOUR_NS * HOUR_NS
    spans = int(((end - 1) // HOUR_NS - start // HOUR_NS).max(initial=0)) + 1
    parts = []
    for offset in range(spans):
        hour = first_hour + offset * HOUR_NS
        piece_start = np.maximum(start, hour)
        piece_end = np.minimum(end, hour + HOUR_NS)
        keep = piece_end > piece_start
        parts.append(pd.DataFrame({
            "facility_id": usable["facility_id"].to_numpy()[keep],
            "hour": hour[keep],
            "seconds": (piece_end - piece_start)[keep] / 1e9,
            "rate": usable["rate"].to_numpy()[keep],
            "capacity": usable["capacity"].to_numpy()[keep],
        }))
    return pd.concat(parts, ignore_index=True)


def weighted_quantiles(values, weights, quantiles):
    """Quantiles of ``values`` weighted by ``weights`` (lower weighted quantile)."""
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    positions = np.searchsorted(cumulative, np.asarray(quantiles) * cumulative[-1], side="left")
    return values[order][np.minimum(positions, len(values) - 1)]


def gap_list(intervals, start_ns, end_ns, minimum_ns):
    """Uncovered stretches ``(start, end)`` of one facility's usable intervals, longest first."""
    usable = intervals[intervals["usable"]].sort_values("start")
    edges_start = np.concatenate([[start_ns], usable["end"].to_numpy()])
    edges_end = np.concatenate([usable["start"].to_numpy(), [end_ns]])
    running_end = np.maximum.accumulate(edges_start)
    gaps = [(int(a), int(b)) for a, b in zip(running_end, edges_end) if b - a >= minimum_ns]
    return sorted(gaps, key=lambda gap: gap[0] - gap[1])


def format_gaps(gaps, timezone="UTC"):
    """``"10.11. 03:00–05:00 (2.0 h); …"`` in UTC, at most MAX_LISTED_GAPS, oldest first."""
    shown = sorted(gaps[:MAX_LISTED_GAPS])
    text = "; ".join(
        f"{pd.Timestamp(a, tz='UTC'):%d.%m. %H:%M}–{pd.Timestamp(b, tz='UTC'):%d.%m. %H:%M} "
        f"({(b - a) / HOUR_NS:.1f} h)"
        for a, b in shown
    )
    if len(gaps) > MAX_LISTED_GAPS:
        text += f"; +{len(gaps) - MAX_LISTED_GAPS}"
    return text


def local_slots(hours_ns, timezone):
    """``(weekday 0=Monday, hour)`` in local time of UTC hour starts."""
    local = pd.to_datetime(hours_ns, utc=True).tz_convert(timezone)
    return local.weekday.to_numpy(), local.hour.to_numpy()


def weekday_hour_profile(pieces, timezone):
    """Mean occupancy per facility (and ``*`` weighted by capacity) × local weekday × hour."""
    weekday, hour = local_slots(pieces["hour"].to_numpy(), timezone)
    frame = pieces.assign(
        weekday=weekday,
        local_hour=hour,
        weighted=pieces["rate"] * pieces["seconds"],
        capacity_seconds=pieces["capacity"] * pieces["seconds"],
        occupied_seconds=pieces["rate"] * pieces["capacity"] * pieces["seconds"],
    )
    keys = ["weekday", "local_hour"]
    per_facility = frame.groupby(["facility_id", *keys], sort=True)[["weighted", "seconds"]].sum()
    per_facility["mean_occ"] = per_facility["weighted"] / per_facility["seconds"]
    overall = frame.groupby(keys, sort=True)[["occupied_seconds", "capacity_seconds", "seconds"]].sum()
    overall["mean_occ"] = overall["occupied_seconds"] / overall["capacity_seconds"]
    overall["facility_id"] = ALL_FACILITIES
    profile = pd.concat([
        per_facility.reset_index()[["facility_id", *keys, "mean_occ", "seconds"]],
        overall.reset_index()[["facility_id", *keys, "mean_occ", "seconds"]],
    ], ignore_index=True)
    profile["hours"] = profile.pop("seconds") / 3600.0
    return profile.rename(columns={"local_hour": "hour"})


def hourly_series(pieces):
    """Time-weighted occupancy per facility and UTC hour, with the covered share of the hour."""
    frame = pieces.assign(weighted=pieces["rate"] * pieces["seconds"])
    hourly = frame.groupby(["facility_id", "hour"], sort=True)[["weighted", "seconds"]].sum()
    hourly["rate"] = hourly["weighted"] / hourly["seconds"]
    hourly["covered"] = hourly["seconds"] / 3600.0
    return hourly.reset_index()[["facility_id", "hour", "rate", "covered"]]


def facility_row(facility_id, pieces, intervals, issues, options, start_ns, end_ns):
    """Statistics of one facility (see :func:`parking_statistics`)."""
    covered = pieces["seconds"].sum() if len(pieces) else 0.0
    gaps = gap_list(intervals, start_ns, end_ns, max(int(options.max_gap_minutes * MINUTE_NS), 1))
    row = {
        "facility_id": facility_id,
        "coverage": covered / ((end_ns - start_ns) / 1e9),
        "gaps": len(gaps),
        "gap_list": format_gaps(gaps),
        "samples": int(issues.get("samples", 0)),
        "issues": "; ".join(
            reason if count is None else f"{count} × {reason}"
            for reason, count in issues.items()
            if reason != "samples"
        ),
    }
    if not covered:
        return row
    rates = pieces["rate"].to_numpy()
    seconds = pieces["seconds"].to_numpy()
    median, p95 = weighted_quantiles(rates, seconds, (0.5, 0.95))
    peak_index = int(np.argmax(rates))
    saturated = seconds[rates >= options.threshold].sum()
    _weekday, local_hour = local_slots(pieces["hour"].to_numpy(), options.timezone)
    by_hour = pd.DataFrame({"hour": local_hour, "weighted": rates * seconds, "seconds": seconds})
    daily = by_hour.groupby("hour")["weighted"].sum() / by_hour.groupby("hour")["seconds"].sum()
    row.update({
        "mean_occ": float((rates * seconds).sum() / covered),
        "median_occ": float(median),
        "p95_occ": float(p95),
        "peak_occ": float(rates[peak_index]),
        "peak_time": int(pieces["hour"].to_numpy()[peak_index]),
        "hours_sat": float(saturated / 3600.0),
        "share_sat": float(saturated / covered),
        "daily_profile": json.dumps({int(hour): round(float(value), 4) for hour, value in daily.items()}),
    })
    return row


def parking_statistics(facilities, observations, options=None):
    """Per-facility statistics, weekday × hour profiles and hourly series of a parking period.

    ``facilities``: ``facility_id``, ``capacity`` (optional ``name``); ``observations`` as in
    :func:`clean_samples`.
    """
    options = options or StatsOptions()
    if not 0 < options.threshold <= 1.5:
        raise InputError(N_("The saturation threshold must be a share between 0 and 1.5 (e.g. 0.85)."))
    facilities = facilities.assign(
        facility_id=facilities["facility_id"].astype(str),
        capacity=pd.to_numeric(facilities["capacity"], errors="coerce"),
    ).drop_duplicates("facility_id")
    samples, unknown_ids = clean_samples(facilities, observations)
    warnings = []
    if unknown_ids:
        warnings.append((N_("{count} observations name facilities that are not in the facility layer "
                            "(e.g. {example}); they are ignored."),
                         {"count": int((observations["facility_id"].astype(str).isin(unknown_ids)).sum()),
                          "example": unknown_ids[0]}))
    if samples.empty:
        raise InputError(N_("No observation belongs to a known facility in this period."))
    max_gap_ns = int(options.max_gap_minutes * MINUTE_NS)
    start_ns = options.start_ns if options.start_ns is not None else int(samples["time"].min())
    open_end = np.iinfo(np.int64).max
    end_ns = options.end_ns if options.end_ns is not None else open_end
    if end_ns <= start_ns:
        raise InputError(N_("The period is empty: its end must lie after its start."))
    intervals = held_intervals(samples, max_gap_ns, start_ns, end_ns)
    if end_ns == open_end:
        end_ns = int(intervals["end"].max()) if len(intervals) else start_ns + 1
    if not intervals["usable"].any():
        raise InputError(N_("No usable observation in this period (see the issues of the facilities)."))
    pieces = hour_pieces(intervals)
    issue_counts = samples.groupby("facility_id")["reason"].value_counts()
    sample_counts = samples.groupby("facility_id").size()
    rows = []
    names = {}
    if "name" in facilities:
        names = dict(zip(facilities["facility_id"], facilities["name"].fillna("")))
    pieces_by_facility = dict(tuple(pieces.groupby("facility_id", sort=False)))
    intervals_by_facility = dict(tuple(intervals.groupby("facility_id", sort=False)))
    empty_pieces, empty_intervals = pieces.iloc[:0], intervals.iloc[:0]
    for facility_id, capacity in facilities[["facility_id", "capacity"]].itertuples(index=False):
        issues = {"samples": int(sample_counts.get(facility_id, 0))}
        if facility_id in sample_counts.index:
            issues.update({reason: int(n) for reason, n in issue_counts[facility_id].items() if reason})
        if pd.isna(capacity) and "no capacity" not in issues:
            issues["no capacity"] = None  # a property of the facility, not of its samples
        row = facility_row(
            facility_id, pieces_by_facility.get(facility_id, empty_pieces),
            intervals_by_facility.get(facility_id, empty_intervals), issues, options, start_ns, end_ns,
        )
        row["capacity"] = capacity
        row["name"] = names.get(facility_id, "")
        rows.append(row)
    return ParkingStatistics(
        facilities=pd.DataFrame(rows),
        profile=weekday_hour_profile(pieces, options.timezone),
        hourly=hourly_series(pieces),
        warnings=warnings,
    )
