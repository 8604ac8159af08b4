"""smartcity:walknetwork — a walking network with hazards from OSM or municipal lines."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import N_, InputError
from ...core.lazy import LazyModule
from ...core.schoolroutes.walk_network import CROSSING_KINDS, build_network, parse_tags
from ...qgisbridge.compat import GEOMETRY_LINE, NUMBER_DOUBLE, SOURCE_LINE, SOURCE_POINT, WKB_LINESTRING
from ...qgisbridge.frames import metric_crs
from ...qgisbridge.layers import add_in_batches, make_fields
from ...qgisbridge.styles import road_text
from ..base import SmartCityAlgorithm, check_cancel, field_name, require_geometry

np = LazyModule("numpy")

EDGE_FIELDS = (
    ("edge_id", QMetaType.Type.Int),
    ("highway", QMetaType.Type.QString),
    ("road", QMetaType.Type.QString),
    ("length_m", QMetaType.Type.Double),
    ("walk_s", QMetaType.Type.Double),
    ("speed_kmh", QMetaType.Type.Double),
    ("sidewalk", QMetaType.Type.Bool),
    ("lit", QMetaType.Type.Bool),
    ("high_speed", QMetaType.Type.Bool),
    ("from_cross", QMetaType.Type.QString),
    ("to_cross", QMetaType.Type.QString),
    ("assumed", QMetaType.Type.QString),
    ("name", QMetaType.Type.QString),
)

# Columns of a municipal layer read as tags when present (OSM files keep them in other_tags).
TAG_COLUMNS = ("maxspeed", "sidewalk", "lit", "foot", "access", "crossing", "crossing_ref", "name")


def features_with_tags(source, highway_field, tags_field, default_class, feedback, require_class=True):
    """``[(geometry, highway, tags)]`` of a line or point source (in its own CRS).

    ``default_class`` is the class of every feature of a layer that has no class at all (no
    class field, no OSM tags: a municipal footpath layer). In a layer with classes, a feature
    without one is no way (OSM railways, waterways, power lines …) and is left out, unless
    ``require_class`` is false (crossing points: ``crossing=*`` needs no ``highway``).
    """
    names = set(source.fields().names())
    classless = default_class if not (highway_field or tags_field) else ""
    rows = []
    for feature in source.getFeatures():
        check_cancel(feedback)
        tags = parse_tags(feature[tags_field]) if tags_field and feature[tags_field] else {}
        tags.update({name: str(feature[name]) for name in TAG_COLUMNS if name in names and feature[name]})
        highway = (feature[highway_field] if highway_field else None) or tags.get("highway") or classless
        geometry = QgsGeometry(feature.geometry())
        if (highway or not require_class) and not geometry.isEmpty():
            rows.append((geometry, str(highway or ""), tags))
    return rows


class WalkNetworkAlgorithm(SmartCityAlgorithm):
    ALG_ID = "walknetwork"
    GROUP_ID = "schoolroutes"
    INPUT = "INPUT"
    HIGHWAY_FIELD = "HIGHWAY_FIELD"
    TAGS_FIELD = "TAGS_FIELD"
    DEFAULT_CLASS = "DEFAULT_CLASS"
    CROSSINGS = "CROSSINGS"
    SPEED = "SPEED"
    MAX_EDGE = "MAX_EDGE"
    SNAP = "SNAP"
    RESIDENTIAL_SPEED = "RESIDENTIAL_SPEED"
    UNTAGGED_SIDEWALK = "UNTAGGED_SIDEWALK"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Build walking network")

    def help_text(self):
        return self.tr(
            "Builds the walking network for the school-route analysis from OpenStreetMap lines "
            "(e.g. 'town.osm.pbf|layername=lines', tags read from other_tags) or any line layer "
            "(ATKIS/ALKIS, municipal footpaths; a road-class field and columns such as maxspeed, "
            "sidewalk, lit are used when present).\n\n"
            "Keeps walkable ways (footways, paths, pedestrian areas, living streets, residential and "
            "service roads, steps, tracks, main roads - not motorways or trunk roads, not foot=no "
            "or private, not the outlines of areas). Lines without a road class in a layer that has "
            "classes (OSM railways, waterways, power lines) are left out and counted; the 'road class "
            "of a layer without class field' applies only to such a layer.\n\n"
            "The ways are cut where they meet, at every mapped crossing (also one on a vertex inside "
            "a way) and every few metres so homes snap close by; "
            "the output has one edge per piece with length, walking time (steps at half speed), speed "
            "limit, sidewalk, lighting, 'high_speed' (walking along 50 km/h or more without "
            "sidewalk) and the crossings at its ends (signal, zebra, unprotected) taken from the "
            "crossing points (e.g. 'town.osm.pbf|layername=points').\n\n"
            "Untagged roads are not silently safe or unsafe: a residential street without maxspeed "
            "gets the speed chosen here (50 km/h by law in towns, 30 where zones are the rule), other "
            "roads their class's default (living street 7, service road and track 30, else 50), and "
            "a road without sidewalk tags has a sidewalk or not as chosen here. The field 'assumed' "
            "lists per edge what it got that way (e.g. 'maxspeed=50;sidewalk=no'), and the log sums "
            "the lengths.\n\n"
            "The output is in metres (a geographic CRS becomes UTM). Edit it as you like - e.g. "
            "mark a new zebra crossing - and give the edited layer to the other school-route tools."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Ways (lines)"), [SOURCE_LINE]))
        add(
            QgsProcessingParameterField(
                self.HIGHWAY_FIELD, self.tr("Road class field"), "highway", self.INPUT, optional=True
            )
        )
        add(
            QgsProcessingParameterField(
                self.TAGS_FIELD, self.tr("OSM tags field"), "other_tags", self.INPUT, optional=True
            )
        )
        add(
            QgsProcessingParameterString(
                self.DEFAULT_CLASS, self.tr("Road class of a layer without class field"), "footway"
            )
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.CROSSINGS,
                self.tr("Crossing points"),
                [SOURCE_POINT],
                optional=True,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.SPEED,
                self.tr("Walking speed of children (km/h)"),
                NUMBER_DOUBLE,
                4.0,
                minValue=0.5,
                maxValue=10.0,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.MAX_EDGE,
                self.tr("Longest edge (m)"),
                NUMBER_DOUBLE,
                20.0,
                minValue=1.0,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.SNAP,
                self.tr("Join line ends closer than (m)"),
                NUMBER_DOUBLE,
                0.01,
                minValue=0.001,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.RESIDENTIAL_SPEED,
                self.tr("Speed limit of residential streets without maxspeed (km/h)"),
                NUMBER_DOUBLE,
                50.0,
                minValue=5.0,
                maxValue=100.0,
            )
        )
        add(
            QgsProcessingParameterBoolean(
                self.UNTAGGED_SIDEWALK, self.tr("Roads without sidewalk tags have sidewalks"), False
            )
        )
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Walking network"), SOURCE_LINE))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        highway = field_name(self, parameters, self.HIGHWAY_FIELD, context, source)
        tags = field_name(self, parameters, self.TAGS_FIELD, context, source)
        default_class = self.parameterAsString(parameters, self.DEFAULT_CLASS, context).strip() or "footway"
        require_geometry(source, GEOMETRY_LINE, self.parameterDefinition(self.INPUT).description())
        feedback.pushInfo(self.tr("Reading the ways …"))
        rows = features_with_tags(source, highway, tags, default_class, feedback)
        left_out = source.featureCount() - len(rows)
        if left_out > 0:
            feedback.pushInfo(
                self.tr(
                    "{count} lines without a road class (railways, waterways, power lines …) are not part "
                    "of the walking network."
                ).format(count=left_out)
            )
        if not rows:
            raise InputError(N_("The input has no lines with a road class."))
        extent = QgsRectangle(rows[0][0].boundingBox())
        for geometry, _road_class, _tags in rows:
            extent.combineExtentWith(geometry.boundingBox())
        # the extent of the data itself: OSM files do not report one
        crs = metric_crs(source.sourceCrs(), extent, context.project())
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.project())
        ways = []
        for geometry, road_class, way_tags in rows:
            geometry.transform(transform)
            lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
            ways.extend((np.array([(p.x(), p.y()) for p in line]), road_class, way_tags) for line in lines)
        crossings = []
        crossing_source = self.parameterAsSource(parameters, self.CROSSINGS, context)
        if crossing_source is not None:
            point_transform = QgsCoordinateTransform(crossing_source.sourceCrs(), crs, context.project())
            cross_highway = "highway" if "highway" in crossing_source.fields().names() else ""
            cross_tags = "other_tags" if "other_tags" in crossing_source.fields().names() else ""
            for geometry, road_class, point_tags in features_with_tags(
                crossing_source, cross_highway, cross_tags, "", feedback, require_class=False
            ):
                geometry.transform(point_transform)
                point = geometry.asPoint()
                crossings.append((point.x(), point.y(), road_class, point_tags))
        feedback.pushInfo(self.tr("Building the network of {count} ways …").format(count=len(ways)))
        network = build_network(
            ways,
            crossings,
            snap=self.parameterAsDouble(parameters, self.SNAP, context),
            speed_mps=self.parameterAsDouble(parameters, self.SPEED, context) / 3.6,
            max_edge_m=self.parameterAsDouble(parameters, self.MAX_EDGE, context),
            residential_kmh=self.parameterAsDouble(parameters, self.RESIDENTIAL_SPEED, context),
            untagged_sidewalk=self.parameterAsBoolean(parameters, self.UNTAGGED_SIDEWALK, context),
        )
        fields = make_fields(EDGE_FIELDS)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, WKB_LINESTRING, crs)
        high_speed = network.high_speed

        def features():
            for index, geometry in enumerate(network.geometry):
                feature = QgsFeature(fields)
                feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in geometry]))
                feature.setAttributes(
                    [
                        index + 1,
                        network.highway[index],
                        road_text(network.highway[index]),
                        float(network.length[index]),
                        float(network.walk_s[index]),
                        float(network.speed[index]),
                        bool(network.sidewalk[index]),
                        bool(network.lit[index]),
                        bool(high_speed[index]),
                        CROSSING_KINDS[network.crossing[network.source[index]]],
                        CROSSING_KINDS[network.crossing[network.target[index]]],
                        network.assumed[index],
                        network.names[index],
                    ]
                )
                yield feature

        add_in_batches(sink, features(), feedback, len(network.geometry))
        feedback.pushInfo(
            self.tr("{edges} edges, {nodes} nodes, {hazards} unprotected crossing points.").format(
                edges=len(network.length),
                nodes=len(np.unique(np.concatenate([network.source, network.target]))),  # nodes with edges
                hazards=int(network.node_hazard.sum()),
            )
        )
        assumed = network.assumed.astype(str)
        feedback.pushInfo(
            self.tr(
                "Assumed without a tag (field 'assumed'): the speed limit of {speeds} m and the "
                "sidewalk of {sidewalks} m of road."
            ).format(
                speeds=f"{network.length[np.char.find(assumed, 'maxspeed=') >= 0].sum():.0f}",
                sidewalks=f"{network.length[np.char.find(assumed, 'sidewalk=') >= 0].sum():.0f}",
            )
        )
        return {self.OUTPUT: dest_id}
