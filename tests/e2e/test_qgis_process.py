"""End to end: the staged plugin through qgis_process.bin, with string parameters as in batch use."""

import json
import os
import subprocess

import pytest
from osgeo import ogr

from tests.conftest import REPO

ogr.UseExceptions()
PLUGIN_PATH = os.environ.get("QGIS_PROCESS_PLUGINPATH", str(REPO / "build" / "plugins"))
PROFILE = os.environ.get("QGIS_PROCESS_PROFILE", str(REPO / "build" / "profile"))


def qgis_process(*arguments, **environment_variables):
    environment = dict(
        os.environ,
        QGIS_PLUGINPATH=PLUGIN_PATH,
        QGIS_CUSTOM_CONFIG_PATH=PROFILE,
        QT_QPA_PLATFORM="offscreen",
        **environment_variables,
    )
    return subprocess.run(
        ["qgis_process.bin", *arguments], env=environment, capture_output=True, text=True, timeout=300
    )


def test_provider_is_listed():
    answer = qgis_process("list")
    assert answer.returncode == 0, answer.stderr
    for line in (
        "smartcity:parkingfeed\tLoad parking feed",
        "smartcity:sensorlocations\tLoad sensor locations",
        "smartcity:observations\tFetch observations",
        "smartcity:parkingstats\tParking occupancy statistics",
        "smartcity:parkingturnover\tOn-street bay turnover",
        "smartcity:parkingavailability\tParking availability near destinations",
        "smartcity:parkingforecast\tOccupancy forecast",
        "smartcity:parkingreport\tParking report",
        "smartcity:depressions\tDepressions (sinks)",
        "smartcity:flowpaths\tFlow paths",
        "smartcity:rainfillspill\tDesign rain: fill and spill",
        "smartcity:rainsimulation\tDesign rain: 2D simulation",
        "smartcity:districtterrain\tLarge area: filling and flow from DEM tiles",
        "smartcity:affectedbuildings\tAffected buildings",
        "smartcity:walknetwork\tBuild walking network",
        "smartcity:schoolroutes\tSchool route analysis",
        "smartcity:schoolcatchments\tSchool catchments",
        "smartcity:schoolhotspots\tSchool route hotspots",
        "smartcity:accidentatlas\tLoad accident atlas (Unfallatlas)",
        "smartcity:schoolrouteplan\tSchool route plan (PDF)",
        "smartcity:osmschoolinputs\tSchools and homes from OpenStreetMap",
        "smartcity:citygmlenrich\tEnrich LoD2 buildings (CityGML)",
        "smartcity:exportcitygml\tExport to CityGML 2.0",
        "smartcity:exportcityjson\tExport to CityJSON",
        "smartcity:exportcitygml3dynamizer\tExport sensors to CityGML 3.0 (Dynamizer)",
        "smartcity:export3dtiles\tExport to 3D Tiles",
        "smartcity:loadcitymodel\tLoad 3D city model (CityGML, CityJSON)",
        "smartcity:validatecitymodel\tValidate 3D city model (CityGML, CityJSON)",
    ):
        assert line in answer.stdout


def test_help_prints_the_help_text():
    answer = qgis_process("help", "smartcity:parkingfeed")
    assert answer.returncode == 0, answer.stderr
    assert "ParkAPI lot lists" in answer.stdout
    assert "SOURCE: Feed URL or file" in answer.stdout
    example = "qgis_process run smartcity:parkingfeed -- SOURCE=data/herrenberg-parking.json FORMAT=0"
    assert example in answer.stdout


