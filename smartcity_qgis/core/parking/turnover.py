"""On-street bay turnover from single-bay sensor events: parking sessions, dwell times, turnover.

A bay's status holds until its next event. A session runs from an "occupied" event to the next
"free" event; sessions cut by the start or end of the period are counted and marked as open, and
their dwell time is left out of the dwell statistics (it is not known).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import N_, InputError
from ..lazy import LazyModule

np = LazyModule("numpy")
pd = LazyModule("pandas")


# DATEX II single bays report "full" and "spacesAvailable".
OCCUPIED_WORDS = frozenset({"occupied", "belegt", "1", "true", "yes", "ja", "taken", "full"})
FREE_WORDS = frozenset(
    {"free", "frei", "vacant", "0", "false", "no", "nein", "empty", "available", "spacesavailable"}
)
NS_PER_MINUTE = 60_000_000_000
NS_PER_DAY = 86_400_000_000_000
MIN_PERIOD_NS = 60 * NS_PER_MINUTE  # shortest span of events that turnover per day is derived from


@dataclass
class TurnoverResult:
    bays: pd.DataFrame
    zones: pd.DataFrame
    sessions: pd.DataFrame
    unreadable: int = 0


def occupied_flag(value):
    """True/False for an occupied/free status (text, number or bool), None when unreadable."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)) and not pd.isna(value):
        return bool(value > 0)
    text = str(value).strip().lower() if value is not None else ""
    if text in OCCUPIED_WORDS:
        return True
    if text in FREE_WORDS:
        return False
    return None


def bay_sessions(times, occupied, start_ns, end_ns):
    """Sessions ``(start, end, open)`` and occupied nanoseconds of one bay's sorted events."""
    sessions = []
    begin = None
    left_open = False
    occupied_ns = 0
    for index, (time, busy) in enumerate(zip(times, occupied)):
        following = times[index + 1] if index + 1 < len(times) else end_ns
        if busy:
            occupied_ns += max(0, min(following, end_ns) - max(time, start_ns))
            if begin is None:
                begin, left_open = max(time, start_ns), index == 0  # began before the first event?
        elif begin is not None:
            sessions.append((begin, time, left_open))
            begin = None
    if begin is not None:
        sessions.append((begin, end_ns, True))
    return sessions, occupied_ns


def parking_turnover(events, bays=None, max_minutes=120.0, start_ns=None, end_ns=None):
    """Sessions and turnover per bay and per zone.

    ``events``: ``bay_id``, ``time`` (datetime/ISO), ``status`` (occupied/free words, 0/1,
    booleans or counts). ``bays`` (optional): ``bay_id``, ``zone``.
    """
    frame = events.copy()
    frame["bay_id"] = frame["bay_id"].astype(str)
    frame["time"] = pd.to_datetime(frame["time"], utc=True, errors="coerce")
    frame["busy"] = frame["status"].map(occupied_flag)
    unreadable = int((frame["busy"].isna() | frame["time"].isna()).sum())
    frame = frame[frame["busy"].notna() & frame["time"].notna()].copy()
    if frame.empty:
        raise InputError(N_("No readable bay status events (occupied/free with a time)."))
    # whole seconds: one status snapshot written with millisecond noise is one moment
    since_epoch = frame["time"].dt.floor("s") - pd.Timestamp(0, tz="UTC")
    frame["time"] = (since_epoch // pd.Timedelta(1, "ns")).astype(np.int64)
    frame = frame.sort_values(["bay_id", "time"], kind="stable").drop_duplicates(
        ["bay_id", "time"], keep="last"
    )
    from_data = start_ns is None or end_ns is None
    start_ns = int(frame["time"].min()) if start_ns is None else start_ns
    end_ns = int(frame["time"].max()) if end_ns is None else end_ns
    if from_data and end_ns - start_ns < MIN_PERIOD_NS:
        raise InputError(
            N_(
                "The events span only {minutes:.1f} minutes: turnover per day needs at least an hour of "
                "events (or a period set explicitly)."
            ),
            minutes=(end_ns - start_ns) / NS_PER_MINUTE,
        )
    if end_ns <= start_ns:
        raise InputError(N_("The period is empty: its end must lie after its start."))
    frame = frame[frame["time"] < end_ns]
    days = (end_ns - start_ns) / NS_PER_DAY
    bay_rows, session_rows = [], []
    for bay_id, group in frame.groupby("bay_id", sort=True):
        sessions, occupied_ns = bay_sessions(
            group["time"].to_numpy(), group["busy"].astype(bool).to_numpy(), start_ns, end_ns
        )
        session_rows.extend(
            {
                "bay_id": bay_id,
                "start": begin,
                "end": finish,
                "minutes": (finish - begin) / NS_PER_MINUTE,
                "open": is_open,
            }
            for begin, finish, is_open in sessions
        )
        bay_rows.append({"bay_id": bay_id, "occupied_share": occupied_ns / (end_ns - start_ns)})
    sessions = pd.DataFrame(session_rows, columns=["bay_id", "start", "end", "minutes", "open"])
    bay_table = pd.DataFrame(bay_rows)
    zones = bays.assign(bay_id=bays["bay_id"].astype(str)) if bays is not None else None
    zone_of = zones.set_index("bay_id")["zone"] if zones is not None else pd.Series(dtype=object)
    bay_table["zone"] = bay_table["bay_id"].map(zone_of).fillna("")
    sessions["zone"] = sessions["bay_id"].map(zone_of).fillna("")
    bay_table = bay_table.merge(dwell_summary(sessions, "bay_id", max_minutes), on="bay_id", how="left")
    bay_table["turnover"] = bay_table["sessions"].fillna(0) / days
    zone_table = (
        bay_table.groupby("zone", sort=True)
        .agg(bays=("bay_id", "size"), occupied_share=("occupied_share", "mean"))
        .reset_index()
    )
    zone_table = zone_table.merge(dwell_summary(sessions, "zone", max_minutes), on="zone", how="left")
    zone_table["turnover"] = zone_table["sessions"].fillna(0) / (zone_table["bays"] * days)
    return TurnoverResult(bay_table, zone_table, sessions, unreadable)


def dwell_summary(sessions, key, max_minutes):
    """Sessions, median and 90th-percentile dwell and the share over ``max_minutes`` per ``key``.

    Open sessions count as sessions but not in the dwell statistics.
    """
    closed = sessions[~sessions["open"]]
    counts = sessions.groupby(key).size().rename("sessions")
    dwell = closed.groupby(key)["minutes"]
    summary = pd.concat(
        [
            counts,
            dwell.median().rename("median_min"),
            dwell.quantile(0.9).rename("p90_min"),
            (closed["minutes"] > max_minutes).groupby(closed[key]).mean().rename("share_over"),
        ],
        axis=1,
    )
    return summary.rename_axis(key).reset_index()
