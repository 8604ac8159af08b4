"""Inputs shared by the school-route algorithms: the walking network, homes, schools, districts, hazards."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core.errors import N_, InputError
from ...core.lazy import LazyModule
from ...core.schoolroutes.routes import Weights, school_routes
from ...core.schoolroutes.walk_network import densify, network_from_lines
from ...qgisbridge.compat import (
    FIELD_NUMERIC,
    GEOMETRY_LINE,
    NUMBER_DOUBLE,
    SOURCE_ANY_GEOMETRY,
    SOURCE_LINE,
    SOURCE_POINT,
    SOURCE_POLYGON,
)
from ...qgisbridge.frames import line_columns, metric_crs, point_frame
from ...qgisbridge.i18n import tr
from ..base import check_cancel, field_name, whole_layer

np = LazyModule("numpy")
pd = LazyModule("pandas")


NETWORK = "NETWORK"
ORIGINS = "ORIGINS"
ORIGIN_WEIGHT = "ORIGIN_WEIGHT"
SCHOOLS = "SCHOOLS"
SCHOOL_ID = "SCHOOL_ID"
DISTRICTS = "DISTRICTS"
DISTRICT_SCHOOL = "DISTRICT_SCHOOL"
HAZARDS = "HAZARDS"
HAZARD_WEIGHT = "HAZARD_WEIGHT"
MAX_SNAP = "MAX_SNAP"
CHOICE = "CHOICE"
WEIGHT_PARAMETERS = (
    ("CROSSING_M", N_("Safe route: metres added per unprotected crossing"), "crossing_m"),
    (
        "FAST_FACTOR",
        N_("Safe route: extra length factor along fast traffic without sidewalk"),
        "high_speed_factor",
    ),
    ("UNLIT_FACTOR", N_("Safe route: extra length factor along unlit ways"), "unlit_factor"),
    ("HAZARD_M", N_("Safe route: metres added per weight unit of a hazard point"), "hazard_point_m"),
    (
        "HAZARD_LINE_FACTOR",
        N_("Safe route: extra length factor per weight unit along a hazard line"),
        "hazard_line_factor",
    ),
)

LINE_COLUMNS = {  # network column: field of the walking-network layer
    "speed": "speed_kmh",
    "sidewalk": "sidewalk",
    "lit": "lit",
    "from_cross": "from_cross",
    "to_cross": "to_cross",
    "name": "name",
}
NETWORK_FIELDS = ("highway", "walk_s", *LINE_COLUMNS.values())
CHOICES = ("safest", "shortest")
HAZARD_LINE_STEP_M = 10.0
CHOICE_LABELS = (N_("Safest route"), N_("Shortest route"))

INPUT_HELP = N_(
    "Network: the output of 'Build walking network' (edited or not) or any line layer in a "
    "projected CRS (a geographic CRS is converted to UTM). Homes and schools may be points or "
    "polygons (their centre is used); a home joins the network at the nearest point of the nearest "
    "edge and a school at its nearest node, within the snapping distance; homes further away are "
    "reported, not routed. Each home goes to the school nearest "
    "along the network, or - with school districts - to the school named in its district. Safe "
    "route: length × (1 + fast-traffic factor where walking along 50 km/h or more without "
    "sidewalk, + unlit factor on unlit ways) + metres per unprotected crossing (unmarked crossings, "
    "and junctions of footways or side streets with a main road without signal or zebra) + metres "
    "per hazard point (e.g. accidents) near the route; a hazard line (e.g. a dangerous road section) "
    "raises the length factor of the edges it runs along. Crossings are counted (per home and in "
    "the hotspots) only where a route crosses a road without signal or zebra: a main road at a "
    "junction, or any road at a mapped crossing. Walking along a road past a side street crosses "
    "nothing, and neither the home's nor the school's own node counts."
)


def add_network_input(algorithm):
    algorithm.addParameter(QgsProcessingParameterFeatureSource(NETWORK, tr("Walking network"), [SOURCE_LINE]))


def add_school_inputs(algorithm, with_routes=True):
    """Schools (and, for routes, homes, districts, hazards, weights and the route choice)."""
    add = algorithm.addParameter
    if with_routes:
        add(
            QgsProcessingParameterFeatureSource(
                ORIGINS, tr("Homes (addresses or buildings)"), [SOURCE_ANY_GEOMETRY]
            )
        )
        add(
            QgsProcessingParameterField(
                ORIGIN_WEIGHT,
                tr("Pupils per home (field)"),
                None,
                ORIGINS,
                FIELD_NUMERIC,
                optional=True,
            )
        )
    add(QgsProcessingParameterFeatureSource(SCHOOLS, tr("Schools"), [SOURCE_ANY_GEOMETRY]))
    add(QgsProcessingParameterField(SCHOOL_ID, tr("School name or id field"), None, SCHOOLS, optional=True))
    if not with_routes:
        return
    add(
        QgsProcessingParameterFeatureSource(
            DISTRICTS, tr("School districts"), [SOURCE_POLYGON], optional=True
        )
    )
    add(
        QgsProcessingParameterField(
            DISTRICT_SCHOOL, tr("School of the district (field)"), None, DISTRICTS, optional=True
        )
    )
    add(
        QgsProcessingParameterFeatureSource(
            HAZARDS,
            tr("Hazard points or lines"),
            [SOURCE_POINT, SOURCE_LINE],
            optional=True,
        )
    )
    add(
        QgsProcessingParameterField(
            HAZARD_WEIGHT,
            tr("Hazard weight field"),
            None,
            HAZARDS,
            FIELD_NUMERIC,
            optional=True,
        )
    )
    defaults = Weights()
    for name, label, attribute in WEIGHT_PARAMETERS:
        add(
            QgsProcessingParameterNumber(
                name,
                tr(label),
                NUMBER_DOUBLE,
                getattr(defaults, attribute),
                minValue=0.0,
            )
        )
    add(
        QgsProcessingParameterNumber(
            MAX_SNAP,
            tr("Snapping distance to the network (m)"),
            NUMBER_DOUBLE,
            100.0,
            minValue=0.0,
        )
    )
    add(
        QgsProcessingParameterEnum(
            CHOICE, tr("Route counted for hotspots"), [tr(label) for label in CHOICE_LABELS], defaultValue=0
        )
    )


def read_network(algorithm, parameters, context, feedback):
    """``(Network, metric CRS)`` of the network layer, read in bulk."""
    source = algorithm.parameterAsSource(parameters, NETWORK, context)
    crs = metric_crs(source.sourceCrs(), source.sourceExtent(), context.project())
    layer = whole_layer(algorithm, parameters, NETWORK, context)
    coordinates, offsets, owner, values = line_columns(source, NETWORK_FIELDS, crs, context, feedback, layer)
    single = np.bincount(owner)[owner] == 1  # walk_s belongs to a single line
    per_line = {name: np.asarray(column, dtype=object)[owner] for name, column in values.items()}
    columns = {column: per_line[name] for column, name in LINE_COLUMNS.items() if name in per_line}
    columns["highway"] = [value or "footway" for value in per_line.get("highway", [None] * len(owner))]
    if "walk_s" in per_line:
        columns["walk_s"] = np.where(single, per_line["walk_s"], None)
    network = network_from_lines(coordinates, offsets, columns)
    feedback.pushInfo(tr("Network: {count} edges.").format(count=len(network.length)))
    return network, crs


def points(algorithm, parameters, name, context, crs, feedback, columns=None):
    """Points (centroids) of an input in the network CRS, with ``columns`` = ``{column: parameter}``."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None or source.featureCount() == 0:
        raise InputError(
            N_("The input '{parameter}' is empty."),
            parameter=algorithm.parameterDefinition(name).description(),
        )
    fields = {
        column: field_name(algorithm, parameters, parameter, context, source)
        for column, parameter in (columns or {}).items()
    }
    frame = point_frame(source, fields, crs, context.project(), feedback)
    return source, frame


