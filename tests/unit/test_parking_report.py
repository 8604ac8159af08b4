"""The parking report: valid HTML with the expected charts, numbers, local-time axes, legends,
labels and a print layout."""

import pandas as pd
from lxml import etree

from smartcity_qgis.core.parking.report import day_ticks, parking_report
from smartcity_qgis.core.parking.stats import parking_statistics
from smartcity_qgis.core.parking.svg_charts import occupancy_colour, point_map

HOUR_NS = 3_600_000_000_000
DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def statistics(start="2026-11-16T00:00Z", days=7):
    times = pd.date_range(start, periods=days * 24, freq="h")
    rows = [("P1", t, 95 if 9 <= t.hour < 12 else 30) for t in times]
    rows += [("P2", t, 10) for t in times]
    observations = pd.DataFrame(rows, columns=["facility_id", "time", "occupied"])
    facilities = pd.DataFrame({"facility_id": ["P1", "P2"], "capacity": [100, 50]})
    return parking_statistics(facilities, observations)


def report_tree(**extra):
    html = parking_report(
        statistics(),
        0.85,
        "Parken in Herrenberg",
        names={"P1": "Altstadt & Markt", "P2": "<script>alert(1)</script>"},
        locations={"P1": (0.0, 0.0), "P2": (250.0, 80.0)},
        **extra,
    )
    return html, etree.fromstring(html.encode(), etree.HTMLParser())


def test_report_has_overview_heatmaps_series_and_map():
    _html, tree = report_tree()
    assert tree.findtext(".//h1") == "Parken in Herrenberg"
    overview = tree.find(".//table")
    assert [cell.text for cell in overview.findall(".//tr")[1]][:2] == ["Altstadt & Markt", "100"]
    heatmaps = [svg for svg in tree.iter("svg") if len(svg.findall("rect")) == 7 * 24]
    assert len(heatmaps) == 3  # all facilities, then P1 and P2
    assert len(tree.findall(".//circle")) == 2
    saturated = [title.text for title in heatmaps[1].iter("title") if title.text.startswith("Mon 10")]
    assert saturated == ["Mon 10: 95%"]  # P1 is busiest and comes first; 09:00 UTC = 10:00 local
    # (the HTML parser lower-cases attribute names)
    assert all(
        svg.get("viewbox") == f"0 0 {svg.get('width')} {svg.get('height')}" for svg in tree.iter("svg")
    )


def test_times_are_local_and_say_their_zone():
    _html, tree = report_tree()
    period = tree.find(".//p").xpath("string()")
    # the last hour, 23:00–24:00 UTC on Sunday, is 00:00–01:00 on Monday 23 November in Berlin
    assert "16.11.2026 – 23.11.2026" in period and "Europe/Berlin" in period
    series = tree.find(".//section[@class='facility']/svg")
    labels = [text.text for text in series.findall("text") if "." in (text.text or "")]
    # the week starts at 00:00 UTC = 01:00 local: the first local midnight is Tuesday's
    # and the period ends at 01:00 on Monday 23 November: that midnight is drawn at the right
    # edge, where its label would run off the chart
    midnights = [line for line in series.findall("line") if line.get("x1") == line.get("x2")]
    assert len(midnights) == 7 and float(midnights[-1].get("x1")) > 690
    assert labels == ["Tue 17.11.", "Wed 18.11.", "Thu 19.11.", "Fri 20.11.", "Sat 21.11.", "Sun 22.11."]
    assert any("Europe/Berlin" in (text.text or "") for text in series.findall("text"))


def test_day_ticks_across_the_change_to_summer_time():
    start = pd.Timestamp("2026-03-27T12:00Z").value
    end = pd.Timestamp("2026-03-31T12:00Z").value
    ticks = day_ticks(start, end, "Europe/Berlin", DAYS)
    # local midnights: CET (UTC+1) until Sunday 29 March, CEST (UTC+2) from Monday
    expected = ["2026-03-27T23:00Z", "2026-03-28T23:00Z", "2026-03-29T22:00Z", "2026-03-30T22:00Z"]
    span = end - start
    assert [label for _x, label in ticks] == ["Sa 28.03.", "So 29.03.", "Mo 30.03.", "Di 31.03."]
    for (share, _label), utc in zip(ticks, expected):
        assert start + round(share * span) == pd.Timestamp(utc).value


def test_day_ticks_thin_out_over_a_year():
    start = pd.Timestamp("2026-01-01T00:00Z").value
    ticks = day_ticks(start, start + 365 * 24 * HOUR_NS, "Europe/Berlin", DAYS)
    assert 6 <= len(ticks) <= 12
    assert all(0 <= share <= 1 for share, _label in ticks)


def test_legends_labels_and_context():
    roads = [[(-50.0, -20.0), (300.0, 100.0)], [(0.0, 90.0), (250.0, -10.0), (260.0, -40.0)]]
    html, tree = report_tree(context=roads)
    legend_texts = [[text.text for text in svg.findall("text")] for svg in tree.iter("svg")]
    assert ["0%", "42%", "85%", "100%", "no data"] in legend_texts  # the occupancy legend
    assert ["0%", "25%", "50%", "100%", "no data"] in legend_texts  # the map's share legend
    assert "02:00" in tree.xpath("string(//body)")  # why a cell may be grey
    map_svg = next(svg for svg in tree.iter("svg") if svg.find("circle") is not None)
    assert [len(line.get("points").split()) for line in map_svg.findall("polyline")] == [2, 3]
    names = [text.text for text in map_svg.findall("text")]
    assert "Altstadt & Markt" in names and "<script>alert(1)</script>"[:21] + "…" in names
    assert "<script>" not in html


def test_print_layout_puts_each_facility_on_its_own_a4_page():
    html, tree = report_tree()
    style = tree.findtext(".//style")
    assert "@media print" in style and "size:A4" in style
    assert "section.facility{break-before:page" in style
    sections = tree.findall(".//section[@class='facility']")
    assert [section.findtext("h3") for section in sections] == [
        "Altstadt & Markt",
        "<script>alert(1)</script>",
    ]


def test_colour_scale_from_green_to_red():
    assert occupancy_colour(0.0) != occupancy_colour(0.85) != occupancy_colour(1.0)
    assert occupancy_colour(1.0) == "#ff0040" and occupancy_colour(float("nan")) == "#dddddd"


def test_map_labels_do_not_overlap_and_stay_on_the_map():
    points = [
        (0.0, 0.0, 400, 0.5, "Parkhaus Altstadt"),
        (5.0, 2.0, 50, 0.1, "Altstadt Süd"),  # its label would cover the bigger one's
        (1000.0, 0.0, 100, 0.2, "Bahnhof West Parkdeck"),  # at the right edge
    ]
    tree = etree.fromstring(point_map(points, 0.85).encode())
    svg = "{http://www.w3.org/2000/svg}"
    labels = {text.text: text for text in tree.iter(f"{svg}text") if not text.text.endswith(" m")}
    assert set(labels) == {"Parkhaus Altstadt", "Bahnhof West Parkdeck"}
    assert labels["Bahnhof West Parkdeck"].get("text-anchor") == "end"
    assert float(labels["Bahnhof West Parkdeck"].get("x")) < float(tree.get("width"))
