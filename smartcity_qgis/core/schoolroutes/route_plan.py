"""The pages of a school route plan (Schulwegplan): per school the map extent of its safe routes
and the ranked danger spots on that map, as handed out to parents."""

from __future__ import annotations

from dataclasses import dataclass, field

MARGIN = 0.08  # share of the routes' extent added on every side
LEAST_SPAN_M = 400.0  # a school whose homes are all close by is still shown with its streets
MOST_LISTED_SPOTS = 10
PAGE_ASPECT = 1.0  # width / height of the map on the page


@dataclass
class PlanPage:
    """One school's page: its name and position, the map extent ``(xmin, ymin, xmax, ymax)``, the
    number of safe routes to it and the danger spots on the map (most pupils first)."""

    school: str
    x: float
    y: float
    extent: tuple
    routes: int = 0
    spots: list = field(default_factory=list)


@dataclass
class DangerSpot:
    rank: int
    kind: str
    place: str
    pupils: float
    x: float
    y: float


def framed(xmin, ymin, xmax, ymax, aspect=PAGE_ASPECT):
    """The extent grown by :data:`MARGIN`, to at least :data:`LEAST_SPAN_M` and to ``aspect``,
    around the same centre."""
    width = max(xmax - xmin, LEAST_SPAN_M) * (1 + 2 * MARGIN)
    height = max(ymax - ymin, LEAST_SPAN_M) * (1 + 2 * MARGIN)
    width, height = max(width, height * aspect), max(height, width / aspect)
    centre_x, centre_y = (xmin + xmax) / 2, (ymin + ymax) / 2
    return centre_x - width / 2, centre_y - height / 2, centre_x + width / 2, centre_y + height / 2


def plan_pages(schools, routes, spots, aspect=PAGE_ASPECT):
    """One :class:`PlanPage` per school that has safe routes, in the order of ``schools``.

    ``schools``: ``[(name, x, y)]``; ``routes``: ``[(school, xmin, ymin, xmax, ymax)]`` of each safe
    route line; ``spots``: :class:`DangerSpot` objects (all schools' hotspots: a page lists those on
    its map, since the pupils counted there may walk to any school).
    """
    bounds = {}
    counts = {}
    for school, xmin, ymin, xmax, ymax in routes:
        known = bounds.get(school, (xmin, ymin, xmax, ymax))
        bounds[school] = (min(known[0], xmin), min(known[1], ymin), max(known[2], xmax), max(known[3], ymax))
        counts[school] = counts.get(school, 0) + 1
    pages = []
    for name, x, y in schools:
        if name not in bounds:
            continue
        xmin, ymin, xmax, ymax = bounds[name]
        extent = framed(min(xmin, x), min(ymin, y), max(xmax, x), max(ymax, y), aspect)
        inside = [s for s in spots if extent[0] <= s.x <= extent[2] and extent[1] <= s.y <= extent[3]]
        inside.sort(key=lambda spot: (-spot.pupils, spot.rank))
        pages.append(PlanPage(name, x, y, extent, counts[name], inside[:MOST_LISTED_SPOTS]))
    return pages


def spot_lines(page, pupils_text):
    """The danger spots of a page as numbered lines ``"1  unprotected crossing, primary road:
    pupils: 23"``; ``pupils_text`` formats the count (``"pupils: {pupils:.0f}"``, translated)."""
    return [
        f"{number}  {', '.join(part for part in (spot.kind, spot.place) if part)} – "
        + pupils_text.format(pupils=spot.pupils)
        for number, spot in enumerate(page.spots, start=1)
    ]