def school_table(algorithm, parameters, context, crs, feedback):
    """Schools with ``x, y`` and a ``school`` label (its id field or its number)."""
    source, frame = points(algorithm, parameters, SCHOOLS, context, crs, feedback, {"label": SCHOOL_ID})
    labels = (
        frame["label"].astype(str) if "label" in frame else pd.Series(range(1, len(frame) + 1)).astype(str)
    )
    frame["school"] = labels.to_numpy()
    return frame.dropna(subset=["x", "y"]).reset_index(drop=True)


def district_assignment(algorithm, parameters, context, origins, schools, crs, feedback):
    """School index per origin from the district polygons (-1 outside), or None without districts."""
    from shapely import wkt
    from shapely.geometry import Point
    from shapely.prepared import prep

    districts = algorithm.parameterAsSource(parameters, DISTRICTS, context)
    if districts is None:
        return None
    field = field_name(algorithm, parameters, DISTRICT_SCHOOL, context, districts)
    if not field:
        raise InputError(N_("Choose the field of the districts that names their school."))
    index_of = {label: index for index, label in enumerate(schools["school"])}
    assigned = np.full(len(origins), -1)
    transform = QgsCoordinateTransform(districts.sourceCrs(), crs, context.project())
    homes = [Point(x, y) for x, y in origins[["x", "y"]].to_numpy(float)]
    for district in districts.getFeatures():
        check_cancel(feedback)
        area = QgsGeometry(district.geometry())
        area.transform(transform)
        inside = prep(wkt.loads(area.asWkt()))
        school = index_of.get(str(district[field]), -1)
        for row, home in enumerate(homes):
            if assigned[row] < 0 and inside.contains(home):
                assigned[row] = school
    return assigned


