"""The demo town's run of every algorithm: what `make demo` runs (``STEPS``), what the example
project runs without a sensor platform (:func:`offline_steps`) and the example each algorithm's help
shows (the demo's first run of it, else its run in ``MORE_EXAMPLES``).

Values may name {data} (the demo town's data: the plugin's ``example`` folder or its copy),
{output} (the results folder), {platform} (the demo SensorThings server), {stream:<name>} (a
Datastream id) and {parking} (all car park Datastream ids). No Qt or QGIS here: the demo script
reads the same table.
"""

import html
import itertools
import shlex

WEEK_START = "2025-01-21T00:00:00Z"  # the five synthetic demo weeks of counts
RAIN_GAUGE = "Regenschreiber Kläranlage"  # the demo rain gauge (a Thing and its Datastream)
WEEK_END = "2025-02-24T23:59:59Z"  # the end of the five demo weeks
MARKET_GARAGE = "Altstadtgarage – freie Stellplätze"

OSM = "{data}/herrenberg-minimal.osm.pbf"
TOWN_GROUND_M = 440.0  # a fixed ground height for the sensor and hotspot exports
GEOID_UNDULATION_M = 48.0  # approximate quasigeoid height around Herrenberg, for the 3D Tiles
SCHOOL_INPUTS = {
    "NETWORK": "{output}/walk-network.gpkg",
    "ORIGINS": "{data}/homes.geojson",
    "ORIGIN_WEIGHT": "pupils",
    "SCHOOLS": "{data}/schools.geojson|subset=\"type\" = 'Grundschule'",  # primary-school routes
    "SCHOOL_ID": "name",
}
PARKING_INPUTS = {"FACILITIES": "{output}/sensors.gpkg", "OBSERVATIONS": "{output}/parking-observations.gpkg"}

# (algorithm id, output file, parameters), in the order `make demo` runs them
STEPS = (
    (
        "smartcity:parkingfeed",
        "parking.gpkg",
        {"SOURCE": "{data}/herrenberg-parking.json", "FORMAT": "0"},
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
            "STREAM_IDS": f"{{stream:{MARKET_GARAGE}}},{{stream:{RAIN_GAUGE}}}",
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
            "START": WEEK_START,
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
        {"INPUT": OSM + "|layername=lines", "CROSSINGS": OSM + "|layername=points"},
    ),
    (
        "smartcity:parkingavailability",
        "availability.gpkg",
        {
            "DESTINATIONS": "{data}/destinations.geojson",
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
    (
        "smartcity:parkingreport",
        "parking-report.html",
        {**PARKING_INPUTS, "MAP_CONTEXT": "{output}/walk-network.gpkg", "TITLE": "Parken in Herrenberg"},
    ),
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
        "smartcity:schoolrouteplan",
        "schulwegplan.pdf",
        {
            "ROUTES": "{output}/route-lines.gpkg",
            "SCHOOLS": SCHOOL_INPUTS["SCHOOLS"],
            "SCHOOL_ID": "name",
            "HOTSPOTS": "{output}/hotspots.gpkg",
            "CONTEXT_LINES": "{output}/walk-network.gpkg",
            "TITLE": "Schulwegplan Herrenberg",
        },
    ),
    (
        "smartcity:schoolcatchments",
        "catchments.gpkg",
        {
            "NETWORK": "{output}/walk-network.gpkg",
            "SCHOOLS": "{data}/schools.geojson",
            "SCHOOL_ID": "name",
            "SCHOOL_TYPE": "type",
            "HOMES": "{data}/homes.geojson",
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
            "DEM": "{data}/dgm1-synthetic.tif",
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
            "DEM": "{data}/dgm1-synthetic.tif",
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
            "DEM": "{data}/dgm1-synthetic.tif",
        },
    ),
    (
        "smartcity:exportcityjson",
        "school-hotspots.city.json",
        {"INPUT": "{output}/hotspots.gpkg", "ID_FIELD": "rank", "KIND": "3", "GROUND": str(TOWN_GROUND_M)},
    ),
)
TERRAIN_INPUTS = {"DEM": "{data}/dgm1-synthetic.tif", "BUILDINGS": "{data}/buildings.geojson"}
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
            "BUILDINGS": "{data}/buildings.geojson",
            "WATER_DEPTH": "{output}/water-depth.tif",
            "ACCUMULATION": "{output}/flow-area.tif",
            "SUMMARY": "{output}/risk-summary.csv",
        },
    ),
    (
        "smartcity:rainsimulation",
        "simulation-max-depth.tif",
        {
            **TERRAIN_INPUTS,
            "MASK": "{data}/simulation-area.geojson",
            "SCENARIO": "1",
            "DURATION": "30",
            "RUN_ON": "15",
            "MAX_SPEED": "{output}/simulation-max-speed.tif",
            "HAZARD": "{output}/simulation-hazard.tif",
            "ARROWS": "{output}/simulation-arrows.gpkg",
            "BALANCE": "{output}/simulation-balance.gpkg",
        },
    ),
)
STEPS += HEAVY_RAIN_STEPS + TWIN_STEPS
OUTPUT_PARAMETER = {
    "smartcity:parkingreport": "OUTPUT_HTML",
    "smartcity:schoolhotspots": "NODES",
    "smartcity:osmschoolinputs": "SCHOOLS",
    "smartcity:rainfillspill": "FLOODED",
    "smartcity:rainsimulation": "MAX_DEPTH",
}

