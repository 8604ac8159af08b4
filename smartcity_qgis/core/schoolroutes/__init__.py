"""School routes: walking network from OSM, routing trees, hotspots and catchments."""
