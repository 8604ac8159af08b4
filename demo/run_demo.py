"""Run the Smart City algorithms on the bundled demo town through qgis_process, as a user would.

Writes the results under the output folder and prints a short summary.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo.homes import write_homes  # noqa: E402
from demo.paths import DATA  # noqa: E402
from demo.sensors import RAIN_GAUGE, WEEK_START, fill_demo_platform  # noqa: E402
from demo.terrain import write_town_terrain  # noqa: E402
from tools.sensorthings_server import SensorThingsServer  # noqa: E402

WEEK_END = "2025-02-24T23:59:59Z"  # the end of the five demo weeks
MARKET_GARAGE = "Altstadtgarage – freie Stellplätze"

OSM = DATA / "herrenberg-minimal.osm.pbf"
TOWN_GROUND_M = 440.0  # a fixed ground height for the sensor and hotspot exports
GEOID_UNDULATION_M = 48.0  # approximate quasigeoid height around Herrenberg, for the 3D Tiles
SCHOOL_INPUTS = {
    "NETWORK": "{output}/walk-network.gpkg",
    "ORIGINS": "{output}/homes.geojson",
    "ORIGIN_WEIGHT": "pupils",
    "SCHOOLS": f"{DATA / 'schools.geojson'}|subset=\"type\" = 'Grundschule'",  # primary-school routes
    "SCHOOL_ID": "name",
}
PARKING_INPUTS = {"FACILITIES": "{output}/sensors.gpkg", "OBSERVATIONS": "{output}/parking-observations.gpkg"}

# (algorithm id, output file, parameters) — each later analysis adds its steps here. Values may
# name {platform} (the demo SensorThings server), {stream:<name>} (a Datastream id), {parking}
# (all car park Datastream ids) and {output} (the output folder).
STEPS = (
    (
        "smartcity:parkingfeed",
        "parking.gpkg",
        {"SOURCE": str(DATA / "herrenberg-parking.json"), "FORMAT": "0"},
    ),
    (
        "smartcity:sensorlocations",
        "sensors.gpkg",
        {"URL": "{platform}", "OBSERVED_PROPERTY": "Freie Stellplätze"},
    ),
    (
        "smartcity:observations",
        "observations.gpkg",
        {
            "URL": "{platform}",
            "STREAM_IDS": f"{{stream:{MARKET_GARAGE}}},{{stream:{RAIN_GAUGE[0]}}}",
            "START": "2025-02-18T00:00:00Z",
            "END": WEEK_END,
        },
    ),
    (
        "smartcity:observations",
        "parking-observations.gpkg",
        {
            "URL": "{platform}",
            "STREAM_IDS": "{parking}",
            "START": WEEK_START.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "END": WEEK_END,
        },
    ),
    (
        "smartcity:parkingstats",
        "parking-stats.gpkg",
        {**PARKING_INPUTS, "PROFILE": "{output}/parking-profile.gpkg"},
    ),
    (
        "smartcity:walknetwork",
        "walk-network.gpkg",
        {"INPUT": f"{OSM}|layername=lines", "CROSSINGS": f"{OSM}|layername=points"},
    ),
    (
        "smartcity:parkingavailability",
        "availability.gpkg",
        {
            "DESTINATIONS": str(DATA / "destinations.geojson"),
            "DEST_NAME": "name",
            "FACILITIES": "{output}/parking-stats.gpkg",
            "PROFILE": "{output}/parking-profile.gpkg",
            "WEEKDAY": "5",
            "HOUR": "11",
            "DISTANCE": "400",
            "NETWORK": "{output}/walk-network.gpkg",
        },
    ),
    (
        "smartcity:parkingforecast",
        "parking-forecast.gpkg",
        {**PARKING_INPUTS, "BACKTEST": "{output}/backtest.gpkg"},
    ),
    ("smartcity:parkingreport", "parking-report.html", {**PARKING_INPUTS, "TITLE": "Parken in Herrenberg"}),
    (
        "smartcity:schoolroutes",
        "school-routes.gpkg",
        {**SCHOOL_INPUTS, "ROUTES": "{output}/route-lines.gpkg"},
    ),
    (
        "smartcity:schoolhotspots",
        "hotspots.gpkg",
        {**SCHOOL_INPUTS, "EDGES": "{output}/hotspot-sections.gpkg", "CSV": "{output}/hotspots.csv"},
    ),
    (
        "smartcity:schoolcatchments",
        "catchments.gpkg",
        {
            "NETWORK": "{output}/walk-network.gpkg",
            "SCHOOLS": str(DATA / "schools.geojson"),
            "SCHOOL_ID": "name",
            "SCHOOL_TYPE": "type",
            "HOMES": "{output}/homes.geojson",
            "HOME_TIMES": "{output}/home-times.gpkg",
        },
    ),
)
TWIN_STEPS = (
    (
        "smartcity:exportcitygml3dynamizer",
        "living-twin.gml",
        {"INPUT": "{output}/sensors.gpkg", "URL": "{platform}", "GROUND": str(TOWN_GROUND_M)},
    ),
    (
        "smartcity:exportcitygml",
        "affected-buildings.gml",
        {
            "INPUT": "{output}/affected-buildings.gpkg",
            "ID_FIELD": "id",
            "HEIGHT_FIELD": "height",
            "DEM": "{output}/dgm1-synthetic.tif",
            "FIELDS": "max_depth;mean_depth;risk;risk_class",
        },
    ),
    (
        "smartcity:export3dtiles",
        "buildings-3dtiles",
        {
            "INPUT": "{output}/affected-buildings.gpkg",
            "ID_FIELD": "id",
            "HEIGHT_FIELD": "height",
            "DEM": "{output}/dgm1-synthetic.tif",
            "FIELDS": "max_depth;risk;risk_class",
            "UNDULATION": str(GEOID_UNDULATION_M),
        },
    ),
    (
        "smartcity:exportcityjson",
        "flooded-areas.city.json",
        {
            "INPUT": "{output}/flooded.gpkg",
            "ID_FIELD": "depth",
            "KIND": "1",
            "DEM": "{output}/dgm1-synthetic.tif",
        },
    ),
    (
        "smartcity:exportcityjson",
        "school-hotspots.city.json",
        {"INPUT": "{output}/hotspots.gpkg", "ID_FIELD": "rank", "KIND": "3", "GROUND": str(TOWN_GROUND_M)},
    ),
)
TERRAIN_INPUTS = {"DEM": "{output}/dgm1-synthetic.tif", "BUILDINGS": "{output}/buildings.geojson"}
HEAVY_RAIN_STEPS = (
    (
        "smartcity:depressions",
        "depressions.gpkg",
        {**TERRAIN_INPUTS, "SINK_DEPTH": "{output}/sink-depth.tif"},
    ),
    ("smartcity:flowpaths", "flow-paths.gpkg", {**TERRAIN_INPUTS, "ACCUMULATION": "{output}/flow-area.tif"}),
    (
        "smartcity:rainfillspill",
        "flooded.gpkg",
        {
            **TERRAIN_INPUTS,
            "SCENARIO": "1",
            "WATER_DEPTH": "{output}/water-depth.tif",
            "PONDS": "{output}/ponds.gpkg",
        },
    ),
    (
        "smartcity:affectedbuildings",
        "affected-buildings.gpkg",
        {
            "BUILDINGS": "{output}/buildings.geojson",
            "WATER_DEPTH": "{output}/water-depth.tif",
            "ACCUMULATION": "{output}/flow-area.tif",
            "SUMMARY": "{output}/risk-summary.csv",
        },
    ),
)
STEPS += HEAVY_RAIN_STEPS + TWIN_STEPS
OUTPUT_PARAMETER = {
    "smartcity:parkingreport": "OUTPUT_HTML",
    "smartcity:schoolhotspots": "NODES",
    "smartcity:rainfillspill": "FLOODED",
}


def filled(value, platform_url, stream_ids, output):
    """A parameter value with the demo platform's URL, Datastream ids and output folder put in."""
    parking = ",".join(
        stream_id for name, stream_id in stream_ids.items() if name.endswith("freie Stellplätze")
    )
    value = value.replace("{platform}", platform_url).replace("{parking}", parking)
    value = value.replace("{output}", str(output))
    for name, stream_id in stream_ids.items():
        value = value.replace(f"{{stream:{name}}}", stream_id)
    return value


