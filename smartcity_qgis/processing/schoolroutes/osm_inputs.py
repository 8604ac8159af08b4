"""smartcity:osmschoolinputs — schools and homes from an OpenStreetMap file."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import N_, InputError
from ...core.schoolroutes.osm_inputs import homes, schools
from ...core.schoolroutes.walk_network import parse_tags
from ...qgisbridge.compat import GEOMETRY_POINT, SOURCE_POINT, WKB_POINT
from ...qgisbridge.layers import add_in_batches, make_fields
from ..base import SmartCityAlgorithm, check_cancel

SCHOOL_FIELDS = (
    ("osm_id", QMetaType.Type.QString),
    ("name", QMetaType.Type.QString),
    ("type", QMetaType.Type.QString),
)
HOME_FIELDS = (
    ("osm_id", QMetaType.Type.QString),
    ("street", QMetaType.Type.QString),
    ("housenumber", QMetaType.Type.QString),
    ("pupils", QMetaType.Type.Double),
)
IDS = ("osm_id", "osm_way_id")
NOT_TAGS = (*IDS, "other_tags")  # GDAL's OSM layers keep common keys as columns, the rest in other_tags


def osm_features(path, layer_name, feedback, with_shape=False):
    """``[(osm id, tags, x, y[, shapely geometry])]`` of one layer of an OSM file (areas give a
    point inside them)."""
    from shapely import wkb

    readable = f"/vsigzip/{path}" if path.lower().endswith(".gz") else path
    layer = QgsVectorLayer(f"{readable}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        raise InputError(N_("{path} cannot be read as an OpenStreetMap file."), path=path)
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        check_cancel(feedback)
        if not feature.hasGeometry():
            continue
        tags = parse_tags(feature["other_tags"]) if "other_tags" in names and feature["other_tags"] else {}
        tags.update({name: str(feature[name]) for name in names if name not in NOT_TAGS and feature[name]})
        key = next((str(feature[name]) for name in IDS if name in names and feature[name]), "")
        geometry = feature.geometry()
        point = (
            geometry.asPoint() if geometry.type() == GEOMETRY_POINT else geometry.pointOnSurface().asPoint()
        )
        row = (key, tags, point.x(), point.y())
        rows.append((*row, wkb.loads(bytes(geometry.asWkb()))) if with_shape else row)
    return rows


class OsmSchoolInputsAlgorithm(SmartCityAlgorithm):
    ALG_ID = "osmschoolinputs"
    GROUP_ID = "schoolroutes"
    INPUT = "INPUT"
    SCHOOLS = "SCHOOLS"
    HOMES = "HOMES"

    def displayName(self):
        return self.tr("Schools and homes from OpenStreetMap")

    def help_text(self):
        return self.tr(
            "For towns without their own school and address layers: reads an OpenStreetMap file "
            "(.osm.pbf or .osm) and writes the schools and the homes for the school-route tools.\n\n"
            "Schools: amenity=school points and areas (a point inside the area), with name and type "
            "from school:de (Grundschule, Gymnasium …), else isced:level (1: Grundschule, 2 or 3: "
            "weiterführende Schule), else words of the name.\n\n"
            "Homes: buildings with an address (addr:housenumber) that are dwellings or of unknown "
            "use (building=yes, house, residential, apartments …) and have no other use (amenity, "
            "shop, office, craft, tourism …), and address points outside buildings or in dwellings without "
            "an address of their own; one "
            "pupil each (edit the field 'pupils' where you know more)."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("OpenStreetMap file"),
                fileFilter=self.tr("OpenStreetMap files (*.osm.pbf *.pbf *.osm *.osm.gz)"),
            )
        )
        add(QgsProcessingParameterFeatureSink(self.SCHOOLS, self.tr("Schools"), SOURCE_POINT))
        add(QgsProcessingParameterFeatureSink(self.HOMES, self.tr("Homes"), SOURCE_POINT))

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        points = osm_features(path, "points", feedback)
        areas = osm_features(path, "multipolygons", feedback, with_shape=True)
        found_schools = schools(points + [row[:4] for row in areas])
        found_homes = homes(areas, points)
        crs = QgsCoordinateReferenceSystem("EPSG:4326")
        results = {}
        for name, fields, rows, values in (
            (self.SCHOOLS, SCHOOL_FIELDS, found_schools, lambda s: [s.osm_id, s.name, s.school_type]),
            (self.HOMES, HOME_FIELDS, found_homes, lambda h: [h.osm_id, h.street, h.housenumber, 1.0]),
        ):
            qgs_fields = make_fields(fields)
            sink, results[name] = self.create_sink(parameters, name, context, qgs_fields, WKB_POINT, crs)
            add_in_batches(sink, (point_feature(qgs_fields, row, values(row)) for row in rows), feedback)
        feedback.pushInfo(
            self.tr("{schools} schools and {homes} homes found in {path}.").format(
                schools=len(found_schools), homes=len(found_homes), path=path
            )
        )
        if not found_schools:
            feedback.reportError(self.tr("The file has no amenity=school; add your schools by hand."))
        return results


def point_feature(fields, row, values):
    feature = QgsFeature(fields)
    feature.setAttributes(values)
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.x, row.y)))
    return feature
