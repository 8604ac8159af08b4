"""The parking algorithms through processing, on platform outputs and on a town's own tables."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.support.feedback import progress_record

PARKHAUS = "Parkhaus Altstadt frei"


def run(algorithm, parameters, feedback=None):
    import processing

    return processing.run(f"smartcity:{algorithm}", parameters, feedback=feedback)


def rows(path_or_layer):
    layer = path_or_layer if isinstance(path_or_layer, QgsVectorLayer) else QgsVectorLayer(str(path_or_layer))
    assert layer.isValid()
    return list(layer.getFeatures())


@pytest.fixture
def platform_outputs(provider, sensorthings, tmp_path):
    """Sensor locations and 3000 observations of the car park, as 'Load sensor locations' and
    'Fetch observations' write them."""
    sensors, observations = tmp_path / "sensors.gpkg", tmp_path / "observations.gpkg"
    run(
        "sensorlocations",
        {"URL": sensorthings.base_url, "OBSERVED_PROPERTY": "Freie Stellplätze", "OUTPUT": str(sensors)},
    )
    run(
        "observations",
        {
            "URL": sensorthings.base_url,
            "STREAM_IDS": sensorthings.ids[PARKHAUS],
            "START": "2026-11-01T00:00:00Z",
            "END": "2026-11-30T00:00:00Z",
            "OUTPUT": str(observations),
        },
    )
    return sensors, observations


def test_statistics_through_the_whole_platform_chain(platform_outputs, tmp_path):
    sensors, observations = platform_outputs
    result = run(
        "parkingstats",
        {
            "FACILITIES": str(sensors),
            "OBSERVATIONS": str(observations),
            "OUTPUT": str(tmp_path / "stats.gpkg"),
            "PROFILE": str(tmp_path / "profile.gpkg"),
        },
    )
    stats = {feature["facility_id"]: feature for feature in rows(result["OUTPUT"])}
    parkhaus = next(feature for feature in stats.values() if feature["samples"] == 3000)
    # free = i % 400 every 5 minutes for i = 0 … 2999, capacity 400 (a property of the thing)
    mean_free = (7 * sum(range(400)) + sum(range(200))) / 3000
    assert parkhaus["mean_occ"] == pytest.approx(1 - mean_free / 400)
    assert parkhaus["coverage"] == pytest.approx(1.0)
    assert parkhaus["peak_occ"] == pytest.approx(1.0)
    assert parkhaus.geometry().asPoint().x() == pytest.approx(8.8707)
    counter = next(feature for feature in stats.values() if feature["samples"] == 0)
    assert "no capacity" in counter["issues"]  # the counter thing has no capacity property
    profile = rows(result["PROFILE"])
    assert {feature["weekday"] for feature in profile} == set(range(7))
    assert any(feature["facility_id"] == "*" for feature in profile)


def test_statistics_of_a_municipal_export_with_occupied_counts(provider, tmp_path):
    facilities = QgsVectorLayer("Point?crs=EPSG:25832&field=nr:integer&field=plaetze:double", "f", "memory")
    table = QgsVectorLayer("None?field=nr:integer&field=zeit:datetime&field=belegt:integer", "t", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY
    from qgis.PyQt.QtCore import QDateTime, Qt

    feature = QgsFeature(facilities.fields())
    feature.setAttributes([7, 50.0])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(497000, 5380000)))
    facilities.dataProvider().addFeature(feature)
    start = QDateTime.fromString("2026-11-16T00:00:00Z", Qt.ISODate)
    for hour in range(24):
        sample = QgsFeature(table.fields())
        sample.setAttributes([7, start.addSecs(3600 * hour), 50 if 9 <= hour < 15 else 10])
        table.dataProvider().addFeature(sample)
    progress = progress_record()
    result = run(
        "parkingstats",
        {
            "FACILITIES": facilities,
            "FACILITY_ID": "nr",
            "CAPACITY": "plaetze",
            "OBSERVATIONS": table,
            "OBS_FACILITY_ID": "nr",
            "TIME": "zeit",
            "FREE": None,
            "OCCUPIED": "belegt",
            "THRESHOLD": 0.9,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "PROFILE": None,
        },
        progress,
    )
    # the bar moves through reading and writing, never back, and ends full
    assert progress.values == sorted(progress.values) and progress.values[-1] == 100
    assert any(0 < value < 100 for value in progress.values)
    [stats] = rows(result["OUTPUT"])
    assert stats["mean_occ"] == pytest.approx((6 * 1.0 + 18 * 0.2) / 24)
    assert stats["hours_sat"] == pytest.approx(6.0)
    assert result["OUTPUT"].crs().authid() == "EPSG:25832"
    assert "PROFILE" not in result or not result["PROFILE"]


def test_missing_or_unknown_fields_are_clear_errors(provider, platform_outputs, tmp_path):
    sensors, observations = platform_outputs
    without_counts = QgsVectorLayer("None?field=stream_id:string&field=time:datetime", "t", "memory")
    target = tmp_path / "stats.gpkg"
    cases = (
        ({"OBSERVATIONS": without_counts}, "free spaces or the field with occupied"),
        ({"OBSERVATIONS": str(observations), "TIME": "zeitpunkt"}, "field 'zeitpunkt' does not exist"),
    )
    for parameters, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            run("parkingstats", {"FACILITIES": str(sensors), **parameters, "OUTPUT": str(target)})
        assert not target.exists()


def test_turnover_of_a_zone_from_an_event_table(provider):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    bays = QgsVectorLayer("Point?crs=EPSG:25832&field=id:string&field=strasse:string", "bays", "memory")
    for index, bay in enumerate("AB"):
        feature = QgsFeature(bays.fields())
        feature.setAttributes([bay, "Marktplatz"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(497000 + index * 5, 5380000)))
        bays.dataProvider().addFeature(feature)
    events = QgsVectorLayer("None?field=id:string&field=observed:string&field=status:string", "ev", "memory")
    for bay, time, status in (
        ("A", "07:30", "frei"),
        ("A", "08:00", "belegt"),
        ("A", "09:30", "frei"),
        ("A", "10:00", "belegt"),
        ("A", "14:00", "frei"),
        ("B", "12:00", "belegt"),
    ):
        feature = QgsFeature(events.fields())
        feature.setAttributes([bay, f"2026-11-16T{time}:00Z", status])
        events.dataProvider().addFeature(feature)
    result = run(
        "parkingturnover",
        {
            "EVENTS": events,
            "BAYS": bays,
            "ZONE": "strasse",
            "START": "2026-11-16T08:00:00Z",
            "END": "2026-11-16T16:00:00Z",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "ZONES": "TEMPORARY_OUTPUT",
        },
    )
    per_bay = {feature["bay_id"]: feature for feature in rows(result["OUTPUT"])}
    assert (per_bay["A"]["sessions"], per_bay["A"]["median_min"], per_bay["A"]["share_over"]) == (2, 165, 0.5)
    assert per_bay["A"].geometry().asPoint().x() == 497000
    [zone] = rows(result["ZONES"])
    assert (zone["zone"], zone["bays"], zone["sessions"]) == ("Marktplatz", 2, 3)
    assert zone["turnover"] == pytest.approx(3 / (2 * 8 / 24))


def test_turnover_of_real_single_bay_sensors(provider, test_data, tmp_path):
    bays = tmp_path / "bays.gpkg"
    run(
        "parkingfeed",
        {
            "SOURCE": str(test_data / "friedrichshafen-sensors-static.xml"),
            "STATUS_SOURCE": str(test_data / "friedrichshafen-sensors-realtime.xml"),
            "OUTPUT": str(bays),
        },
    )
    occupied = [feature for feature in rows(bays) if feature["occupied"] == 1]
    snapshot = min(feature["observed"] for feature in rows(bays))
    with pytest.raises(QgsProcessingException, match="at least an hour"):  # one moment is no period
        run("parkingturnover", {"EVENTS": str(bays), "OUTPUT": "TEMPORARY_OUTPUT"})
    result = run(
        "parkingturnover",
        {"EVENTS": str(bays), "BAYS": str(bays), "END": snapshot.addSecs(3600), "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    features = rows(result["OUTPUT"])
    assert len(features) == 55
    # one snapshot: every occupied bay has one open session, every free bay none
    assert sum(feature["sessions"] or 0 for feature in features) == len(occupied)


def test_availability_near_destinations_from_the_statistics(provider, platform_outputs, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    sensors, observations = platform_outputs
    stats = run(
        "parkingstats",
        {
            "FACILITIES": str(sensors),
            "OBSERVATIONS": str(observations),
            "OUTPUT": str(tmp_path / "stats.gpkg"),
            "PROFILE": str(tmp_path / "profile.gpkg"),
        },
    )
    destinations = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "ziele", "memory")
    for name, lon, lat in (("Marktplatz", 8.8712, 48.5950), ("Freibad", 8.9000, 48.6100)):
        feature = QgsFeature(destinations.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        destinations.dataProvider().addFeature(feature)
    result = run(
        "parkingavailability",
        {
            "DESTINATIONS": destinations,
            "DEST_NAME": "name",
            "FACILITIES": stats["OUTPUT"],
            "PROFILE": stats["PROFILE"],
            "WEEKDAY": 0,
            "HOUR": 12,
            "DISTANCE": 300,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    by_name = {feature["destination"]: feature for feature in rows(result["OUTPUT"])}
    markt = by_name["Marktplatz"]
    assert markt["facilities"] == 1 and markt["capacity"] == 400  # the car park, 56 m away
    profile = {(f["facility_id"], f["weekday"], f["hour"]): f["mean_occ"] for f in rows(stats["PROFILE"])}
    parkhaus = next(key[0] for key in profile if key[0] != "*")
    assert markt["free"] == pytest.approx(400 * (1 - profile[(parkhaus, 0, 12)]))
    assert by_name["Freibad"]["facilities"] == 0 and by_name["Freibad"]["nearest_m"] > 2000


def test_forecast_of_the_car_park(provider, platform_outputs):
    sensors, observations = platform_outputs
    result = run(
        "parkingforecast",
        {
            "FACILITIES": str(sensors),
            "OBSERVATIONS": str(observations),
            "DAYS": 2,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "BACKTEST": "TEMPORARY_OUTPUT",
        },
    )
    forecast = rows(result["OUTPUT"])
    assert len(forecast) == 48  # only the car park has a capacity
    assert all(0 <= feature["rate"] <= 1.5 for feature in forecast)
    first = min(feature["time"] for feature in forecast)
    assert first.toString("yyyy-MM-ddTHH:mm") == "2026-11-20T10:00"  # the hour after the data ends
    [backtest] = rows(result["BACKTEST"])
    assert backtest["backtest_weeks"] == 0  # ten days of data are too few for a backtest week


def test_report_is_one_html_file_with_charts(provider, platform_outputs, tmp_path):
    from lxml import etree
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    from tests.support.layers import memory_layer

    sensors, observations = platform_outputs
    to_web_mercator = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsProject.instance(),
    )
    [parkhaus] = [f for f in rows(sensors) if f["thing"] == "Parkhaus Altstadt"]
    start = to_web_mercator.transform(parkhaus.geometry().asPoint())
    roads = memory_layer(
        "LineString?crs=EPSG:3857",
        [
            ((), f"LineString({start.x()} {start.y()}, {start.x() + 80} {start.y() + 60})"),
            ((), f"LineString({start.x() + 50000} {start.y()}, {start.x() + 51000} {start.y()})"),  # far off
        ],
    )
    target = tmp_path / "bericht.html"
    run(
        "parkingreport",
        {
            "FACILITIES": str(sensors),
            "OBSERVATIONS": str(observations),
            "TITLE": "Parken Herrenberg",
            "MAP_CONTEXT": roads,
            "OUTPUT_HTML": str(target),
        },
    )
    tree = etree.parse(str(target), etree.HTMLParser())
    assert tree.findtext(".//h1") == "Parken Herrenberg"
    assert tree.findtext(".//h3") == "Parkhaus Altstadt"  # facility name from the thing field
    assert len(tree.findall(".//svg")) >= 4
    assert [path.name for path in tmp_path.iterdir() if path.suffix == ".tmp"] == []
    # the road from the car park, reprojected from Web Mercator, starts in its circle (which
    # comes from the facility's WGS 84 point) and runs up to the right; the far one is left out
    facility_map = next(svg for svg in tree.iter("svg") if svg.find("circle") is not None)
    [road] = facility_map.findall("polyline")
    (x0, y0), (x1, y1) = [tuple(map(float, pair.split(","))) for pair in road.get("points").split()]
    [circle] = facility_map.findall("circle")
    assert abs(x0 - float(circle.get("cx"))) + abs(y0 - float(circle.get("cy"))) < 0.3
    assert x1 > x0 and y1 < y0
    assert "Parkhaus Altstadt" in [text.text for text in facility_map.iter("text")]


def test_statistics_of_a_real_parkapi_snapshot(provider, tmp_path):
    from tests.conftest import REPO

    parking = tmp_path / "parking.gpkg"
    run(
        "parkingfeed",
        {
            "SOURCE": str(REPO / "smartcity_qgis" / "example" / "herrenberg-parking.json"),
            "OUTPUT": str(parking),
        },
    )
    result = run(
        "parkingstats",
        {
            "FACILITIES": str(parking),
            "FACILITY_ID": "id",
            "FACILITY_NAME": "name",
            "OBSERVATIONS": str(parking),
            "OBS_FACILITY_ID": "id",
            "TIME": "observed",
            "FREE": "free",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "PROFILE": None,
        },
    )
    stats = {feature["facility_id"]: feature for feature in rows(result["OUTPUT"])}
    garage = stats["herrenbergaltstadtgarage"]
    assert garage["mean_occ"] == pytest.approx(37 / 97)  # one snapshot: 60 of 97 free
    assert garage["name"] == "Altstadtgarage"
    assert "no capacity" in stats["herrenbergparkgarageseelaender"]["issues"]  # the feed has no capacity


def test_availability_along_a_walking_network(provider):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    def layer(kind, fields, rows):
        result = QgsVectorLayer(f"{kind}?crs=EPSG:25832&{fields}", kind, "memory")
        for attributes, geometry in rows:
            feature = QgsFeature(result.fields())
            feature.setAttributes(attributes)
            feature.setGeometry(geometry)
            result.dataProvider().addFeature(feature)
        return result

    def point(x, y):
        return QgsGeometry.fromPointXY(QgsPointXY(497000 + x, 5380000 + y))

    # the car park is 100 m away as the crow flies, 700 m on foot (round the river over the bridge)
    path = [QgsPointXY(497000 + x, 5380000 + y) for x, y in ((0, 0), (300, 0), (300, 100), (0, 100))]
    network = layer("LineString", "field=highway:string", [(["footway"], QgsGeometry.fromPolylineXY(path))])
    destinations = layer("Point", "field=name:string", [(["Rathaus"], point(0, 0))])
    facilities = layer(
        "Point",
        "field=facility_id:string&field=capacity:double&field=mean_occ:double",
        [(["P", 50.0, 0.5], point(0, 100))],
    )
    common = {
        "DESTINATIONS": destinations,
        "DEST_NAME": "name",
        "FACILITIES": facilities,
        "DISTANCE": 400,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    [straight] = rows(run("parkingavailability", common)["OUTPUT"])
    [walking] = rows(run("parkingavailability", {**common, "NETWORK": network})["OUTPUT"])
    assert (straight["facilities"], straight["nearest_m"]) == (1, pytest.approx(100))
    assert (walking["facilities"], walking["nearest_m"]) == (0, pytest.approx(700))


def test_times_in_geopackages_say_they_are_utc_and_the_peak_has_a_local_time(platform_outputs, tmp_path):
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    from osgeo import ogr

    sensors, observations = platform_outputs
    target = tmp_path / "stats.gpkg"
    run(
        "parkingstats", {"FACILITIES": str(sensors), "OBSERVATIONS": str(observations), "OUTPUT": str(target)}
    )
    for path, column in ((target, "peak_time"), (observations, "time")):
        dataset = ogr.Open(str(path))
        layer = dataset.GetLayer(0)
        index = layer.GetLayerDefn().GetFieldIndex(column)
        moments = []
        for feature in layer:
            if feature.IsFieldSet(index) and not feature.IsFieldNull(index):
                *parts, tz_flag = feature.GetFieldAsDateTime(index)
                assert tz_flag == 100, f"{path.name}: {column} read by GDAL without UTC"
                year, month, day, hour, minute, second = parts
                moments.append(
                    (feature, datetime(year, month, day, hour, minute, int(second), tzinfo=timezone.utc))
                )
        assert moments
        if column == "peak_time":  # the local column agrees with the Olson database's reading
            for feature, moment in moments:
                local = moment.astimezone(ZoneInfo("Europe/Berlin")).strftime("%Y-%m-%d %H:%M")
                assert feature.GetField("peak_local") == local
        del layer, dataset
