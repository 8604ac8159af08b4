"""The parking report: one HTML file with inline SVG charts (heatmaps, time series, map, tables)."""

from __future__ import annotations

from html import escape

from ..errors import N_
from ..lazy import LazyModule
from .stats import ALL_FACILITIES
from .svg_charts import colour_legend, heatmap, point_map, time_series

np = LazyModule("numpy")
pd = LazyModule("pandas")


WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
DETAILED_FACILITIES = 30
MOST_DAY_TICKS = 9
MAP_NOTE = N_(
    "Circle size: capacity; colour: share of the time at or above the threshold. The biggest "
    "facilities are named; hover over a circle for its figures."
)
NO_DATA_NOTE = N_(
    "Grey: no data in that hour. The 02:00 hour of the Sunday the clocks go forward does not "
    "exist in local time, so with only that Sunday in the period it stays grey."
)
STYLE = (
    "body{font-family:sans-serif;margin:2em;max-width:1000px;color:#222}"
    "table{border-collapse:collapse;font-size:13px}"
    "td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}"
    "th{background:#eee}td:first-child,th:first-child{text-align:left}h2{margin-top:2em}"
    ".note{color:#666;font-size:12px}svg{max-width:100%;height:auto}"
    "@media print{@page{size:A4;margin:14mm}body{margin:0;max-width:none;font-size:11pt}"
    "section.facility{break-before:page;page-break-before:always}"
    "h2,h3{break-after:avoid;page-break-after:avoid}tr,svg{break-inside:avoid;page-break-inside:avoid}}"
)


def percent(value):
    return "–" if value is None or pd.isna(value) else f"{value:.0%}"


def number(value, digits=1):
    return "–" if value is None or pd.isna(value) else f"{value:.{digits}f}"


def profile_matrix(profile, facility_id):
    """7 × 24 list of mean occupancy (None where there is no data) for one facility."""
    rows = profile[profile["facility_id"] == facility_id]
    matrix = [[None] * 24 for _ in range(7)]
    for weekday, hour, rate in rows[["weekday", "hour", "mean_occ"]].itertuples(index=False):
        matrix[int(weekday)][int(hour)] = float(rate)
    return matrix


def html_table(frame, columns, translate):
    """A table of ``columns`` = ``[(column, heading template, formatter)]``."""
    head = "".join(f"<th>{escape(translate(heading))}</th>" for _column, heading, _format in columns)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{escape(fmt(row[column]))}</td>" for column, _heading, fmt in columns)
        + "</tr>"
        for _index, row in frame.iterrows()
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def local_date(time_ns, timezone):
    """``16.11.2026`` of a UTC time (ns) in ``timezone``."""
    return f"{pd.Timestamp(time_ns, tz='UTC').tz_convert(timezone):%d.%m.%Y}"


