"""smartcity:citygmlenrich — analysis results as typed generic attributes of LoD2 buildings."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import N_, InputError
from ...core.lazy import LazyModule
from ...core.twin.citygml_enrich import (
    AttributeSpec,
    FootprintMatcher,
    by_gml_id,
    enrich_citygml,
    field_types,
    srs_of_citygml,
)
from ...qgisbridge.compat import GEOMETRY_POLYGON, REQUEST_NO_GEOMETRY, SOURCE_VECTOR, parameter_as_strings
from ...qgisbridge.frames import python_value
from ...qgisbridge.settings import setting
from ..base import SmartCityAlgorithm, check_cancel, field_name

wkb = LazyModule("shapely.wkb")


KIND_OF_TYPE = {
    QMetaType.Type.Int: "int",
    QMetaType.Type.LongLong: "int",
    QMetaType.Type.UInt: "int",
    QMetaType.Type.ULongLong: "int",
    QMetaType.Type.Double: "double",
    QMetaType.Type.QDate: "date",
    QMetaType.Type.QDateTime: "date",
}


def attribute_specs(fields, names, uom, types=None):
    """An :class:`AttributeSpec` per chosen field: its kind and unit from ``types`` (see
    :func:`field_types`), else typed from the field type (decimals with a unit become measures;
    text starting with http(s):// stays text - choose URIs with the 'uri_' prefix)."""
    specs = []
    for name in names:
        if name in (types or {}):
            specs.append(AttributeSpec(name, *types[name]))
            continue
        kind = KIND_OF_TYPE.get(fields.field(name).type(), "string")
        if kind == "double" and uom:
            kind = "measure"
        if kind == "string" and name.lower().startswith(("uri_", "url_", "link_")):
            kind = "uri"
        specs.append(AttributeSpec(name, kind, uom if kind == "measure" else ""))
    return specs


class CityGmlEnrichAlgorithm(SmartCityAlgorithm):
    ALG_ID = "citygmlenrich"
    GROUP_ID = "twin"
    INPUT = "INPUT"
    LAYER = "LAYER"
    ID_FIELD = "ID_FIELD"
    FIELDS = "FIELDS"
    UOM = "UOM"
    FIELD_TYPES = "FIELD_TYPES"
    CITYGML_CRS = "CITYGML_CRS"
    OUTPUT = "OUTPUT"
    MATCHED = "MATCHED"
    UNMATCHED = "UNMATCHED"

    def displayName(self):
        return self.tr("Enrich LoD2 buildings (CityGML)")

    def help_text(self):
        return self.tr(
            "Adds analysis results (e.g. maximum water depth, risk class, pupils passing, a sensor "
            "link) as typed generic attributes to the buildings of a CityGML 2.0 or 1.0 file (AdV "
            "LoD2): gen:intAttribute for whole numbers, gen:doubleAttribute for decimals - "
            "gen:measureAttribute with the given unit when a unit is set -, gen:dateAttribute for "
            "dates, gen:uriAttribute for fields named uri_…, url_… or link_…, gen:stringAttribute "
            "otherwise. 'Type and unit per field' overrides this field by field, e.g. 'wassertiefe: "
            "measure m; anteil: double; flaeche: measure m2; karte: uri' (types: string, int, double,"
            " date, uri, measure). Buildings are matched by gml:id with the id field of the layer "
            "(e.g. the gml_id that QGIS reads from the same file); without an id field, a polygon "
            "layer is matched by footprint: each building gets the values of the polygon covering at "
            "least half of its ground surface (the most, if several), with the layer reprojected to "
            "the CRS of the CityGML file. Attributes of the same name are replaced; everything else "
            "in the file stays untouched. The file is processed member by member, so even very large "
            "tiles need little memory. Matched and unmatched counts are reported."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(QgsProcessingParameterFile(self.INPUT, self.tr("CityGML file"), extension="gml"))
        add(
            QgsProcessingParameterFeatureSource(
                self.LAYER, self.tr("Layer with the results"), [SOURCE_VECTOR]
            )
        )
        add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("gml:id field"), "gml_id", self.LAYER, optional=True
            )
        )
        add(
            QgsProcessingParameterField(
                self.FIELDS, self.tr("Fields to add"), None, self.LAYER, allowMultiple=True
            )
        )
        add(
            QgsProcessingParameterString(
                self.UOM, self.tr("Unit of decimal fields (e.g. m; empty: none)"), "", optional=True
            )
        )
        add(
            QgsProcessingParameterString(
                self.FIELD_TYPES,
                self.tr("Type and unit per field (e.g. depth: measure m; share: double; map: uri)"),
                "",
                optional=True,
            )
        )
        add(
            QgsProcessingParameterCrs(
                self.CITYGML_CRS,
                self.tr("CRS of the CityGML file (for matching by footprint; default: its srsName)"),
                None,
                optional=True,
            )
        )
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Enriched CityGML"), self.tr("CityGML files (*.gml)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED, self.tr("Matched buildings")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED, self.tr("Unmatched ids")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.LAYER, context)
        id_field = field_name(self, parameters, self.ID_FIELD, context, source)
        names = [
            name for name in parameter_as_strings(self, parameters, self.FIELDS, context) if name != id_field
        ]
        by_footprint = not id_field and QgsWkbTypes.geometryType(source.wkbType()) == GEOMETRY_POLYGON
        if not (id_field or by_footprint) or not names:
            raise InputError(
                N_(
                    "Choose the gml:id field (or a polygon layer to match by footprint) and at least "
                    "one field to add."
                )
            )
        types = field_types(self.parameterAsString(parameters, self.FIELD_TYPES, context) or "")
        unknown = sorted(set(types) - set(names))
        if unknown:
            raise InputError(
                N_("Types are given for fields that are not added: {fields}."), fields=", ".join(unknown)
            )
        uom = self.parameterAsString(parameters, self.UOM, context).strip()
        specs = attribute_specs(source.fields(), names, uom, types)
        source_path = self.parameterAsFile(parameters, self.INPUT, context)
        if by_footprint:
            crs = self.citygml_crs(parameters, context, source_path, feedback)
            values, match = self.footprint_values(context, source, names, crs)
        else:
            values = self.values_by_id(source, id_field, names, feedback)
            match = None
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.pushInfo(self.tr("Enriching {path} …").format(path=source_path))
        result = enrich_citygml(
            source_path,
            self.stage(target),
            values,
            specs,
            match=match or by_gml_id,
            is_cancelled=feedback.isCanceled,
        )
        feedback.pushInfo(
            self.tr(
                "{matched} of {objects} buildings enriched; {unmatched} ids of the layer not found."
            ).format(matched=result.matched, objects=result.objects, unmatched=len(result.unmatched_ids))
        )
        if by_footprint and not result.matched:
            feedback.pushWarning(
                self.tr(
                    "No building matched a polygon of the layer. Check that both cover the same area "
                    "and that the file's CRS ({crs}) is right; 'CRS of the CityGML file' overrides it."
                ).format(crs=crs.authid())
            )
        if result.empty:
            feedback.pushInfo(
                self.tr("{count} empty values were left out (no attribute is written for them).").format(
                    count=result.empty
                )
            )
        for object_id, name, value in result.rejected[:20]:
            feedback.pushWarning(
                self.tr("{id}: '{value}' is not valid for {field}; left out.").format(
                    id=object_id, value=value, field=name
                )
            )
        return {self.OUTPUT: target, self.MATCHED: result.matched, self.UNMATCHED: len(result.unmatched_ids)}

    @staticmethod
    def values_by_id(source, id_field, names, feedback):
        """``{gml:id: {field: value}}`` read value by value, so whole numbers stay exact and empty
        cells stay None (a table would turn both into floats)."""
        request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
        request.setSubsetOfAttributes([id_field, *names], source.fields())
        values = {}
        for feature in source.getFeatures(request):
            check_cancel(feedback)
            key = python_value(feature[id_field])
            if key not in (None, ""):
                values[str(key)] = {name: python_value(feature[name]) for name in names}
        return values

    def citygml_crs(self, parameters, context, source_path, feedback):
        """The CRS of the CityGML file: the parameter if given, else the file's own ``srsName``,
        else the default of the Smart City settings."""
        crs = self.parameterAsCrs(parameters, self.CITYGML_CRS, context)
        if crs.isValid():
            return crs
        epsg = srs_of_citygml(source_path)
        crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}" if epsg else setting("export/target_crs"))
        feedback.pushInfo(
            self.tr("CRS of the CityGML file: {crs} ({source}).").format(
                crs=crs.authid(), source=self.tr("its srsName") if epsg else self.tr("the default setting")
            )
        )
        return crs

    def footprint_values(self, context, source, names, crs):
        """``(values, matcher)`` keyed by feature id, the polygons in the CityGML file's CRS ``crs``."""
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        values, footprints = {}, {}
        for feature in source.getFeatures(request):
            geometry = feature.geometry()
            if geometry.isEmpty():
                continue
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            key = str(feature.id())
            footprints[key] = wkb.loads(bytes(geometry.asWkb()))
            values[key] = {name: python_value(feature[name]) for name in names}
        if not footprints:
            raise InputError(N_("The layer has no polygons to match the buildings with."))
        return values, FootprintMatcher(footprints)