# runs the demo leaves out (slow, or for data it has none of): shown in the help only
MORE_EXAMPLES = (
    ("smartcity:districtterrain", "district", {"DEM": "{data}/dgm1-synthetic.tif", "TILE_SIZE": "500"}),
    (
        "smartcity:citygmlenrich",
        "affected-buildings-enriched.gml",
        {
            "INPUT": "{output}/affected-buildings.gml",
            "LAYER": "{output}/affected-buildings.gpkg",
            "ID_FIELD": "id",
            "FIELDS": "max_depth;risk_class",
            "FIELD_TYPES": "max_depth: measure m; risk_class: int",
        },
    ),
    ("smartcity:loadcitymodel", "affected-buildings-read.gpkg", {"INPUT": "{output}/affected-buildings.gml"}),
    (
        "smartcity:validatecitymodel",
        "affected-buildings-problems.gpkg",
        {"INPUT": "{output}/affected-buildings-enriched.gml"},
    ),
    (
        "smartcity:osmschoolinputs",
        "osm-schools.gpkg",
        {"INPUT": "{data}/herrenberg-minimal.osm.pbf", "HOMES": "{output}/osm-homes.gpkg"},
    ),
    (
        "smartcity:accidentatlas",
        "accidents.gpkg",
        {"FILES": "Unfallorte2023_LinRef.csv", "EXTENT": "489000,496000,5378000,5386000 [EPSG:25832]"},
    ),
    (
        "smartcity:parkingturnover",
        "turnover.gpkg",
        {"EVENTS": "bay-events.csv", "BAY_ID": "bay", "TIME": "time", "STATUS": "occupied"},
    ),
)
SHOWN = {  # as in the folder of the example project
    "data": "data",
    "output": "results",
    "platform": "https://sensors.example.org/v1.1",
    "parking": "ID1,ID2,ID3",
}


def step_outputs(steps):
    """Per step, ``{output parameter: file}`` of what it writes: its main file and each other file
    named under {output} that no earlier step wrote (those it reads)."""
    written, outputs = set(), []
    for algorithm, filename, parameters in steps:
        files = {OUTPUT_PARAMETER.get(algorithm, "OUTPUT"): filename}
        for key, value in parameters.items():
            name = value.removeprefix("{output}/")
            if name != value and name not in written:
                files[key] = name
        written.update(files.values())
        outputs.append(files)
    return outputs


def offline_steps(steps=STEPS):
    """The steps that need neither the sensor platform nor a result of a step that does."""
    missing, kept = set(), []
    for step, files in zip(steps, step_outputs(steps)):
        values = step[2].values()
        if any("{platform}" in value or value.removeprefix("{output}/") in missing for value in values):
            missing.update(files.values())
        else:
            kept.append(step)
    return tuple(kept)


def example(algorithm_id):
    """``(processing.run call, qgis_process line)`` of the first demo run of ``algorithm_id``, as
    text for its help (None if there is none); server and Datastream ids are placeholders."""
    runs = [step for step in STEPS + MORE_EXAMPLES if step[0] == algorithm_id]
    if not runs:
        return None
    _algorithm, filename, parameters = runs[0]
    values = {key: shown(value) for key, value in parameters.items()}
    values[OUTPUT_PARAMETER.get(algorithm_id, "OUTPUT")] = f"{SHOWN['output']}/{filename}"
    call = (
        f"processing.run({algorithm_id!r}, {{"
        + ", ".join(f"{key!r}: {value!r}" for key, value in values.items())
        + "})"
    )
    line = f"qgis_process run {algorithm_id} -- " + " ".join(
        shlex.quote(f"{key}={value}") for key, value in values.items()
    )
    return html.escape(call, quote=False), html.escape(line, quote=False)


def shown(value):
    """A demo parameter value as the help shows it."""
    numbers = itertools.count(1)
    return with_places(value, SHOWN, lambda _name: f"ID{next(numbers)}")


def with_places(value, places, stream_id):
    """``value`` with each ``{name}`` of ``places`` put in and each ``{stream:<name>}`` replaced by
    ``stream_id(name)``."""
    for name, text in places.items():
        value = value.replace(f"{{{name}}}", text)
    while "{stream:" in value:
        start = value.index("{stream:")
        end = value.index("}", start)
        value = value[:start] + stream_id(value[start + len("{stream:") : end]) + value[end + 1 :]
    return value