def hazard_table(algorithm, parameters, context, crs, feedback):
    """Hazard points (``x, y, weight``) and hazard lines as points every few metres (with ``line``)."""
    source = algorithm.parameterAsSource(parameters, HAZARDS, context)
    if source is None:
        return None
    weight_field = field_name(algorithm, parameters, HAZARD_WEIGHT, context, source)
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.project())
    rows = []
    for number, feature in enumerate(source.getFeatures()):
        check_cancel(feedback)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        geometry.transform(transform)
        weight = pd.to_numeric(feature[weight_field], errors="coerce") if weight_field else 1.0
        weight = 1.0 if pd.isna(weight) else float(weight)
        if geometry.type() == GEOMETRY_LINE:
            for line in geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]:
                points = densify(np.array([(point.x(), point.y()) for point in line]), HAZARD_LINE_STEP_M)
                rows.extend((x, y, weight, number) for x, y in points)
        else:
            point = geometry.centroid().asPoint()
            rows.append((point.x(), point.y(), weight, None))
    return pd.DataFrame(rows, columns=["x", "y", "weight", "line"])


def weights_from(algorithm, parameters, context):
    return Weights(
        **{
            attribute: algorithm.parameterAsDouble(parameters, name, context)
            for name, _label, attribute in WEIGHT_PARAMETERS
        }
    )


def analyse(algorithm, parameters, context, feedback):
    """Read all inputs and route every home: ``(network, crs, homes, schools, RouteResult)``."""
    network, crs = read_network(algorithm, parameters, context, feedback)
    schools = school_table(algorithm, parameters, context, crs, feedback)
    _source, homes = points(algorithm, parameters, ORIGINS, context, crs, feedback, {"weight": ORIGIN_WEIGHT})
    homes["weight"] = (
        pd.to_numeric(homes["weight"], errors="coerce").fillna(1.0) if "weight" in homes else 1.0
    )
    assigned = district_assignment(algorithm, parameters, context, homes, schools, crs, feedback)
    feedback.pushInfo(
        tr("Routing {homes} homes to {schools} schools …").format(homes=len(homes), schools=len(schools))
    )
    result = school_routes(
        network,
        homes.fillna({"x": np.inf, "y": np.inf}),
        schools,
        weights_from(algorithm, parameters, context),
        assigned=assigned,
        max_snap=algorithm.parameterAsDouble(parameters, MAX_SNAP, context),
        choice=CHOICES[algorithm.parameterAsEnum(parameters, CHOICE, context)],
        hazard_points=hazard_table(algorithm, parameters, context, crs, feedback),
    )
    for template, values in result.warnings:
        feedback.pushWarning(tr(template).format(**values))
    return network, crs, homes, schools, result
