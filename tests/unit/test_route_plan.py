"""The pages of the school route plan: one per school with safe routes, framed maps, listed spots."""

import pytest

from smartcity_qgis.core.schoolroutes.route_plan import (
    LEAST_SPAN_M,
    MARGIN,
    DangerSpot,
    plan_pages,
    spot_lines,
)


def test_one_page_per_school_with_routes_framed_around_them():
    schools = [("Nord", 1000.0, 1000.0), ("Süd", 1000.0, -3000.0), ("ohne Wege", 0.0, 0.0)]
    routes = [
        ("Nord", 200.0, 900.0, 1000.0, 1100.0),
        ("Nord", 1000.0, 1000.0, 1100.0, 1600.0),
        ("Süd", 950.0, -3050.0, 1050.0, -2950.0),
    ]
    pages = plan_pages(schools, routes, [], aspect=1.5)
    assert [(page.school, page.routes) for page in pages] == [("Nord", 2), ("Süd", 1)]
    xmin, ymin, xmax, ymax = pages[0].extent
    # routes span 200…1100 × 900…1600: 900 × 700 m; with the margin 1044 × 812, widened to 3:2
    height = 700 * (1 + 2 * MARGIN)
    assert (xmax - xmin, ymax - ymin) == pytest.approx((height * 1.5, height))
    assert xmax - xmin > 900 * (1 + 2 * MARGIN)
    assert ((xmin + xmax) / 2, (ymin + ymax) / 2) == pytest.approx((650.0, 1250.0))
    # a school whose homes are all close by is shown with its surroundings
    xmin, ymin, xmax, ymax = pages[1].extent
    assert ymax - ymin == pytest.approx(LEAST_SPAN_M * (1 + 2 * MARGIN))


def test_spots_on_the_map_are_listed_most_pupils_first():
    spots = [
        DangerSpot(1, "unprotected crossing", "primary road", 25.0, 500.0, 1000.0),
        DangerSpot(2, "junction with a main road", "", 30.0, 5000.0, 5000.0),  # not on this map
        DangerSpot(3, "junction with a main road", "secondary road", 4.0, 900.0, 1200.0),
        DangerSpot(4, "unprotected crossing", "", 40.0, 1050.0, 1550.0),
    ]
    [page] = plan_pages([("Nord", 1000.0, 1000.0)], [("Nord", 200.0, 900.0, 1100.0, 1600.0)], spots)
    assert [spot.rank for spot in page.spots] == [4, 1, 3]
    assert spot_lines(page, "pupils: {pupils:.0f}") == [
        "1  unprotected crossing – pupils: 40",
        "2  unprotected crossing, primary road – pupils: 25",
        "3  junction with a main road, secondary road – pupils: 4",
    ]