def day_ticks(start_ns, end_ns, timezone, days):
    """``[(x 0…1, "Mon 16.11.")]`` at local midnights between two UTC times (ns), at most
    :data:`MOST_DAY_TICKS` of them; ``days`` are the weekday names from Monday."""
    first = (
        pd.Timestamp(start_ns, tz="UTC")
        .tz_convert(timezone)
        .ceil("D", ambiguous=False, nonexistent="shift_forward")
    )
    midnights = pd.date_range(first, pd.Timestamp(end_ns, tz="UTC").tz_convert(timezone), freq="D")
    every = -(-len(midnights) // MOST_DAY_TICKS) or 1
    span = max(end_ns - start_ns, 1)
    return [
        ((midnight.value - start_ns) / span, f"{days[midnight.weekday()]} {midnight:%d.%m.}")
        for midnight in midnights[::every]
    ]


def series_points(hourly, facility_id, start_ns, end_ns):
    rows = hourly[hourly["facility_id"] == facility_id]
    span = max(end_ns - start_ns, 1)
    return [((hour - start_ns) / span, rate) for hour, rate in rows[["hour", "rate"]].itertuples(index=False)]


def parking_report(
    statistics,
    threshold,
    title,
    names=None,
    locations=None,
    turnover=None,
    translate=lambda text: text,
    context=(),
    timezone="Europe/Berlin",
):
    """The report HTML.

    ``statistics``: :class:`~.parking_stats.ParkingStatistics`; ``names``: ``{facility_id: name}``;
    ``locations``: ``{facility_id: (x, y)}`` in metres; ``turnover``: zone table of the turnover;
    ``context``: lines in the same metres drawn under the map; times are shown in ``timezone``.
    """
    names = names or {}
    t = translate
    facilities = statistics.facilities.copy()
    facilities["name"] = facilities["facility_id"].map(lambda key: names.get(key) or key)
    facilities = facilities.sort_values("mean_occ", ascending=False, na_position="last")
    hourly = statistics.hourly
    start_ns = int(hourly["hour"].min()) if len(hourly) else 0
    end_ns = int(hourly["hour"].max()) + 3_600_000_000_000 if len(hourly) else 1
    period = f"{local_date(start_ns, timezone)} – {local_date(end_ns - 1, timezone)}"
    days = [t(day) for day in WEEKDAYS]
    hours_caption = t(N_("Hour of the day, local time ({zone})")).format(zone=timezone)
    legend = colour_legend(
        [(share, f"{share:.0%}") for share in (0.0, threshold / 2, threshold, 1.0)],
        threshold,
        t(N_("no data")),
    )

    def heatmap_with_caption(facility_id):
        return f"<p class='note'>{escape(hours_caption)}</p>" + heatmap(
            profile_matrix(statistics.profile, facility_id), days, list(range(24)), threshold
        )

    parts = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>",
        f"<p>{escape(t(N_('Period')))}: {escape(period)} · {escape(t(N_('Times')))}: "
        f"{escape(t(N_('local time ({zone})')).format(zone=timezone))} · "
        f"{escape(t(N_('Saturation threshold')))}: {threshold:.0%} · "
        f"{escape(t(N_('Facilities')))}: {len(facilities)}</p>",
        f"<h2>{escape(t(N_('Overview')))}</h2>",
        html_table(
            facilities,
            [
                ("name", N_("Facility"), str),
                ("capacity", N_("Capacity"), lambda v: number(v, 0)),
                ("coverage", N_("Data coverage"), percent),
                ("mean_occ", N_("Mean occupancy"), percent),
                ("p95_occ", N_("95th percentile"), percent),
                ("hours_sat", N_("Hours at or above threshold"), number),
                ("share_sat", N_("Share of time at or above threshold"), percent),
                ("issues", N_("Issues"), lambda v: "" if v is None or pd.isna(v) else str(v)),
            ],
            t,
        ),
        f"<h2>{escape(t(N_('All facilities: mean occupancy by weekday and hour (local time)')))}</h2>",
        heatmap_with_caption(ALL_FACILITIES),
        f"<p>{escape(t(N_('Mean occupancy')))}:</p>",
        legend,
        f"<p class='note'>{escape(t(NO_DATA_NOTE))}</p>",
    ]
    if locations:
        points = [
            (*locations[key], capacity, share, names.get(key) or key)
            for key, capacity, share in facilities[["facility_id", "capacity", "share_sat"]].itertuples(
                index=False
            )
            if key in locations and not np.isnan(locations[key][0])
        ]
        if points:
            parts += [
                f"<h2>{escape(t(N_('Map: share of time at or above the threshold')))}</h2>",
                f"<p class='note'>{escape(t(MAP_NOTE))}</p>",
                point_map(points, threshold, context),
                colour_legend(
                    [(share, f"{share:.0%}") for share in (0.0, 0.25, 0.5, 1.0)], 0.5, t(N_("no data"))
                ),
            ]
    if turnover is not None and len(turnover):
        parts += [
            f"<h2>{escape(t(N_('On-street turnover by zone')))}</h2>",
            html_table(
                turnover,
                [
                    ("zone", N_("Zone"), str),
                    ("bays", N_("Bays"), lambda v: number(v, 0)),
                    ("sessions", N_("Sessions"), lambda v: number(v, 0)),
                    ("median_min", N_("Median dwell (min)"), lambda v: number(v, 0)),
                    ("share_over", N_("Share over the limit"), percent),
                    ("turnover", N_("Turnover per bay and day"), number),
                ],
                t,
            ),
        ]
    detailed = facilities.dropna(subset=["mean_occ"]).head(DETAILED_FACILITIES)
    parts.append(f"<h2>{escape(t(N_('Facilities in detail')))}</h2>")
    if len(facilities) > len(detailed):
        parts.append(f"<p class='note'>{escape(t(N_('The busiest facilities with data are shown.')))}</p>")
    ticks = day_ticks(start_ns, end_ns, timezone, days)
    days_caption = t(N_("Day (lines at midnight, local time {zone})")).format(zone=timezone)
    for key, name in detailed[["facility_id", "name"]].itertuples(index=False):
        parts += [
            f"<section class='facility'><h3>{escape(str(name))}</h3>",
            time_series(series_points(hourly, key, start_ns, end_ns), threshold, ticks, days_caption),
            heatmap_with_caption(key),
            legend,
            "</section>",
        ]
    parts.append("</body></html>")
    return "\n".join(parts)
