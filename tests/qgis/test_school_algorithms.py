"""School-route algorithms on the real Herrenberg OSM extract, cross-checked against QGIS's own routing."""

import csv

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

from tests.conftest import REPO
from tests.qgis.conftest import destroy_widget, wait_until_idle

OSM = REPO / "smartcity_qgis" / "example" / "herrenberg-minimal.osm.pbf"


def run(algorithm, parameters):
    import processing

    return processing.run(f"smartcity:{algorithm}", parameters)


def point_layer(points, crs="EPSG:32632", fields="name:string&field=pupils:double&field=art:string"):
    layer = QgsVectorLayer(f"Point?crs={crs}&field={fields}", "points", "memory")
    for values in points:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values[2:]))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(values[0], values[1])))
        layer.dataProvider().addFeature(feature)
    return layer


@pytest.fixture(scope="module")
def town(qgis_processing, qgis_app, tmp_path_factory):
    """The walking network of Herrenberg, two schools and 150 seeded homes on it."""
    import smartcity_qgis

    plugin = smartcity_qgis.classFactory(None)
    plugin.initProcessing()
    network = tmp_path_factory.mktemp("school") / "network.gpkg"
    run(
        "walknetwork",
        {"INPUT": f"{OSM}|layername=lines", "CROSSINGS": f"{OSM}|layername=points", "OUTPUT": str(network)},
    )
    edges = QgsVectorLayer(str(network))
    vertices = np.array(
        [
            (point.x(), point.y())
            for feature in edges.getFeatures()
            for point in feature.geometry().asPolyline()
        ]
    )
    generator = np.random.default_rng(42)
    centre = np.median(vertices, axis=0)
    near_centre = vertices[np.hypot(*(vertices - centre).T) < 600]
    schools = point_layer(
        [
            (*near_centre[0], "Grundschule Nord", 0.0, "Grundschule"),
            (*near_centre[-1], "Schickhardt-Gymnasium", 0.0, "Gymnasium"),
        ]
    )
    picks = near_centre[generator.choice(len(near_centre), 150, replace=False)] + generator.normal(
        0, 5, (150, 2)
    )
    homes = point_layer([(x, y, f"H{index}", float(index % 3 + 1), "") for index, (x, y) in enumerate(picks)])
    del edges  # an OGR layer must not outlive the test that uses it (QGIS 3.22 crashes closing it late)
    yield network, schools, homes
    plugin.unload()


def test_network_from_osm_has_hazards_crossings_and_short_edges(town):
    path, _schools, _homes = town
    edges = QgsVectorLayer(str(path))
    assert edges.crs().authid() == "EPSG:32632"
    assert edges.featureCount() > 1000
    values = {name: {feature[name] for feature in edges.getFeatures()} for name in ("highway", "from_cross")}
    assert {"footway", "residential", "primary", "steps"} <= values["highway"]
    assert "motorway" not in values["highway"]
    assert {"signal", "zebra"} <= values["from_cross"] | {f["to_cross"] for f in edges.getFeatures()}
    assert max(feature["length_m"] for feature in edges.getFeatures()) <= 40.01
    assert any(feature["high_speed"] for feature in edges.getFeatures())


def test_routes_of_all_homes_and_their_lines(town, tmp_path):
    import processing

    from tests.support.feedback import progress_record

    path, schools, homes = town
    progress = progress_record()
    result = processing.run(
        "smartcity:schoolroutes",
        {
            "NETWORK": str(path),
            "ORIGINS": homes,
            "ORIGIN_WEIGHT": "pupils",
            "SCHOOLS": schools,
            "SCHOOL_ID": "name",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "ROUTES": "TEMPORARY_OUTPUT",
        },
        feedback=progress,
    )
    assert progress.values == sorted(progress.values) and progress.values[-1] == 100  # never back
    assert any(0 < value < 100 for value in progress.values)
    rows = list(result["OUTPUT"].getFeatures())
    ok = [row for row in rows if row["status_code"] == "ok"]
    assert len(ok) >= 140
    # the route from the door is never shorter than the straight line, the safe one never shorter
    assert all(row["safe_m"] >= row["short_m"] - 1e-6 and row["detour"] >= 1 - 1e-9 for row in ok)
    assert {row["school"] for row in ok} == {"Grundschule Nord", "Schickhardt-Gymnasium"}
    lines = {(line["home"], line["route_code"]): line for line in result["ROUTES"].getFeatures()}
    for row in ok[:20]:  # the line's ends and the nodes may differ by the 1 cm vertex merge tolerance
        assert lines[(row["home"], "shortest")]["length_m"] == pytest.approx(row["short_m"], abs=0.03)
        assert lines[(row["home"], "safest")]["length_m"] == pytest.approx(row["safe_m"], abs=0.03)


