"""The shared part of the city-object exports (CityJSON, CityGML): layer features as city objects."""

import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core.crs import vertical_crs_name
from ...core.errors import N_, InputError
from ...core.safe_xml import strip_control
from ...core.twin.cityjson import KINDS, CityObject, city_object_problem
from ...qgisbridge.compat import (
    FIELD_NUMERIC,
    GEOMETRY_LINE,
    GEOMETRY_POLYGON,
    SOURCE_ANY_GEOMETRY,
    parameter_as_strings,
)
from ...qgisbridge.frames import python_value
from ..base import SmartCityAlgorithm, check_cancel, field_name
from . import params as twin

KIND_LABELS = (N_("Building (LoD1 solid)"), N_("Water body"), N_("Road or path"), N_("Generic city object"))


def number_or_nan(value):
    """``value`` as a float; NaN when it is not a number (the export then refuses the object)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def text_safe(value):
    """Text without the control characters XML cannot hold; other values as they are."""
    return strip_control(value) if isinstance(value, str) else value


DEFAULT_HEIGHT_DATUM = "DHHN2016"  # the German height reference since 2016


class CityObjectExport(SmartCityAlgorithm):
    HEIGHT_DATUM = "HEIGHT_DATUM"
    """Subclasses add their output parameters in ``add_outputs`` and write ``collect``'s objects."""

    GROUP_ID = "twin"
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    KIND = "KIND"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    GROUND_FIELD = "GROUND_FIELD"
    FIELDS = "FIELDS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Layer"), [SOURCE_ANY_GEOMETRY]))
        add(QgsProcessingParameterField(self.ID_FIELD, self.tr("Id field"), None, self.INPUT, optional=True))
        add(
            QgsProcessingParameterEnum(
                self.KIND,
                self.tr("City object type"),
                [self.tr(label) for label in KIND_LABELS],
                defaultValue=0,
            )
        )
        add(
            QgsProcessingParameterField(
                self.HEIGHT_FIELD,
                self.tr("Building height field (m)"),
                None,
                self.INPUT,
                FIELD_NUMERIC,
                optional=True,
            )
        )
        add(
            QgsProcessingParameterField(
                self.GROUND_FIELD,
                self.tr("Ground height field (m)"),
                None,
                self.INPUT,
                FIELD_NUMERIC,
                optional=True,
            )
        )
        add(
            QgsProcessingParameterField(
                self.FIELDS, self.tr("Attributes"), None, self.INPUT, allowMultiple=True, optional=True
            )
        )
        twin.add_target_and_terrain(self)
        self.add_outputs()

    def add_outputs(self):
        raise NotImplementedError

    def add_height_datum(self):
        self.addParameter(
            QgsProcessingParameterString(
                self.HEIGHT_DATUM,
                self.tr("Height datum (empty: from the layer's compound CRS, else DHHN2016)"),
                optional=True,
            )
        )

    def height_datum(self, parameters, context, source):
        """The height datum the heights are in: the parameter, else the vertical part of the layer's
        compound CRS (e.g. EPSG:25833+7837 → "DHHN2016 height"), else DHHN2016."""
        given = self.parameterAsString(parameters, self.HEIGHT_DATUM, context).strip()
        return given or vertical_crs_name(source.sourceCrs().toWkt()) or DEFAULT_HEIGHT_DATUM

    def report_skipped(self, skipped, feedback):
        for object_id, reason in skipped[:20]:
            feedback.pushWarning(self.tr("{id} skipped: {reason}").format(id=object_id, reason=reason))

    def collect(self, parameters, context, feedback):
        """``(city objects, target CRS, source)`` of the input layer."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None or source.featureCount() == 0:
            raise InputError(N_("The layer is empty."))
        target_crs = twin.target_crs(self, parameters, context, source)
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.project())
        sampler, ground_default = twin.terrain(self, parameters, context, target_crs)
        terrain = sampler.height
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        id_field = field_name(self, parameters, self.ID_FIELD, context, source)
        height_field = field_name(self, parameters, self.HEIGHT_FIELD, context, source)
        ground_field = field_name(self, parameters, self.GROUND_FIELD, context, source)
        fields = parameter_as_strings(self, parameters, self.FIELDS, context) or source.fields().names()
        unknown = [name for name in fields if source.fields().indexOf(name) < 0]
        if unknown:
            raise InputError(
                N_("The layer has no field {names} (separate several fields with ';')."),
                names=", ".join(unknown),
            )

        objects, repaired, refused = [], [], []
        for number, feature in enumerate(source.getFeatures(), start=1):
            check_cancel(feedback)
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            object_id = str(feature[id_field]) if id_field else f"{kind}-{number}"
            if geometry.type() == GEOMETRY_POLYGON and not geometry.isGeosValid():
                geometry = geometry.makeValid()  # e.g. self-intersecting rings → valid parts
                if geometry.type() != GEOMETRY_POLYGON:  # a collection: keep its polygons
                    geometry = geometry.convertToType(GEOMETRY_POLYGON, True)
                if geometry.isNull() or geometry.isEmpty():
                    continue
                repaired.append(object_id)
            attributes = {name: text_safe(python_value(feature[name])) for name in fields if name != id_field}
            ground = python_value(feature[ground_field]) if ground_field else None
            ground = ground_default if ground is None else number_or_nan(ground)
            for item in self.city_objects(
                geometry, object_id, kind, attributes, feature, height_field, ground, terrain
            ):
                problem = city_object_problem(item)
                if problem:
                    refused.append((item.object_id, problem))
                else:
                    objects.append(item)
        if repaired:
            feedback.pushWarning(
                self.tr("{count} invalid polygons were repaired: {ids}").format(
                    count=len(repaired), ids=", ".join(repaired[:20])
                )
            )
        self.report_skipped(refused, feedback)
        if not objects:
            raise InputError(
                N_("None of the layer's features can be exported ({count} refused, e.g. {id}: {reason})."),
                count=len(refused),
                id=refused[0][0] if refused else "–",
                reason=refused[0][1] if refused else "–",
            )
        return objects, target_crs, source

    @staticmethod
    def city_objects(geometry, object_id, kind, attributes, feature, height_field, ground, terrain):
        """CityObjects of one feature (one per part of a multi-polygon building)."""
        geometry_type = QgsWkbTypes.geometryType(geometry.wkbType())
        has_z = QgsWkbTypes.hasZ(geometry.wkbType())

        def with_z(vertices):
            return [
                (
                    p.x(),
                    p.y(),
                    p.z() if has_z else terrain(p.x(), p.y(), ground),
                )
                for p in vertices
            ]

        if geometry_type == GEOMETRY_POLYGON:
            parts = list(geometry.constParts())
            height = python_value(feature[height_field]) if height_field else None
            if kind == "Building" and height is not None:
                return [
                    CityObject(
                        object_id if len(parts) == 1 else f"{object_id}-{index}",
                        kind,
                        "Solid",
                        footprint=[(p.x(), p.y()) for p in part.exteriorRing().points()],
                        holes=[
                            [(p.x(), p.y()) for p in part.interiorRing(number).points()]
                            for number in range(part.numInteriorRings())
                        ],
                        ground=min(terrain(p.x(), p.y(), ground) for p in part.exteriorRing().points()),
                        height=number_or_nan(height),
                        attributes=attributes,
                    )
                    for index, part in enumerate(parts, start=1)
                ]
            surfaces = [
                [with_z(part.exteriorRing().points())]
                + [with_z(part.interiorRing(number).points()) for number in range(part.numInteriorRings())]
                for part in geometry.constParts()
            ]
            return [CityObject(object_id, kind, "MultiSurface", surfaces=surfaces, attributes=attributes)]
        if geometry_type == GEOMETRY_LINE:
            lines = [with_z(part.points()) for part in geometry.constParts()]
            return [
                CityObject(object_id, kind, "MultiLineString", lod="0", lines=lines, attributes=attributes)
            ]
        points = [
            (p.x(), p.y(), p.z() if has_z else terrain(p.x(), p.y(), ground)) for p in geometry.vertices()
        ]
        return [CityObject(object_id, kind, "MultiPoint", lod="0", points=points, attributes=attributes)]
