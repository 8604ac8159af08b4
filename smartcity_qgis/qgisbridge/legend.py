"""Classes, colours and legend texts of the plugin's layer styles (``tools/make_styles.py`` writes
them into ``styles/*.qml``). Legend texts are English templates: ``{lower}``, ``{upper}`` and
``{value}`` are filled in the user's number format, and the texts are translated, when a style is
applied (:func:`.styles.apply_style`)."""

from ..core.errors import N_
from ..core.heavyrain.terrain import RISK_CLASSES

BELOW = N_("below {upper}")
RANGE = N_("{lower} – {upper}")
ABOVE = N_("{lower} and more")
METRES = N_("{value} m")
RANGE_METRES = N_("{lower} – {upper} m")
ABOVE_METRES = N_("{lower} m and more")
RANGE_MINUTES = N_("{lower} – {upper} min")
ABOVE_MINUTES = N_("{lower} min and more")
RANGE_PERCENT = N_("{lower_percent} – {upper_percent} % occupied")
HECTARES = N_("{value_ha} ha")
SPEED = N_("{value} m/s")
RANGE_SPEED = N_("{lower} – {upper} m/s")
ABOVE_SPEED = N_("{lower} m/s and more")
# Flow arrows of the 2D simulation: speed classes (m/s) as the hazard classes bound them.
ARROW_SPEEDS = ((0.1, 0.5, RANGE_SPEED), (0.5, 2.0, RANGE_SPEED), (2.0, 99.0, ABOVE_SPEED))
# hazard classes of the 2D simulation (the higher of the depth and the velocity class)
HAZARD_CLASSES = (N_("low"), N_("moderate"), N_("high"), N_("very high"))
BELOW_HECTARES = N_("below {upper_ha} ha")
RANGE_HECTARES = N_("{lower_ha} – {upper_ha} ha")
ABOVE_HECTARES = N_("{lower_ha} ha and more")

# water depth (m) and its colour from that depth on
DEPTH_BLUES = ((0.05, "#c6dbef"), (0.1, "#6baed6"), (0.5, "#2171b5"), (1.0, "#08519c"), (2.0, "#08306b"))
# contributing area of flow paths (m²: lower, upper, legend)
FLOW_AREAS = (
    (0, 1e4, BELOW_HECTARES),
    (1e4, 1e5, RANGE_HECTARES),
    (1e5, 1e6, RANGE_HECTARES),
    (1e6, 1e12, ABOVE_HECTARES),
)
# walking-time bands of catchments (minutes)
MINUTE_BANDS = ((0, 5), (5, 10), (10, 15), (15, 20), (20, 30), (30, 999))
RISK_COLOURS = tuple(
    zip(range(len(RISK_CLASSES)), ("#bdbdbd", "#fee391", "#fe9929", "#d7301f", "#7f0000"), RISK_CLASSES)
)
# values written into output tables: the English key goes into a *_code column for scripts
VALUE_TEXT = {
    "ok": N_("ok"),
    "unreachable": N_("unreachable"),
    "far from network": N_("far from network"),
    "shortest": N_("shortest"),
    "safest": N_("safest"),
    "crossing": N_("unmarked crossing"),
    "junction": N_("junction with a main road"),
    "fast road without sidewalk": N_("fast road without sidewalk"),
    "signal": N_("traffic signal"),
    "zebra": N_("zebra crossing"),
    "unprotected": N_("unprotected"),
}
# OSM road classes (highway=*) as people call them; other values are shown as they are
ROAD_CLASSES = {
    "trunk": N_("trunk road"),
    "trunk_link": N_("trunk road"),
    "primary": N_("primary road"),
    "primary_link": N_("primary road"),
    "secondary": N_("secondary road"),
    "secondary_link": N_("secondary road"),
    "tertiary": N_("tertiary road"),
    "tertiary_link": N_("tertiary road"),
    "unclassified": N_("minor road"),
    "residential": N_("residential street"),
    "living_street": N_("living street"),
    "service": N_("service road"),
    "pedestrian": N_("pedestrian zone"),
    "footway": N_("footway"),
    "path": N_("path"),
    "cycleway": N_("cycleway"),
    "track": N_("track"),
    "steps": N_("steps"),
    "bridleway": N_("bridleway"),
}
STATUS_COLOURS = tuple(
    (key, colour, VALUE_TEXT[key])
    for key, colour in (("ok", "#31a354"), ("unreachable", "#de2d26"), ("far from network", "#fd8d3c"))
)
ROUTE_KINDS = tuple(
    (key, colour, VALUE_TEXT[key]) for key, colour in (("shortest", "#636363"), ("safest", "#2171b5"))
)
# pupils crossing at a point or walking a section
CROSSING_PUPILS = ((0, 5, BELOW), (5, 20, RANGE), (20, 50, RANGE), (50, 100, RANGE), (100, 1e9, ABOVE))
# occupancy rate (0 … 1) of car parks: free, filling, nearly full, full
OCCUPANCY = (
    (0.0, 0.5, "#1a9641", RANGE_PERCENT),
    (0.5, 0.85, "#a6d96a", RANGE_PERCENT),
    (0.85, 0.95, "#fdae61", RANGE_PERCENT),
    (0.95, 1.0, "#d7191c", RANGE_PERCENT),
)
# the walking network: each edge matches exactly one rule
WALKWAYS = (
    "('footway', 'path', 'pedestrian', 'steps', 'living_street', 'track', 'cycleway', 'bridleway', "
    "'platform', 'corridor')"
)
WALK_RULES = (
    ('"high_speed"', "#d7191c", 0.8, N_("along fast traffic without sidewalk")),
    (f'NOT "high_speed" AND "highway" IN {WALKWAYS}', "#1a9641", 0.4, N_("footway, path or pedestrian area")),
    (f'NOT "high_speed" AND "highway" NOT IN {WALKWAYS}', "#969696", 0.4, N_("street")),
)