def test_shortest_routes_agree_with_qgis_native_routing(town):
    import processing

    path, schools, homes = town
    result = run(
        "schoolroutes",
        {
            "NETWORK": str(path),
            "ORIGINS": homes,
            "SCHOOLS": schools,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "ROUTES": "TEMPORARY_OUTPUT",
        },
    )
    snapped = {feature["home"]: feature["snap_m"] for feature in result["OUTPUT"].getFeatures()}
    routes = [line for line in result["ROUTES"].getFeatures() if line["route_code"] == "shortest"][:8]
    assert len(routes) == 8 and any(snapped[line["home"]] > 1 for line in routes)
    for line in routes:
        vertices = line.geometry().asPolyline()
        # from the door itself: QGIS ties it to the nearest point of the nearest line, as we do;
        # to the school's network node, then on to the school
        start, end = vertices[0], vertices[-2]
        access = snapped[line["home"]] + end.distance(vertices[-1])
        native = processing.run(
            "native:shortestpathpointtopoint",
            {
                "INPUT": str(path),
                "STRATEGY": 0,
                "START_POINT": f"{start.x()},{start.y()} [EPSG:32632]",
                "END_POINT": f"{end.x()},{end.y()} [EPSG:32632]",
                "TOLERANCE": 0.001,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
        [path_feature] = native["OUTPUT"].getFeatures()
        assert path_feature["cost"] + access == pytest.approx(line["length_m"], rel=1e-3)


def test_hotspots_rank_crossings_by_pupils_and_write_a_csv(town, tmp_path):
    path, schools, homes = town
    table = tmp_path / "hotspots.csv"
    result = run(
        "schoolhotspots",
        {
            "NETWORK": str(path),
            "ORIGINS": homes,
            "ORIGIN_WEIGHT": "pupils",
            "SCHOOLS": schools,
            "NODES": "TEMPORARY_OUTPUT",
            "EDGES": "TEMPORARY_OUTPUT",
            "CSV": str(table),
        },
    )
    nodes = sorted(result["NODES"].getFeatures(), key=lambda feature: feature["rank"])
    assert nodes and [node["pupils"] for node in nodes] == sorted(
        (node["pupils"] for node in nodes), reverse=True
    )
    total_pupils = sum(feature["pupils"] for feature in homes.getFeatures())
    assert nodes[0]["pupils"] <= total_pupils
    with open(table, encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == result["NODES"].featureCount() + result["EDGES"].featureCount()
    assert rows[0]["rank"] == "1" and float(rows[0]["pupils"]) == max(float(row["pupils"]) for row in rows)


def test_catchments_and_walking_times_by_school_type(town):
    path, schools, homes = town
    result = run(
        "schoolcatchments",
        {
            "NETWORK": str(path),
            "SCHOOLS": schools,
            "SCHOOL_ID": "name",
            "SCHOOL_TYPE": "art",
            "BANDS": "5,10",
            "HOMES": homes,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "HOME_TIMES": "TEMPORARY_OUTPUT",
        },
    )
    areas = {
        (feature["school"], feature["minutes"]): feature.geometry().area()
        for feature in result["OUTPUT"].getFeatures()
    }
    assert areas[("Grundschule Nord", 5)] < areas[("Grundschule Nord", 10)]
    times = list(result["HOME_TIMES"].getFeatures())
    assert len(times) == 150 and {"min_Grundschule", "min_Gymnasium"} <= set(
        result["HOME_TIMES"].fields().names()
    )


def test_bad_inputs_are_clear(town):
    path, _schools, homes = town
    far_school = point_layer([(0.0, 0.0, "Mondschule", 0.0, "")])
    with pytest.raises(QgsProcessingException, match="No school lies within"):
        run(
            "schoolroutes",
            {"NETWORK": str(path), "ORIGINS": homes, "SCHOOLS": far_school, "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    with pytest.raises(QgsProcessingException, match="walking-time bands"):
        run(
            "schoolcatchments",
            {"NETWORK": str(path), "SCHOOLS": homes, "BANDS": "fünf", "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    geographic = QgsVectorLayer("LineString?crs=EPSG:4326", "lines", "memory")
    assert QgsCoordinateReferenceSystem("EPSG:4326").isGeographic() and geographic.isValid()


def test_dock_page_lists_hotspots_and_zooms_to_them(town):

    from qgis.core import QgsFeatureRequest, QgsProject

    from smartcity_qgis.ui.school_page import SchoolRoutesPage

    path, shared_schools, shared_homes = town
    network = QgsVectorLayer(str(path), "network")
    # copies: the project deletes its layers, and the originals serve the other tests
    schools, homes = (layer.materialize(QgsFeatureRequest()) for layer in (shared_schools, shared_homes))
    QgsProject.instance().addMapLayers([network, schools, homes])
    page = SchoolRoutesPage()
    try:
        page.network.setLayer(network)
        page.homes.setLayer(homes)
        page.schools.setLayer(schools)
        page.find_hotspots()
        wait_until_idle(page)
        assert page.table.rowCount() == page.hotspots.featureCount() > 0
        assert page.table.item(0, 0).text() == "1"
        page.zoom_to(0)
        top = (
            next(feature for feature in page.hotspots.getFeatures() if feature["rank"] == 1)
            .geometry()
            .asPoint()
        )
        assert page.last_extent.center().x() == pytest.approx(top.x())
    finally:
        destroy_widget(page)
        QgsProject.instance().removeAllMapLayers()


def test_loaded_hotspot_layers_are_graduated_by_pupils(town):
    import processing
    from qgis.core import QgsGraduatedSymbolRenderer, QgsProcessingContext, QgsProject

    path, schools, homes = town
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.runAndLoadResults(
        "smartcity:schoolhotspots",
        {
            "NETWORK": str(path),
            "ORIGINS": homes,
            "SCHOOLS": schools,
            "NODES": "TEMPORARY_OUTPUT",
            "EDGES": "TEMPORARY_OUTPUT",
        },
        context=context,
    )
    try:
        for key in ("NODES", "EDGES"):
            renderer = QgsProject.instance().mapLayer(results[key]).renderer()
            assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "pupils"
    finally:
        for key in ("NODES", "EDGES"):
            QgsProject.instance().removeMapLayer(results[key])


def test_a_hazard_line_layer_changes_the_safe_routes(town):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    path, schools, homes = town
    common = {"NETWORK": str(path), "ORIGINS": homes, "SCHOOLS": schools, "OUTPUT": "TEMPORARY_OUTPUT"}

    def safe_lengths(parameters):
        rows = run("schoolroutes", parameters)["OUTPUT"].getFeatures()
        return {row["home"]: row["safe_m"] for row in rows if row["status_code"] == "ok"}

    before = safe_lengths(common)
    school = next(schools.getFeatures()).geometry().asPoint()
    danger = QgsVectorLayer("LineString?crs=EPSG:32632&field=gewicht:double", "danger", "memory")
    feature = QgsFeature(danger.fields())
    feature.setAttributes([50.0])
    feature.setGeometry(
        QgsGeometry.fromPolylineXY(
            [QgsPointXY(school.x() - 150, school.y()), QgsPointXY(school.x() + 150, school.y())]
        )
    )
    danger.dataProvider().addFeature(feature)
    after = safe_lengths({**common, "HAZARDS": danger, "HAZARD_WEIGHT": "gewicht"})
    changed = [home for home in before if abs(after[home] - before[home]) > 1]
    assert changed  # routes avoid the dangerous section where they can


def test_a_point_layer_as_ways_is_refused_naming_the_input(town):
    with pytest.raises(QgsProcessingException, match="holds points, but lines are needed"):
        run("walknetwork", {"INPUT": point_layer([(500000, 5400000)]), "OUTPUT": "memory:"})


def test_no_edge_of_the_walking_network_lies_on_a_railway(town):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    network, _schools, _homes = town
    lines = QgsVectorLayer(f"{OSM}|layername=lines", "osm")
    edges = QgsVectorLayer(str(network))
    to_network = QgsCoordinateTransform(
        lines.crs(), QgsCoordinateReferenceSystem("EPSG:32632"), QgsProject.instance()
    )
    railways = []
    for feature in lines.getFeatures():
        if not feature["highway"] and feature["railway"] == "rail":
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(to_network)
            railways.append(geometry)
    assert railways, "the demo extract has railway lines"
    corridor = QgsGeometry.unaryUnion(railways).buffer(0.5, 4)
    on_rails = [feature.id() for feature in edges.getFeatures() if corridor.contains(feature.geometry())]
    assert on_rails == []
    assert all(feature["highway"] for feature in edges.getFeatures())
    del edges, lines


def test_catchments_report_homes_that_reach_no_school(town):
    import processing

    path, schools, _homes = town
    far_away = point_layer([(400000, 5300000, "H-far", 1.0, "")])
    feedback = QgsProcessingFeedback()
    result = processing.run(
        "smartcity:schoolcatchments",
        {
            "NETWORK": str(path),
            "SCHOOLS": schools,
            "HOMES": far_away,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "HOME_TIMES": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    [home] = result["HOME_TIMES"].getFeatures()
    assert all(value == NULL for value in home.attributes())
    assert "1 homes reach no school" in feedback.textLog()


BAYREUTH = "/vsigzip/" + str(REPO / "tests" / "data" / "osm" / "north-bayreuth.osm.gz")


@pytest.mark.parametrize("osm", [str(OSM), BAYREUTH], ids=["herrenberg", "bayreuth"])
def test_every_crossing_mapped_on_a_walkable_way_is_a_network_node_with_its_kind(town, osm, tmp_path):
    from qgis.core import QgsCoordinateTransform, QgsProject

    path = tmp_path / "network.gpkg"
    lines = QgsVectorLayer(f"{osm}|layername=lines", "lines", "ogr")
    points = QgsVectorLayer(f"{osm}|layername=points", "points", "ogr")
    run("walknetwork", {"INPUT": lines, "CROSSINGS": points, "OUTPUT": str(path)})
    edges = QgsVectorLayer(str(path))
    network_crs = edges.crs()
    vertices, ends = [], []
    for feature in edges.getFeatures():
        line = feature.geometry().asPolyline()
        vertices.extend((point.x(), point.y()) for point in line)
        for point, key in ((line[0], "from_cross"), (line[-1], "to_cross")):
            ends.append((point.x(), point.y(), bool(feature[key])))
    vertices, ends = np.array(vertices), np.array(ends, dtype=float)
    to_network = QgsCoordinateTransform(points.crs(), network_crs, QgsProject.instance())
    on_ways, lost = 0, []
    for feature in points.getFeatures():
        tags = feature["other_tags"] or ""
        is_crossing = '"crossing"=>"no"' not in tags and (
            feature["highway"] in ("crossing", "traffic_signals") or '"crossing"=>' in tags
        )
        if not is_crossing:
            continue
        point = to_network.transform(feature.geometry().asPoint())
        if np.hypot(*(vertices - (point.x(), point.y())).T).min() > 1.0:
            continue  # not on a way of the walking network
        on_ways += 1
        near = np.hypot(*(ends[:, :2] - (point.x(), point.y())).T) <= 1.0
        if not (near & (ends[:, 2] > 0)).any():
            lost.append(feature["osm_id"])
    assert on_ways >= (40 if osm == str(OSM) else 1) and lost == []
    del edges, lines, points


def test_untagged_defaults_are_parameters_and_each_edge_says_what_it_got(town, tmp_path):
    lines = QgsVectorLayer(f"{OSM}|layername=lines", "lines", "ogr")
    runs = {}
    for name, parameters in {
        "by law": {},
        "zones with sidewalks": {"RESIDENTIAL_SPEED": 30, "UNTAGGED_SIDEWALK": True},
    }.items():
        path = tmp_path / f"{len(runs)}.gpkg"
        run("walknetwork", {"INPUT": lines, "OUTPUT": str(path), **parameters})
        layer = QgsVectorLayer(str(path))
        runs[name] = [
            (f["highway"], f["speed_kmh"], f["sidewalk"], f["high_speed"], f["assumed"], f["length_m"])
            for f in layer.getFeatures()
        ]
        del layer
    by_law, zones = runs["by law"], runs["zones with sidewalks"]
    untagged = [edge for edge in by_law if "maxspeed=" in edge[4] and edge[0] == "residential"]
    assert untagged and all(edge[1] == 50 for edge in untagged)
    assert all(edge[1] == 30 for edge in zones if "maxspeed=" in edge[4] and edge[0] == "residential")
    assert all(edge[2] for edge in zones if "sidewalk=yes" in edge[4])
    # only assumed values change: tagged roads keep their speed and sidewalk in both runs
    tagged = [(a[:3], b[:3]) for a, b in zip(by_law, zones) if a[4] == ""]
    assert tagged and all(a == b for a, b in tagged)
    fast = {name: sum(edge[5] for edge in edges if edge[3]) for name, edges in runs.items()}
    assert fast["zones with sidewalks"] < fast["by law"]
    del lines


def test_output_values_are_german_for_german_users_with_english_codes_for_scripts(town, tmp_path):
    import csv

    from smartcity_qgis.qgisbridge import i18n

    path, schools, homes = town
    common = {"NETWORK": str(path), "ORIGINS": homes, "SCHOOLS": schools}
    try:
        assert i18n.install_translator("de_DE")
        routes = run("schoolroutes", {**common, "OUTPUT": "TEMPORARY_OUTPUT", "ROUTES": "TEMPORARY_OUTPUT"})
        table = tmp_path / "gefahrenstellen.csv"
        run(
            "schoolhotspots",
            {**common, "NODES": "TEMPORARY_OUTPUT", "EDGES": "TEMPORARY_OUTPUT", "CSV": str(table)},
        )
    finally:
        i18n.remove_translator()
    status = {(row["status_code"], row["status"]) for row in routes["OUTPUT"].getFeatures()}
    assert ("ok", "erreicht") in status and all(code != text for code, text in status)
    kinds = {(line["route_code"], line["route"]) for line in routes["ROUTES"].getFeatures()}
    assert kinds == {("shortest", "kürzester Weg"), ("safest", "sicherster Weg")}
    with open(table, encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0])[:3] == ["Rang", "Art", "Kinder"] and list(rows[0])[-1] == "code"
    assert {(row["code"], row["Art"]) for row in rows} >= {
        ("fast road without sidewalk", "schnelle Straße ohne Gehweg")
    }
    roads = {part for row in rows for part in row["Straßen"].split(", ") if part}
    assert roads and not roads & {"residential", "primary", "secondary", "tertiary", "footway", "service"}
    assert roads & {"Wohnstraße", "Hauptverkehrsstraße", "Verbindungsstraße", "Sammelstraße", "Nebenstraße"}


def test_the_walking_network_names_its_road_classes_in_the_user_s_language(town):
    from smartcity_qgis.qgisbridge import i18n

    try:
        assert i18n.install_translator("de_DE")
        network = run("walknetwork", {"INPUT": f"{OSM}|layername=lines", "OUTPUT": "TEMPORARY_OUTPUT"})[
            "OUTPUT"
        ]
    finally:
        i18n.remove_translator()
    names = {(feature["highway"], feature["road"]) for feature in network.getFeatures()}
    assert ("residential", "Wohnstraße") in names and ("footway", "Fußweg") in names
    assert all(code != name for code, name in names if code in ("residential", "footway", "primary"))


def test_the_same_network_as_multi_lines_in_degrees_routes_the_same(town):
    """The network read in bulk: multi-part lines in EPSG:4326 (transformed on reading) give the
    routes of the GeoPackage it came from."""
    import processing

    path, schools, homes = town
    multi = processing.run(
        "native:reprojectlayer",
        {"INPUT": str(path), "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"},
    )["OUTPUT"]
    multi = processing.run("native:promotetomulti", {"INPUT": multi, "OUTPUT": "memory:"})["OUTPUT"]
    assert multi.crs().authid() == "EPSG:4326" and QgsWkbTypes.isMultiType(multi.wkbType())

    def routes(network):
        result = run(
            "schoolroutes", {"NETWORK": network, "ORIGINS": homes, "SCHOOLS": schools, "OUTPUT": "memory:"}
        )
        return {
            row["home"]: (row["short_m"], row["safe_m"], row["safe_crossings"])
            for row in result["OUTPUT"].getFeatures()
        }

    original, again = routes(str(path)), routes(multi)
    assert len(original) == 150 and original.keys() == again.keys()
    for home, (short, safe, crossings) in original.items():
        assert again[home][0] == pytest.approx(short, abs=1e-3) and again[home][1] == pytest.approx(
            safe, abs=1e-3
        )
        assert again[home][2] == crossings


def test_gdal_reads_the_network_file_as_qgis_does_and_steps_aside_for_unsaved_edits(town):
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSource

    from smartcity_qgis.processing.schoolroutes.params import NETWORK_FIELDS
    from smartcity_qgis.qgisbridge.frames import gdal_line_columns, line_columns

    path, _schools, _homes = town
    layer = QgsVectorLayer(str(path), "network")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    source = QgsProcessingFeatureSource(layer, context)
    by_gdal = gdal_line_columns(layer, NETWORK_FIELDS, layer.crs())
    by_qgis = line_columns(source, NETWORK_FIELDS, layer.crs(), context, feedback)
    assert by_gdal is not None and len(by_gdal[2]) == layer.featureCount()
    for mine, theirs in zip(by_gdal[:3], by_qgis[:3]):
        np.testing.assert_array_equal(mine, theirs)
    assert (
        by_gdal[3].keys() == by_qgis[3].keys() == set(NETWORK_FIELDS) - {"lit"} | {"lit"} & by_qgis[3].keys()
    )
    for name, values in by_qgis[3].items():
        same = bool if name in ("sidewalk", "lit") else (lambda value: value)
        assert [same(value) for value in by_gdal[3][name]] == [same(value) for value in values], name
    assert layer.startEditing() and layer.deleteFeature(next(layer.getFeatures()).id())
    assert gdal_line_columns(layer, NETWORK_FIELDS, layer.crs()) is None  # the file lacks the edit
    layer.rollBack()
    del layer, source


def test_unfallatlas_accidents_become_hazard_points_that_change_safe_routes(town, tmp_path):
    from tests.support.proj import cs2cs
    from tests.support.unfallatlas import HEADERS

    path, schools, homes = town
    school = next(schools.getFeatures()).geometry().asPoint()
    # pedestrian accidents (people killed) on the network around the first school, read from its
    # vertices in EPSG:32632 and given as the files do: ETRS89 / UTM 32N and WGS 84, decimal commas
    edges = QgsVectorLayer(str(path))
    near = sorted(
        {(round(p.x(), 3), round(p.y(), 3)) for f in edges.getFeatures() for p in f.geometry().asPolyline()},
        key=lambda p: (p[0] - school.x()) ** 2 + (p[1] - school.y()) ** 2,
    )[5:65:6]
    del edges
    header = HEADERS[2021].split(";")
    rows = [";".join(header)]
    expected = {}
    for number, (x, y) in enumerate(near):
        etrs_x, etrs_y = cs2cs("EPSG:32632", "EPSG:25832", x, y)
        latitude, longitude = cs2cs("EPSG:32632", "EPSG:4326", x, y)
        values = {"UIDENTSTLAE": f"A{number}", "UKATEGORIE": "1", "IstFuss": "1", "UJAHR": "2021"}
        values.update(LINREFX=f"{etrs_x:.3f}".replace(".", ","), LINREFY=f"{etrs_y:.3f}".replace(".", ","))
        values.update(
            XGCSWGS84=f"{longitude:.9f}".replace(".", ","), YGCSWGS84=f"{latitude:.9f}".replace(".", ",")
        )
        rows.append(";".join(values.get(column, "0") for column in header))
        expected[f"A{number}"] = (round(etrs_x, 3), round(etrs_y, 3))
    far = ";".join(
        {
            "UIDENTSTLAE": "far",
            "UKATEGORIE": "3",
            "IstRad": "1",
            "LINREFX": "600000",
            "LINREFY": "5300000",
        }.get(c, "0")
        for c in header
    )
    first = tmp_path / "Unfallorte2021_LinRef.csv"
    first.write_text("\n".join([*rows, far]) + "\n", encoding="utf-8")
    # a file with WGS 84 positions only, the first accident again under another id
    latitude, longitude = cs2cs("EPSG:32632", "EPSG:4326", *near[0])
    second = tmp_path / "wgs84.csv"
    second.write_text(
        f"UIDENTSTLAE;UKATEGORIE;IstFuss;IstRad;XGCSWGS84;YGCSWGS84\nW1;2;1;0;{longitude:.9f};{latitude:.9f}\n"
    )
    lower_left = cs2cs("EPSG:32632", "EPSG:25832", school.x() - 2000, school.y() - 2000)
    upper_right = cs2cs("EPSG:32632", "EPSG:25832", school.x() + 2000, school.y() + 2000)
    result = run(
        "accidentatlas",
        {
            "FILES": [str(first), str(second)],
            "EXTENT": f"{lower_left[0]},{upper_right[0]},{lower_left[1]},{upper_right[1]} [EPSG:25832]",
            "OUTPUT": str(tmp_path / "accidents.gpkg"),
        },
    )
    accidents = QgsVectorLayer(result["OUTPUT"])
    assert accidents.crs().authid() == "EPSG:25832"
    positions = {f["accident_id"]: f.geometry().asPoint() for f in accidents.getFeatures()}
    assert set(positions) == {*expected, "W1"}  # the far one lies outside the extent
    for key, (x, y) in expected.items():
        assert (round(positions[key].x(), 3), round(positions[key].y(), 3)) == (x, y)
    assert (
        abs(positions["W1"].x() - expected["A0"][0]) < 0.01
        and abs(positions["W1"].y() - expected["A0"][1]) < 0.01
    )
    assert {f["accident_id"]: f["weight"] for f in accidents.getFeatures()}["W1"] == 2.0

    common = {"NETWORK": str(path), "ORIGINS": homes, "SCHOOLS": schools, "OUTPUT": "TEMPORARY_OUTPUT"}

    def safe_lengths(parameters):
        rows = run("schoolroutes", parameters)["OUTPUT"].getFeatures()
        return {row["home"]: row["safe_m"] for row in rows if row["status_code"] == "ok"}

    before = safe_lengths(common)
    after = safe_lengths({**common, "HAZARDS": accidents, "HAZARD_WEIGHT": "weight"})
    assert [home for home in before if after[home] - before[home] > 1]  # routes avoid the accident spots
    del accidents


def test_school_route_plan_is_a_pdf_with_a_page_per_school_and_its_danger_spots(town, tmp_path):
    from pypdf import PdfReader

    path, schools, homes = town
    common = {
        "NETWORK": str(path),
        "ORIGINS": homes,
        "ORIGIN_WEIGHT": "pupils",
        "SCHOOLS": schools,
        "SCHOOL_ID": "name",
    }
    routes = run("schoolroutes", {**common, "OUTPUT": "TEMPORARY_OUTPUT", "ROUTES": "TEMPORARY_OUTPUT"})[
        "ROUTES"
    ]
    nodes = run("schoolhotspots", {**common, "NODES": "TEMPORARY_OUTPUT", "EDGES": "TEMPORARY_OUTPUT"})[
        "NODES"
    ]
    target = tmp_path / "schulwegplan.pdf"
    run(
        "schoolrouteplan",
        {
            "ROUTES": routes,
            "SCHOOLS": schools,
            "SCHOOL_ID": "name",
            "HOTSPOTS": nodes,
            "CONTEXT_LINES": str(path),
            "TITLE": "Schulwegplan Herrenberg",
            "OUTPUT": str(target),
        },
    )
    reader = PdfReader(str(target))
    served = {feature["school"] for feature in routes.getFeatures() if feature["route_code"] == "safest"}
    assert len(reader.pages) == len(served) == 2
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert "Schulwegplan Herrenberg: Grundschule Nord" in texts[0]
    assert "Schulwegplan Herrenberg: Schickhardt-Gymnasium" in texts[1]
    # the busiest crossing of the town lies on some page's map and heads its list
    busiest = max(nodes.getFeatures(), key=lambda feature: feature["pupils"])
    heads = [f"1 {busiest['kind']}" in text and f"pupils: {busiest['pupils']:.0f}" in text for text in texts]
    assert any(heads)
    assert [path.name for path in tmp_path.iterdir()] == ["schulwegplan.pdf"]  # nothing staged is left


def independent_homes(osm_path):
    """Homes by the same rules, read from the OSM XML itself (ways only; point in polygon by ray casting)."""
    import gzip
    import xml.etree.ElementTree as ET

    from smartcity_qgis.core.schoolroutes.osm_inputs import DWELLINGS, OTHER_USES

    with gzip.open(osm_path) as stream:
        root = ET.parse(stream).getroot()
    nodes = {n.get("id"): (float(n.get("lon")), float(n.get("lat"))) for n in root.iter("node")}
    tags_of = lambda element: {tag.get("k"): tag.get("v") for tag in element.iter("tag")}  # noqa: E731
    buildings = []
    for way in root.iter("way"):
        tags = tags_of(way)
        if tags.get("building"):
            buildings.append((way.get("id"), tags, [nodes[nd.get("ref")] for nd in way.iter("nd")]))

    def inside(point, ring):
        x, y = point
        crossings = 0
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
        return crossings % 2 == 1

    def dwelling(tags):
        return tags.get("building") in DWELLINGS and not any(tags.get(key) for key in OTHER_USES)

    found = {way_id for way_id, tags, _ring in buildings if tags.get("addr:housenumber") and dwelling(tags)}
    for node in root.iter("node"):
        tags = tags_of(node)
        if not tags.get("addr:housenumber") or any(tags.get(key) for key in OTHER_USES):
            continue
        point = nodes[node.get("id")]
        around = [tags for _id, tags, ring in buildings if inside(point, ring)]
        if all(dwelling(other) and not other.get("addr:housenumber") for other in around):
            found.add(node.get("id"))
    return found


def test_homes_and_schools_from_openstreetmap(town, tmp_path):
    from tests.conftest import TEST_DATA

    bayreuth = TEST_DATA / "osm" / "north-bayreuth.osm.gz"
    result = run(
        "osmschoolinputs",
        {"INPUT": str(bayreuth), "SCHOOLS": "TEMPORARY_OUTPUT", "HOMES": "TEMPORARY_OUTPUT"},
    )
    homes = {feature["osm_id"] for feature in result["HOMES"].getFeatures()}
    assert homes == independent_homes(bayreuth) and len(homes) > 600
    assert result["SCHOOLS"].featureCount() == 0  # the extract has no school

    town = tmp_path / "schulen.osm"
    town.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
 <node id="1" lat="48.5960" lon="8.8700"><tag k="amenity" v="school"/><tag k="name" v="Schule am Markt"/>
  <tag k="school:de" v="Gemeinschaftsschule"/></node>
 <node id="2" lat="48.6000" lon="8.8600"><tag k="amenity" v="school"/>
  <tag k="name" v="Grundschule Haslach"/></node>
 <node id="10" lat="48.5900" lon="8.8800"/><node id="11" lat="48.5900" lon="8.8810"/>
 <node id="12" lat="48.5910" lon="8.8810"/><node id="13" lat="48.5910" lon="8.8800"/>
 <way id="100"><nd ref="10"/><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="10"/>
  <tag k="amenity" v="school"/><tag k="name" v="Schickhardt-Gymnasium"/><tag k="isced:level" v="2;3"/></way>
</osm>
""",
        encoding="utf-8",
    )
    result = run(
        "osmschoolinputs", {"INPUT": str(town), "SCHOOLS": "TEMPORARY_OUTPUT", "HOMES": "TEMPORARY_OUTPUT"}
    )
    found = {f["name"]: (f["type"], f.geometry().asPoint()) for f in result["SCHOOLS"].getFeatures()}
    assert {name: kind for name, (kind, _point) in found.items()} == {
        "Schule am Markt": "Gemeinschaftsschule",
        "Grundschule Haslach": "Grundschule",
        "Schickhardt-Gymnasium": "weiterführende Schule",
    }
    area_point = found["Schickhardt-Gymnasium"][1]
    assert 8.88 < area_point.x() < 8.881 and 48.59 < area_point.y() < 48.591  # a point inside the area


def test_danger_spots_name_the_streets_that_meet_there(town):
    """The walking network keeps the OSM street names, and the crossing hotspots list them (a plan
    for parents says 'Hindenburgstraße', not 'main road')."""
    path, schools, homes = town
    lines = QgsVectorLayer(f"{OSM}|layername=lines", "lines", "ogr")
    osm_names = {f["name"] for f in lines.getFeatures() if f["name"]}
    network_names = {f["name"] for f in QgsVectorLayer(str(path)).getFeatures() if f["name"]}
    assert network_names and network_names <= osm_names
    nodes = run(
        "schoolhotspots",
        {
            "NETWORK": str(path),
            "ORIGINS": homes,
            "SCHOOLS": schools,
            "NODES": "TEMPORARY_OUTPUT",
            "EDGES": "TEMPORARY_OUTPUT",
        },
    )["NODES"]
    named = [
        set(f["roads"].split(", ")) for f in nodes.getFeatures() if set(f["roads"].split(", ")) <= osm_names
    ]
    assert named and all(parts for parts in named)
    del lines
