"""The help text of every parameter: the tooltip in the dialog and a line of the help page.

``HELP`` holds what a parameter name means wherever it is used; ``ALGORITHM_HELP`` what it means in
one algorithm where that differs (outputs, and names that several algorithms use differently).
No Qt or QGIS here.
"""

from ..core.errors import N_

HELP = {
    # platforms
    "PLATFORM": N_("The kind of platform the service URL belongs to."),
    "URL": N_("The service root, e.g. https://iot.example.org/FROST-Server/v1.1 or an NGSI-LD broker."),
    "AUTHCFG": N_("A QGIS authentication configuration; its credentials go only to this server."),
    "TENANT": N_("NGSI-LD tenant or NGSI-v2 Fiware-Service header; empty for none."),
    "SERVICE_PATH": N_("NGSI-v2 Fiware-ServicePath header, e.g. /parking; empty for all."),
    "CONTEXT": N_("An NGSI-LD @context URL sent as Link header; empty for the core context."),
    "ENTITY_TYPE": N_("NGSI entity types to read, comma-separated, e.g. OffStreetParking."),
    "MAX_FEATURES": N_("Stop after this many sensors or observations (default from the plugin's options)."),
    "OBSERVED_PROPERTY": N_(
        "Only Datastreams or attributes of this observed property (name), e.g. Temperature."
    ),
    "NAME_FILTER": N_("Only sensors whose name contains this text (case does not matter)."),
    "EXTENT": N_("Only sensors inside this extent (asked from the server where it can filter)."),
    "WITH_LATEST": N_("Add each sensor's latest value and its time (one more request per page)."),
    "STREAM_IDS": N_("Datastream ids (SensorThings) or entity ids (NGSI-LD), comma-separated."),
    "SOURCE": N_("A URL (http/https) or a local file of the feed."),
    "STATUS_SOURCE": N_("DATEX II only: the status publication with the current counts, if separate."),
    "FORMAT": N_("The feed's format; automatic detection reads the document's structure."),
    "MAX_AGE": N_(
        "Counts older than this many minutes before the feed's publication time are flagged stale."
    ),
    "PROPERTIES": N_("For GeoJSON with other property names, e.g. capacity=ANZ_PLAETZE; free=FREI."),
    # parking
    "FACILITIES": N_("Car parks as points or polygons, e.g. from 'Load parking feed' or sensor locations."),
    "FACILITY_ID": N_("The field that names a facility in both layers (id or name)."),
    "FACILITY_NAME": N_("The field with the facility's name, for tables and reports."),
    "CAPACITY": N_("The field with the number of spaces of a facility."),
    "OBSERVATIONS": N_("Counts over time: one row per facility and time, e.g. from 'Fetch observations'."),
    "OBS_FACILITY_ID": N_("The field of the observations that names their facility."),
    "OBS_CAPACITY": N_("A capacity field of the observations, used where the facility has none."),
    "TIME": N_("The field with the time of each row (UTC unless it carries an offset)."),
    "FREE": N_("The field with free spaces; give this or the occupied spaces."),
    "OCCUPIED": N_("The field with occupied spaces; used when there is no free-spaces field."),
    "START": N_("The first time taken into account (UTC); empty: from the first row."),
    "END": N_("The last time taken into account (UTC); empty: to the last row."),
    "MAX_GAP": N_("A longer gap between two counts is not filled: that time counts as unknown."),
    "THRESHOLD": N_("Occupancy from which a facility counts as saturated, e.g. 0.85 for 85 %."),
    "PROFILE": N_("Mean occupancy per weekday and hour (local time) for each facility."),
    "DESTINATIONS": N_("Points people want to reach, e.g. the town hall or a venue."),
    "DEST_NAME": N_("The field with the destination's name."),
    "MEAN_OCC": N_("The statistics' mean occupancy field, used when the profile has no value for that hour."),
    "WEEKDAY": N_("The day of the week of the visit."),
    "HOUR": N_("The hour of the visit in local time (0–23)."),
    "DISTANCE": N_("Facilities within this walking distance of a destination count."),
    "MIN_FREE": N_("A destination is well served when this many free spaces are expected nearby."),
    "WEEKS": N_("How many weeks before the forecast the profile learns from."),
    "DAYS": N_("How many days ahead to forecast, hour by hour."),
    "BACKTEST_WEEKS": N_("How many past weeks are forecast from the weeks before them to measure the error."),
    "TITLE": N_("The heading of the report."),
    "TURNOVER": N_("The zone table of 'On-street bay turnover', to add turnover to the report."),
    "EVENTS": N_("Bay sensor events: one row per bay and change of status, with its time."),
    "BAY_ID": N_("The field of the events that names the bay."),
    "STATUS": N_("The field with the status: occupied/free, 1/0 or true/false."),
    "BAYS": N_("The bays with their zone or street, to sum turnover per zone."),
    "BAYS_ID": N_("The field of the bays that matches the events' bay id."),
    "ZONE": N_("The field of the bays with their zone or street."),
    "MAX_DURATION": N_("Sessions longer than this count as overstays."),
    # heavy rain
    "DEM": N_("A terrain model (DGM1, DGM2) in a projected CRS in metres, e.g. EPSG:25832."),
    "BUILDINGS": N_("Building footprints (e.g. ALKIS): water flows around them."),
    "BUILDING_HEIGHT": N_("Footprints are raised by this height in the terrain so water flows around them."),
    "MASK": N_("Only the terrain inside these polygons is analysed."),
    "MIN_DEPTH": N_("Hollows shallower than this are left out as noise of the terrain model."),
    "SCENARIO": N_("The rain of the LUBW/DWA scenarios (seltener, außergewöhnlicher, extremer Starkregen)."),
    "RAIN_MM": N_("A rain depth of your own in mm instead of the scenario's (0: the scenario)."),
    "DEPTH_CLASSES": N_("Lower bounds of the water-depth classes in metres, e.g. 0.05, 0.1, 0.5, 1."),
    "WATER_DEPTH": N_("Raster of the water depth in metres."),
    "ACCUMULATION": N_("Raster of the area that drains through each cell, in m²."),
    "METHOD": N_("How water leaves a cell: to its steepest neighbour (D8) or shared among lower ones."),
    "DRAINAGE_MM": N_("Rain the sewer takes away before water runs off on the ground (mm)."),
    "ROOF_WATER": N_("Whether rain on the buildings runs off onto the ground or into the sewer."),
    "RUNOFF_COEFFICIENT": N_("Share of the rain that runs off where no other value applies (0–1)."),
    "RUNOFF_AREAS": N_("Polygons with their own runoff coefficient, e.g. green areas or sealed surfaces."),
    "RUNOFF_FIELD": N_("The field of those polygons with the coefficient (0–1)."),
    "RUNOFF_RASTER": N_("A raster of runoff coefficients (0–1) instead of polygons."),
    "DURATION": N_("How long it rains, in minutes."),
    "RUN_ON": N_("How long the simulation goes on after the rain, in minutes."),
    "EULER_DEPTHS": N_(
        "Rain depths by duration from KOSTRA-DWD, e.g. 5:9.5, 15:17, 60:32; shaped as Euler type II."
    ),
    "HYETOGRAPH": N_("Rain per interval as 'end minute:mm', e.g. 10:8, 20:15, 60:12, used as it is."),
    "LOSS_MM_H": N_("Water lost to infiltration and drainage per hour, everywhere."),
    "MANNING": N_("Surface roughness; about 0.015 for asphalt and 0.05 for meadows."),
    "MANNING_AREAS": N_("Polygons with their own roughness, e.g. land use (streets, meadows, woods)."),
    "MANNING_FIELD": N_("The field of those polygons with Manning's n (s/m^⅓, more than 0)."),
    "MANNING_RASTER": N_(
        "A raster of Manning's n, resampled onto the DEM; where it has no data the number applies."
    ),
    "LOSS_AREAS": N_(
        "Polygons with their own loss rate, e.g. the sewer's capacity on sealed areas or "
        "infiltration on green ones."
    ),
    "LOSS_FIELD": N_("The field of those polygons with the losses in mm/h."),
    "LOSS_RASTER": N_(
        "A raster of losses in mm/h, resampled onto the DEM; where it has no data the number applies."
    ),
    "BUILDINGS_AS": N_(
        "Raised blocks: the footprints are raised in the terrain and their rain runs off them. "
        "Impermeable holes: the footprints are taken out of the grid, water flows around them and "
        "their rain drains into the sewer (with the losses); the raise height is not used."
    ),
    "FLOW_THRESHOLD": N_("A building is exposed to a flow path where this much area drains past it."),
    # school routes
    "INPUT": N_("The layer to export: polygons, lines or points."),
    "CROSSINGS": N_("Crossing points (OSM highway=crossing, signals), to find the protected crossings."),
    "HIGHWAY_FIELD": N_("The field with the OSM road class (highway)."),
    "TAGS_FIELD": N_("The field with the other OSM tags (maxspeed, sidewalk, lit, foot, access)."),
    "DEFAULT_CLASS": N_("The road class of every line of a layer that has no road class field."),
    "SPEED": N_("Walking speed for the walking times; children walk about 4 km/h."),
    "RESIDENTIAL_SPEED": N_("The speed limit assumed for residential streets without maxspeed tag."),
    "UNTAGGED_SIDEWALK": N_("Whether roads without sidewalk tags are assumed to have sidewalks."),
    "MAX_EDGE": N_("Longer ways are split into edges of at most this length."),
    "SNAP": N_("Line ends this close to another line are joined to it."),
    "NETWORK": N_("The walking network from 'Build walking network' (edited or not)."),
    "ORIGINS": N_("Where the pupils live: address points or building polygons."),
    "ORIGIN_WEIGHT": N_("The field with the number of pupils per home; empty: one each."),
    "SCHOOLS": N_("The schools as points or polygons."),
    "SCHOOL_ID": N_("The field with the school's name or number."),
    "SCHOOL_TYPE": N_("The field with the school type, e.g. Grundschule; catchments are made per type."),
    "HOMES": N_("Address points or buildings to give the walking time to the nearest school."),
    "DISTRICTS": N_("School district polygons: homes in a district go to its school."),
    "DISTRICT_SCHOOL": N_("The field of the districts with the school's name or number."),
    "HAZARDS": N_("Places to avoid: points (e.g. a dangerous junction) or lines (e.g. a construction site)."),
    "HAZARD_WEIGHT": N_("The field with the weight of each hazard; empty: 1."),
    "MAX_SNAP": N_("Homes and schools further from the network are reported, not routed."),
    "CHOICE": N_("Whether the hotspots count the pupils on their safest or their shortest route."),
    "CROSSING_M": N_("The safe route takes a detour of up to this length to avoid an unprotected crossing."),
    "FAST_FACTOR": N_(
        "Along fast traffic without sidewalk a metre counts (1 + factor) times on the safe route."
    ),
    "UNLIT_FACTOR": N_("Along unlit ways a metre counts (1 + factor) times on the safe route."),
    "HAZARD_M": N_("Metres added to the safe route per weight unit of a hazard point it passes."),
    "HAZARD_LINE_FACTOR": N_(
        "Along a hazard line a metre counts (1 + factor × weight) times on the safe route."
    ),
    "BANDS": N_("The walking-time bands in minutes, e.g. 5, 10, 15, 20."),
    "BUFFER": N_("How far either side of the network a catchment band reaches."),
    # twin
    "ID_FIELD": N_("The field whose value becomes the city object's id; empty: numbered."),
    "HEIGHT_FIELD": N_("The field with the building height in metres (e.g. measuredHeight)."),
    "GROUND_FIELD": N_(
        "The field with the ground height in metres; else the terrain model or the fixed height."
    ),
    "GROUND": N_("The ground height in metres where there is no ground field and no terrain model."),
    "KIND": N_("What the features become in the city model."),
    "FIELDS": N_("The fields written as typed attributes; none chosen: all."),
    "TARGET_CRS": N_("The projected CRS of the file; default: the layer's own, else its ETRS89/UTM zone."),
    "HEIGHT_DATUM": N_("The height system named in the file, e.g. DHHN2016."),
    "HEIGHT_EPSG": N_("The EPSG code of the height system (7837: DHHN2016) for the compound CRS."),
    "UNDULATION": N_("Added to normal heights for 3D Tiles viewers (about 36–50 m in Germany)."),
    "LAYER": N_("The layer whose fields are added to the buildings of the file."),
    "UOM": N_("The unit written with decimal values, e.g. m."),
    "FIELD_TYPES": N_("Type and unit per field, e.g. depth: measure m; share: double; map: uri."),
    "CITYGML_CRS": N_("The CRS of the file's coordinates, for matching by footprint; default: its srsName."),
    "NAME_FIELD": N_("The field with the sensor's name."),
    "PROPERTY": N_("The field with the observed property."),
    "UNIT": N_("The field with the unit of the values."),
    "VALUE": N_("The field with the latest value."),
    "STREAM_ID": N_("The field with the SensorThings Datastream id."),
    # district scale
    "TILES": N_("A folder of DEM tiles that together cover the district."),
    "TILES_CRS": N_("The CRS of tiles that do not name one (XYZ files)."),
    "TILE_SIZE": N_("Cells per side of the pieces computed one at a time (memory grows with its square)."),
    "ENGINE": N_(
        "Where the tiles are computed: with Dask on this computer, one after another in QGIS, or on a "
        "Dask cluster."
    ),
    "SCHEDULER": N_("The address of a running Dask scheduler, for the cluster choice."),
}

