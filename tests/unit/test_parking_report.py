"""The parking report: valid HTML with the expected charts and numbers."""

import pandas as pd
from lxml import etree

from smartcity_qgis.core.parking.report import parking_report
from smartcity_qgis.core.parking.stats import parking_statistics
from smartcity_qgis.core.parking.svg_charts import occupancy_colour


def statistics():
    times = pd.date_range("2026-11-16T00:00Z", periods=7 * 24, freq="h")
    rows = [("P1", t, 95 if 9 <= t.hour < 12 else 30) for t in times]
    rows += [("P2", t, 10) for t in times]
    observations = pd.DataFrame(rows, columns=["facility_id", "time", "occupied"])
    facilities = pd.DataFrame({"facility_id": ["P1", "P2"], "capacity": [100, 50]})
    return parking_statistics(facilities, observations)


def test_report_has_overview_heatmaps_series_and_map():
    html = parking_report(
        statistics(),
        0.85,
        "Parken in Herrenberg",
        names={"P1": "Altstadt & Markt"},
        locations={"P1": (0.0, 0.0), "P2": (250.0, 80.0)},
    )
    tree = etree.fromstring(html.encode(), etree.HTMLParser())
    assert tree.findtext(".//h1") == "Parken in Herrenberg"
    overview = tree.find(".//table")
    assert [cell.text for cell in overview.findall(".//tr")[1]][:2] == ["Altstadt & Markt", "100"]
    svgs = tree.findall(".//svg")
    # overall heatmap, map, and per facility a time series and a heatmap
    assert len(svgs) == 1 + 1 + 2 * 2
    assert len(svgs[0].findall("rect")) == 7 * 24
    assert len(tree.findall(".//circle")) == 2
    saturated = [title.text for title in svgs[3].iter("title") if title.text.startswith("Mon 10")]
    assert saturated == ["Mon 10: 95%"]  # P1 is busiest and comes first; 09:00 UTC = 10:00 local


def test_colour_scale_from_green_to_red():
    assert occupancy_colour(0.0) != occupancy_colour(0.85) != occupancy_colour(1.0)
    assert occupancy_colour(1.0) == "#ff0040" and occupancy_colour(float("nan")) == "#dddddd"