def describe(path):
    """``(name, count text)`` of an output: features of a layer, or the size of a file."""
    if path.suffix == ".gpkg":
        name, count = feature_count(path)
        return name, f"{count:>7} features"
    size = sum(file.stat().st_size for file in path.iterdir()) if path.is_dir() else path.stat().st_size
    return path.stem, f"{size / 1024:>7.0f} KB"


def run_algorithm(algorithm, parameters, environment):
    """Run one algorithm with string parameters; return its JSON answer."""
    command = ["qgis_process.bin", "run", algorithm, "--json", "--"]
    command += [f"{key}={value}" for key, value in parameters.items()]
    answer = subprocess.run(command, env=environment, capture_output=True, text=True)
    if answer.returncode != 0:
        sys.exit(f"{algorithm} failed:\n{answer.stdout}\n{answer.stderr}")
    return json.loads(answer.stdout)


def feature_count(path):
    from osgeo import ogr

    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    return layer.GetName(), layer.GetFeatureCount()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plugin-path", required=True)
    parser.add_argument("--profile", required=True)
    parser.add_argument("--output", default="demo-output")
    args = parser.parse_args()
    output = Path(args.output).resolve()
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    environment = dict(
        os.environ,
        QGIS_PLUGINPATH=args.plugin_path,
        QGIS_CUSTOM_CONFIG_PATH=args.profile,
        QT_QPA_PLATFORM="offscreen",
    )
    print("Smart City demo — Herrenberg")
    write_homes(output / "homes.geojson")
    write_town_terrain(output / "dgm1-synthetic.tif", output / "buildings.geojson", output / "homes.geojson")
    print("  starting the local SensorThings server with the town's sensors …")
    with SensorThingsServer() as server:
        stream_ids = fill_demo_platform(server)
        for algorithm, filename, parameters in STEPS:
            target = output / filename
            values = {
                key: filled(value, server.base_url, stream_ids, output) for key, value in parameters.items()
            }
            values[OUTPUT_PARAMETER.get(algorithm, "OUTPUT")] = str(target)
            run_algorithm(algorithm, values, environment)
            name, count = describe(target)
            print(f"  {algorithm:<30} {name:<22} {count}  → {target}")
    print(f"Results are in {output}")


if __name__ == "__main__":
    main()