ALGORITHM_HELP = {
    ("sensorlocations", "OUTPUT"): N_("One point per sensor with observed property, unit and latest value."),
    ("observations", "OUTPUT"): N_(
        "One row per observation with its time in UTC, for the Temporal Controller."
    ),
    ("observations", "START"): N_("The first observation time to fetch (UTC)."),
    ("observations", "END"): N_("The last observation time to fetch (UTC)."),
    ("parkingfeed", "OUTPUT"): N_("One point per facility in the common parking schema."),
    ("parkingstats", "OUTPUT"): N_("The facilities with occupancy, saturation hours and gaps."),
    ("parkingavailability", "FACILITIES"): N_("The output of 'Parking occupancy statistics'."),
    ("parkingavailability", "PROFILE"): N_("The weekday × hour profile of 'Parking occupancy statistics'."),
    ("parkingavailability", "OUTPUT"): N_(
        "The destinations with expected free spaces within walking distance."
    ),
    ("parkingforecast", "OUTPUT"): N_("Expected occupancy per facility and hour for the coming days."),
    ("parkingforecast", "BACKTEST"): N_("How far the forecast was off in the past weeks, per facility."),
    ("parkingreport", "OUTPUT_HTML"): N_("The HTML report with tables and charts."),
    ("parkingreport", "MAP_CONTEXT"): N_(
        "Roads or building outlines drawn in grey under the facility map (only those near the "
        "facilities); empty for a map of the facilities alone."
    ),
    ("parkingturnover", "OUTPUT"): N_("Sessions, dwell times and turnover per bay."),
    ("parkingturnover", "ZONES"): N_("Turnover per zone or street."),
    ("depressions", "OUTPUT"): N_("Each hollow with its volume, area and deepest point."),
    ("depressions", "SINK_DEPTH"): N_("Raster of how deep water would stand in each hollow."),
    ("districtterrain", "DEM"): N_(
        "One raster covering the district instead of a folder of tiles, e.g. a VRT."
    ),
    ("districtterrain", "OUTPUT"): N_(
        "The folder for the sink-depth and contributing-area rasters and the layers."
    ),
    ("districtterrain", "DEPRESSIONS"): N_("The hollows of the whole district at their deepest point."),
    ("flowpaths", "OUTPUT"): N_("Lines where water gathers, with their contributing area."),
    ("flowpaths", "THRESHOLD"): N_("A flow path starts where this much area drains through a cell."),
    ("rainfillspill", "FLOODED"): N_("Polygons of the flooded areas by depth class."),
    ("rainfillspill", "PONDS"): N_("Each pond with its water level and volume."),
    ("rainsimulation", "MAX_DEPTH"): N_("Raster of the deepest water during the simulation (m)."),
    ("rainsimulation", "MAX_SPEED"): N_("Raster of the fastest flow during the simulation (m/s)."),
    ("rainsimulation", "HAZARD"): N_("Raster of the hazard class from depth and velocity."),
    ("rainsimulation", "HAZARD_DEPTHS"): N_(
        "Water depths (m) from which hazard classes 1, 2 and 3 begin, e.g. 0.1, 0.5, 1 as in many "
        "Länder guidelines."
    ),
    ("rainsimulation", "HAZARD_SPEEDS"): N_(
        "Flow velocities (m/s) from which hazard classes 1, 2 and 3 begin; a cell takes the higher of "
        "its depth class and its velocity class."
    ),
    ("rainsimulation", "TIME_OF_MAX"): N_("Raster of the minute when the water was deepest (to 6 seconds)."),
    ("rainsimulation", "ARROWS"): N_("Arrows of speed and direction where the flow is fastest."),
    ("rainsimulation", "BALANCE"): N_(
        "Rain, losses, water on the ground and water that left, minute by minute."
    ),
    ("rainsimulation", "SNAPSHOTS"): N_("A folder with the water depth every ten minutes."),
    ("rainsimulation", "START"): N_("The date and time the rain starts, for the snapshots' time axis."),
    ("affectedbuildings", "OUTPUT"): N_("The buildings with water depth at their walls and risk class."),
    ("affectedbuildings", "SUMMARY"): N_("A table of buildings by risk class."),
    ("affectedbuildings", "SPEED"): N_(
        "The maximum flow velocity of 'Design rain: 2D simulation' (on the grid of the water "
        "depths); fast water along the walls raises the risk class."
    ),
    ("affectedbuildings", "ACCUMULATION"): N_(
        "The contributing area of 'Flow paths', to find buildings in a flow path."
    ),
    ("walknetwork", "INPUT"): N_("OSM lines (file.osm.pbf|layername=lines) or a municipal line layer."),
    ("walknetwork", "OUTPUT"): N_("The walkable edges with length, walking time and crossings."),
    ("schoolroutes", "OUTPUT"): N_("Each home with its school, routes, lengths and crossings."),
    ("schoolroutes", "ROUTES"): N_("The route lines from the door to the school (can be many)."),
    ("schoolhotspots", "NODES"): N_("Points where pupils cross a road without signal or zebra, ranked."),
    ("schoolhotspots", "EDGES"): N_("Road sections with pupils along fast traffic without sidewalk, ranked."),
    ("schoolhotspots", "CSV"): N_("The hotspots as a table for the school-route plan."),
    ("schoolcatchments", "OUTPUT"): N_("Walking-time bands around each school."),
    ("osmschoolinputs", "INPUT"): N_("An OpenStreetMap extract of your town (.osm.pbf, .osm or .osm.gz)."),
    ("osmschoolinputs", "SCHOOLS"): N_("The schools as points with name and type."),
    ("osmschoolinputs", "HOMES"): N_("The homes as points with street, house number and one pupil each."),
    ("schoolrouteplan", "ROUTES"): N_(
        "The route lines of 'School route analysis' (their safe routes are drawn)."
    ),
    ("schoolrouteplan", "HOTSPOTS"): N_(
        "The crossing hotspots of 'School route hotspots'; those on a school's map are numbered and listed."
    ),
    ("schoolrouteplan", "CONTEXT_LINES"): N_(
        "Lines drawn in grey under every map, e.g. the walking network."
    ),
    ("schoolrouteplan", "TITLE"): N_("The title above every page; the school's name follows it."),
    ("schoolrouteplan", "OUTPUT"): N_("The PDF file, one A4 page per school."),
    ("accidentatlas", "FILES"): N_(
        "One or more yearly Unfallatlas files (Unfallorte<year>_LinRef.csv), e.g. the last three years."
    ),
    ("accidentatlas", "INVOLVED"): N_(
        "Which accidents to keep: with pedestrians or cyclists (for school routes), only one of them, or all."
    ),
    ("accidentatlas", "EXTENT"): N_("Only accidents inside this extent (your town); empty for all."),
    ("accidentatlas", "OUTPUT"): N_(
        "The accidents as points in EPSG:25832 with year, severity, who was involved and the hazard weight."
    ),
    ("schoolcatchments", "HOME_TIMES"): N_(
        "The homes with the walking time to the nearest school of each type."
    ),
    ("citygmlenrich", "INPUT"): N_("A CityGML 2.0 or 1.0 file with LoD2 buildings."),
    ("citygmlenrich", "ID_FIELD"): N_(
        "The layer's field with the buildings' gml:id; empty: match by footprint."
    ),
    ("citygmlenrich", "FIELDS"): N_("The layer's fields added to each matched building."),
    ("rainsimulation", "GAUGE"): N_(
        "A rain gauge's observations (a table or layer with a time and the rain in mm since the "
        "observation before), e.g. the output of 'Fetch observations' for one gauge and the event."
    ),
    ("rainsimulation", "GAUGE_TIME"): N_(
        "The field with the observation times (UTC unless they say otherwise)."
    ),
    ("rainsimulation", "GAUGE_MM"): N_("The field with the rain in mm since the observation before."),
    ("loadcitymodel", "INPUT"): N_(
        "A CityGML 2.0/1.0 file (.gml, .xml) or a CityJSON/CityJSONSeq file (.json, .jsonl)."
    ),
    ("loadcitymodel", "MODEL_CRS"): N_("Only when the file names no CRS, or a wrong one."),
    ("loadcitymodel", "OUTPUT"): N_("One polygon per city object with its id, type and attributes."),
    ("loadcitymodel", "ROOFS"): N_(
        "Optional: per city object its roofs as one 3D multipolygon (roof surfaces of LoD2, the "
        "tops of LoD1 blocks), e.g. for the 3D map view."
    ),
    ("validatecitymodel", "INPUT"): N_(
        "A CityGML 1.0/2.0/3.0 file (.gml, .xml) or a CityJSON/CityJSONSeq file (.json, .jsonl)."
    ),
    ("validatecitymodel", "OUTPUT"): N_(
        "One row per problem: its line, the id of its city object and the schema's message; empty "
        "when the file is valid."
    ),
    ("citygmlenrich", "OUTPUT"): N_("The file with the added attributes; everything else unchanged."),
    ("exportcitygml", "OUTPUT"): N_("The CityGML 2.0 file."),
    ("exportcityjson", "OUTPUT"): N_("The CityJSON 2.0 file (.json), or CityJSONSeq (.jsonl)."),
    ("exportcitygml3dynamizer", "INPUT"): N_("Sensor points, e.g. from 'Load sensor locations'."),
    ("exportcitygml3dynamizer", "URL"): N_("The SensorThings service the Dynamizer links to."),
    ("exportcitygml3dynamizer", "START"): N_("The start of the time series the Dynamizer announces (UTC)."),
    ("exportcitygml3dynamizer", "END"): N_("The end of the time series the Dynamizer announces (UTC)."),
    ("exportcitygml3dynamizer", "FIELDS"): N_("Further sensor fields written as generic attributes."),
    ("exportcitygml3dynamizer", "OUTPUT"): N_("The CityGML 3.0 file."),
    ("export3dtiles", "OUTPUT"): N_("The folder of the tileset (tileset.json and the glTF tile)."),
}


def parameter_help(algorithm_id, name):
    """The (untranslated) help text of parameter ``name`` of ``algorithm_id``; "" if none."""
    return ALGORITHM_HELP.get((algorithm_id, name)) or HELP.get(name, "")