def test_run_with_json_output(tmp_path):
    target = tmp_path / "parking.gpkg"
    answer = qgis_process(
        "run",
        "smartcity:parkingfeed",
        "--json",
        "--",
        f"SOURCE={REPO / 'smartcity_qgis' / 'example' / 'herrenberg-parking.json'}",
        "FORMAT=1",
        f"OUTPUT={target}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    result = json.loads(answer.stdout)
    assert result["results"]["OUTPUT"] == str(target)
    dataset = ogr.Open(str(target))
    assert dataset.GetLayer(0).GetFeatureCount() == 26


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("/no/such/feed.json", "does not exist"),
        ("", "Incorrect parameter value for SOURCE"),
    ],
)
def test_run_with_bad_input_fails_with_message(tmp_path, source, words):
    target = tmp_path / "parking.gpkg"
    answer = qgis_process("run", "smartcity:parkingfeed", "--", f"SOURCE={source}", f"OUTPUT={target}")
    assert answer.returncode != 0
    assert words in answer.stdout + answer.stderr
    assert not target.exists()


def test_sensor_locations_and_observations_in_batch(sensorthings, tmp_path):
    sensors, series = tmp_path / "sensors.gpkg", tmp_path / "series.gpkg"
    answer = qgis_process(
        "run",
        "smartcity:sensorlocations",
        "--json",
        "--",
        f"URL={sensorthings.base_url}",
        "OBSERVED_PROPERTY=Freie Stellplätze",
        "EXTENT=8.8,8.95,48.55,48.65",
        f"OUTPUT={sensors}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    dataset = ogr.Open(str(sensors))  # keep the dataset alive while its layer is read
    assert [feature.GetField("stream") for feature in dataset.GetLayer(0)] == ["Parkhaus Altstadt frei"]
    answer = qgis_process(
        "run",
        "smartcity:observations",
        "--",
        f"URL={sensorthings.base_url}",
        f"STREAM_IDS={sensorthings.ids['Parkhaus Altstadt frei']}",
        "START=2026-11-10T00:00:00Z",
        "END=2026-11-10T23:59:59Z",
        f"OUTPUT={series}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    dataset = ogr.Open(str(series))
    assert dataset.GetLayer(0).GetFeatureCount() == 288


def test_parking_statistics_and_report_in_batch(tmp_path):
    parking, stats, report = tmp_path / "parking.gpkg", tmp_path / "stats.gpkg", tmp_path / "report.html"
    feed = REPO / "smartcity_qgis" / "example" / "herrenberg-parking.json"
    assert (
        qgis_process("run", "smartcity:parkingfeed", "--", f"SOURCE={feed}", f"OUTPUT={parking}").returncode
        == 0
    )
    mapping = [
        f"FACILITIES={parking}",
        "FACILITY_ID=id",
        "FACILITY_NAME=name",
        f"OBSERVATIONS={parking}",
        "OBS_FACILITY_ID=id",
        "TIME=observed",
        "FREE=free",
    ]
    answer = qgis_process(
        "run",
        "smartcity:parkingstats",
        "--",
        *mapping,
        "THRESHOLD=0.5",
        f"OUTPUT={stats}",
        f"PROFILE={tmp_path / 'profile.gpkg'}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    dataset = ogr.Open(str(stats))
    shares = {
        feature.GetField("facility_id"): feature.GetField("share_sat") for feature in dataset.GetLayer(0)
    }
    assert shares["herrenbergaltstadtgarage"] == 0  # 38 % occupied, below the 50 % threshold
    answer = qgis_process("run", "smartcity:parkingreport", "--", *mapping, f"OUTPUT_HTML={report}")
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert "<svg" in report.read_text(encoding="utf-8")


def test_school_routes_in_batch(tmp_path):
    network, routes, hotspots = tmp_path / "network.gpkg", tmp_path / "routes.gpkg", tmp_path / "hotspots.csv"
    osm = REPO / "smartcity_qgis" / "example" / "herrenberg-minimal.osm.pbf"
    schools = REPO / "smartcity_qgis" / "example" / "schools.geojson"
    answer = qgis_process(
        "run",
        "smartcity:walknetwork",
        "--",
        f"INPUT={osm}|layername=lines",
        f"CROSSINGS={osm}|layername=points",
        f"OUTPUT={network}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    common = [
        f"NETWORK={network}",
        f"ORIGINS={schools}",
        f"SCHOOLS={schools}",
        "SCHOOL_ID=name",
        "MAX_SNAP=80",
    ]
    lines = tmp_path / "lines.gpkg"
    answer = qgis_process(
        "run", "smartcity:schoolroutes", "--", *common, f"OUTPUT={routes}", f"ROUTES={lines}"
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    dataset = ogr.Open(str(routes))
    rows = {feature.GetField("school"): feature.GetField("short_m") for feature in dataset.GetLayer(0)}
    assert rows["Grundschule Altstadt (Demo)"] == 0  # each school is its own nearest school: no walk
    answer = qgis_process(
        "run",
        "smartcity:schoolhotspots",
        "--",
        *common,
        f"NODES={tmp_path / 'n.gpkg'}",
        f"EDGES={tmp_path / 'e.gpkg'}",
        f"CSV={hotspots}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert hotspots.read_text(encoding="utf-8").startswith("rank,kind,pupils")
    from pypdf import PdfReader

    plan = tmp_path / "plan.pdf"
    answer = qgis_process(
        "run",
        "smartcity:schoolrouteplan",
        "--",
        f"ROUTES={lines}",
        f"SCHOOLS={schools}",
        "SCHOOL_ID=name",
        f"HOTSPOTS={tmp_path / 'n.gpkg'}",
        f"CONTEXT_LINES={network}",
        f"OUTPUT={plan}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert len(PdfReader(str(plan)).pages) >= 1


def test_new_readers_in_batch(tmp_path):
    """The accident atlas (two files), OSM schools and homes, and a city model read and checked, with
    string parameters."""
    from tests.support.unfallatlas import HEADERS

    header = HEADERS[2023].split(";")
    files = []
    for year, x in ((2022, "492713,42"), (2023, "492800,00")):
        row = {
            "UIDENTSTLAE": f"A{year}",
            "UKATEGORIE": "2",
            "IstFuss": "1",
            "LINREFX": x,
            "LINREFY": "5382437,17",
        }
        path = tmp_path / f"Unfallorte{year}_LinRef.csv"
        path.write_text(";".join(header) + "\n" + ";".join(row.get(c, "0") for c in header) + "\n")
        files.append(f"FILES={path}")
    accidents = tmp_path / "accidents.gpkg"
    answer = qgis_process("run", "smartcity:accidentatlas", "--", *files, "INVOLVED=0", f"OUTPUT={accidents}")
    assert answer.returncode == 0, answer.stdout + answer.stderr
    dataset = ogr.Open(str(accidents))  # kept while its layer is read
    assert sorted(f.GetField("accident_id") for f in dataset.GetLayer(0)) == ["A2022", "A2023"]
    homes = tmp_path / "homes.gpkg"
    bayreuth = REPO / "tests" / "data" / "osm" / "north-bayreuth.osm.gz"
    answer = qgis_process(
        "run",
        "smartcity:osmschoolinputs",
        "--",
        f"INPUT={bayreuth}",
        f"SCHOOLS={tmp_path / 's.gpkg'}",
        f"HOMES={homes}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    dataset = ogr.Open(str(homes))
    assert dataset.GetLayer(0).GetFeatureCount() > 600
    model = tmp_path / "model.gpkg"
    citygml = REPO / "tests" / "data" / "citygml" / "SIG3D_Building_LOD2-EPSG25832.gml"
    answer = qgis_process("run", "smartcity:loadcitymodel", "--", f"INPUT={citygml}", f"OUTPUT={model}")
    assert answer.returncode == 0, answer.stdout + answer.stderr
    dataset = ogr.Open(str(model))
    assert dataset.GetLayer(0).GetFeatureCount() >= 1
    problems = tmp_path / "problems.gpkg"
    answer = qgis_process(
        "run", "smartcity:validatecitymodel", "--json", "--", f"INPUT={citygml}", f"OUTPUT={problems}"
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    results = json.loads(answer.stdout)["results"]
    assert (results["VALID"], results["PROBLEMS"], results["SCHEMA"]) == (True, 0, "CityGML 2.0")
    broken = tmp_path / "broken.gml"
    broken.write_text(
        citygml.read_text(encoding="utf-8").replace(
            '<bldg:measuredHeight uom="#m">', '<bldg:measuredHeight uom="#m">x', 1
        ),
        encoding="utf-8",
    )
    answer = qgis_process(
        "run", "smartcity:validatecitymodel", "--json", "--", f"INPUT={broken}", f"OUTPUT={problems}"
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert (
        json.loads(answer.stdout)["results"]["VALID"],
        json.loads(answer.stdout)["results"]["PROBLEMS"],
    ) == (False, 1)
    dataset = ogr.Open(str(problems))
    [row] = list(dataset.GetLayer(0))
    assert row.GetField("object_id").startswith("GML_") and "measuredHeight" in row.GetField("problem")


def test_design_rain_in_batch_with_the_scenario_by_number(tmp_path):
    from tests.support.rasters import write_dem
    from tests.unit.test_terrain import box_pits

    dem = write_dem(tmp_path / "dem.tif", box_pits())
    depth, flooded = tmp_path / "depth.tif", tmp_path / "flooded.gpkg"
    answer = qgis_process(
        "run",
        "smartcity:rainfillspill",
        "--json",
        "--",
        f"DEM={dem}",
        "SCENARIO=2",
        f"WATER_DEPTH={depth}",
        f"FLOODED={flooded}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    results = json.loads(answer.stdout)["results"]
    assert results["RAIN_M3"] == pytest.approx(99 * 0.090)
    assert results["STORED_M3"] + results["OUTFLOW_M3"] == pytest.approx(results["RAIN_M3"])
    assert depth.exists() and flooded.exists()


def test_2d_rain_simulation_in_batch_with_a_hyetograph(tmp_path):
    import numpy as np
    from osgeo import gdal

    from tests.support.rasters import write_dem
    from tests.unit.test_terrain import box_pits

    dem = write_dem(tmp_path / "dem.tif", box_pits())
    outputs = {name: tmp_path / f"{name.lower()}.tif" for name in ("MAX_DEPTH", "MAX_SPEED", "HAZARD")}
    balance = tmp_path / "balance.gpkg"
    answer = qgis_process(
        "run",
        "smartcity:rainsimulation",
        "--json",
        "--",
        f"DEM={dem}",
        "HYETOGRAPH=5:20, 10:30",
        "RUN_ON=20",
        *(f"{name}={path}" for name, path in outputs.items()),
        f"BALANCE={balance}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    depth = gdal.Open(str(outputs["MAX_DEPTH"])).ReadAsArray()
    raster = gdal.Open(str(outputs["HAZARD"]))  # the band needs its dataset alive
    band = raster.GetRasterBand(1)
    hazard = band.ReadAsArray()
    hazard = hazard[hazard != band.GetNoDataValue()]
    del band, raster
    deepest = np.unravel_index(np.nanargmax(depth), depth.shape)
    assert 3 <= deepest[0] <= 5 and 2 <= deepest[1] <= 4  # in pit A, the lowest hollow
    assert hazard.size and set(np.unique(hazard)) <= {0.0, 1.0, 2.0, 3.0}
    dataset = ogr.Open(str(balance))
    rows = [
        (f["minute"], f["rain_m3"], f["losses_m3"], f["stored_m3"], f["outflow_m3"])
        for f in dataset.GetLayer(0)
    ]
    assert [row[0] for row in rows] == pytest.approx([10.0, 20.0, 30.0])
    for _minute, rain, losses, stored, outflow in rows:
        assert rain - losses - stored - outflow == pytest.approx(0.0, abs=1e-6 * rain)
    assert rows[-1][1] == pytest.approx(0.050 * 99)


def test_2d_rain_simulation_with_an_euler_type_2_storm(tmp_path):
    """Depths by duration 5:2, 10:3, 15:3.5 mm: blocks of 1, 2 and 0.5 mm, the peak at minute 5-10,
    so 3 mm have fallen after ten minutes and 3.5 mm in all."""
    from tests.support.rasters import write_dem
    from tests.unit.test_terrain import box_pits

    dem = write_dem(tmp_path / "dem.tif", box_pits())
    balance = tmp_path / "balance.gpkg"
    answer = qgis_process(
        "run",
        "smartcity:rainsimulation",
        "--",
        f"DEM={dem}",
        "EULER_DEPTHS=5:2, 10:3, 15:3.5",
        "RUN_ON=5",
        *(f"{name}={tmp_path / name}.tif" for name in ("MAX_DEPTH", "MAX_SPEED", "HAZARD")),
        f"BALANCE={balance}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    dataset = ogr.Open(str(balance))  # the layer needs its dataset alive
    rain = {f["minute"]: f["rain_m3"] for f in dataset.GetLayer(0)}
    assert rain == pytest.approx({10.0: 0.003 * 99, 20.0: 0.0035 * 99})


def test_2d_rain_simulation_draws_flow_arrows_downhill(tmp_path):
    """A plane falling 5 % to the south: the arrows point south (180°); near the side edges, where
    water also leaves the DEM, they turn a few degrees outwards."""
    import numpy as np

    from tests.support.rasters import write_dem

    rows = np.arange(40, dtype=np.float32)[:, None]
    dem = write_dem(tmp_path / "dem.tif", np.repeat(100.0 - 0.05 * rows, 30, axis=1))
    answer = qgis_process(
        "run",
        "smartcity:rainsimulation",
        "--",
        f"DEM={dem}",
        "HYETOGRAPH=10:40",
        "RUN_ON=0",
        "MANNING=0.02",
        *(f"{name}={tmp_path / name}.tif" for name in ("MAX_DEPTH", "MAX_SPEED", "HAZARD")),
        f"BALANCE={tmp_path / 'balance.gpkg'}",
        f"ARROWS={tmp_path / 'arrows.gpkg'}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    dataset = ogr.Open(str(tmp_path / "arrows.gpkg"))
    arrows = [(f["speed"], f["direction"]) for f in dataset.GetLayer(0)]
    assert len(arrows) > 10
    assert all(speed >= 0.1 and direction == pytest.approx(180.0, abs=10.0) for speed, direction in arrows)
    straight = [direction for _speed, direction in arrows if abs(direction - 180.0) < 1.0]
    assert len(straight) >= 0.6 * len(arrows)


@pytest.mark.parametrize("with_dask", [True, False], ids=["Dask in the QGIS Python", "without Dask"])
def test_district_tiles_in_batch(with_dask, tmp_path):
    """XYZ tiles without a CRS, the default engine: Dask on this computer's cores inside
    qgis_process where the QGIS Python has it (here: the test environment's packages), else tile
    after tile; the same surface as the whole-raster filling of the mosaic either way."""
    import sysconfig

    import numpy as np
    from osgeo import gdal

    from smartcity_qgis.core.grid import make_grid
    from smartcity_qgis.core.heavyrain import terrain
    from tests.unit.test_tiled_terrain import read, rough_terrain, write_tiles

    write_tiles(rough_terrain(130, 150, seed=3), tmp_path / "dgm1", 50, "XYZ", with_crs=False)
    answer = qgis_process(
        "run",
        "smartcity:districtterrain",
        "--json",
        "--",
        f"TILES={tmp_path / 'dgm1'}",
        "TILES_CRS=EPSG:25832",
        "TILE_SIZE=64",
        f"OUTPUT={tmp_path / 'out'}",
        f"DEPRESSIONS={tmp_path / 'depressions.gpkg'}",
        **({"PYTHONPATH": sysconfig.get_paths()["purelib"]} if with_dask else {}),
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    answer = json.loads(answer.stdout)
    engine = "Dask cluster of" if with_dask else "Dask is not installed"
    assert engine in json.dumps(answer["log"])
    result = answer["results"]
    gdal.BuildVRT(str(tmp_path / "mosaic.vrt"), sorted(str(path) for path in (tmp_path / "dgm1").iterdir()))
    whole = terrain.flow(make_grid(read(str(tmp_path / "mosaic.vrt")).astype(np.float32)))
    assert np.array_equal(read(result["FILLED"]), whole.filled, equal_nan=True)
    assert ogr.Open(result["DEPRESSIONS"]).GetLayer(0).GetFeatureCount() > 10
    assert "25832" in gdal.Info(result["SINK_DEPTH"])


def test_d8_contributing_area_agrees_with_grass_r_watershed(tmp_path):
    """GRASS r.watershed (single flow direction) as a second opinion on a valley without pits."""
    import numpy as np
    from osgeo import gdal

    from tests.support.rasters import write_dem

    rng = np.random.default_rng(5)
    y, x = np.mgrid[0:80, 0:61]
    heights = (np.abs(x - 30) * 1.0 + 0.3 * y + rng.random(x.shape) * 0.1).astype(np.float32)
    dem = write_dem(tmp_path / "valley.tif", heights)
    ours, theirs = tmp_path / "ours.tif", tmp_path / "grass.tif"
    answer = qgis_process(
        "run",
        "smartcity:flowpaths",
        "--",
        f"DEM={dem}",
        f"ACCUMULATION={ours}",
        f"OUTPUT={tmp_path / 'paths.gpkg'}",
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    environment = dict(
        os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "grass-profile"), QT_QPA_PLATFORM="offscreen"
    )
    subprocess.run(
        ["qgis_process.bin", "plugins", "enable", "grassprovider"], env=environment, capture_output=True
    )
    answer = subprocess.run(
        [
            "qgis_process.bin",
            "run",
            "grass7:r.watershed",
            "--",
            f"elevation={dem}",
            "-s=true",
            "threshold=1000",
            f"accumulation={theirs}",
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    area = gdal.Open(str(ours)).ReadAsArray()[1:-1, 1:-1]
    cells = np.abs(gdal.Open(str(theirs)).ReadAsArray())[1:-1, 1:-1]  # negative: inflow from the edge
    assert area.max() == cells.max() > 1000  # the valley floor collects both slopes
    # r.watershed picks its directions in its own least-cost search: a few cells on gentle
    # cross-slopes go the other way; everywhere else the contributing areas are the same.
    assert np.mean(area == cells) > 0.99


def test_checking_a_cityjson_file_in_batch(tmp_path):
    """qgis_process runs in the system's Python: with jsonschema there, an exported CityJSON file
    is valid; without it, a sentence says which package to install and nothing is written."""
    from smartcity_qgis.core.twin.cityjson import CityObject, cityjson_document

    house = CityObject(
        "haus", "Building", "Solid", footprint=[(497000, 5380000), (497010, 5380000), (497010, 5380008)],
        ground=400.0, height=6.0,
    )  # fmt: skip
    path = tmp_path / "haus.city.json"
    path.write_text(json.dumps(cityjson_document([house], 25832)[0]))
    problems = tmp_path / "problems.gpkg"
    answer = qgis_process(
        "run", "smartcity:validatecitymodel", "--json", "--", f"INPUT={path}", f"OUTPUT={problems}"
    )
    system_has_jsonschema = (
        subprocess.run(["/usr/bin/python3", "-c", "import jsonschema"], capture_output=True).returncode == 0
    )
    if system_has_jsonschema:
        assert answer.returncode == 0, answer.stdout + answer.stderr
        assert json.loads(answer.stdout)["results"]["SCHEMA"] == "CityJSON 2.0"
    else:
        assert answer.returncode != 0 and "python3-jsonschema" in answer.stdout + answer.stderr
        assert "Traceback" not in answer.stdout + answer.stderr and not problems.exists()
