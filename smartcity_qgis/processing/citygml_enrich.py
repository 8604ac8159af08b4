"""smartcity:citygmlenrich — analysis results as typed generic attributes of LoD2 buildings."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ..core.citygml_enrich import AttributeSpec, enrich_citygml
from ..core.errors import N_
from ..core.sources import InputError
from ..qgisbridge.frames import layer_frame
from .base import SmartCityAlgorithm
from .parking_params import field_name

KIND_OF_TYPE = {
    QVariant.Int: "int",
    QVariant.LongLong: "int",
    QVariant.UInt: "int",
    QVariant.ULongLong: "int",
    QVariant.Double: "double",
    QVariant.Date: "date",
    QVariant.DateTime: "date",
}


def attribute_specs(fields, names, uom):
    """An :class:`AttributeSpec` per chosen field, typed from the field type (numbers with a unit
    become measures; text starting with http(s):// stays text - choose URIs with the 'uri_' prefix)."""
    specs = []
    for name in names:
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
    OUTPUT = "OUTPUT"
    MATCHED = "MATCHED"
    UNMATCHED = "UNMATCHED"

    def displayName(self):  # noqa: N802
        return self.tr("Enrich LoD2 buildings (CityGML)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Adds analysis results (e.g. maximum water depth, risk class, pupils passing, a sensor "
            "link) as typed generic attributes to the buildings of a CityGML 2.0 or 1.0 file (AdV "
            "LoD2): gen:intAttribute for whole numbers, gen:doubleAttribute for decimals - "
            "gen:measureAttribute with the given unit when a unit is set -, gen:dateAttribute for "
            "dates, gen:uriAttribute for fields named uri_…, url_… or link_…, gen:stringAttribute "
            "otherwise. Buildings are matched by gml:id with the id field of the layer (e.g. the "
            "gml_id that QGIS reads from the same file). Attributes of the same name are replaced; "
            "everything else in the file stays untouched. The file is processed member by member, "
            "so even very large tiles need little memory. Matched and unmatched counts are reported."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.addParameter
        add(QgsProcessingParameterFile(self.INPUT, self.tr("CityGML file"), extension="gml"))
        add(
            QgsProcessingParameterFeatureSource(
                self.LAYER, self.tr("Layer with the results"), [QgsProcessing.TypeVector]
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
            name for name in self.parameterAsFields(parameters, self.FIELDS, context) if name != id_field
        ]
        if not id_field or not names:
            raise InputError(N_("Choose the gml:id field and at least one field to add."))
        specs = attribute_specs(
            source.fields(), names, self.parameterAsString(parameters, self.UOM, context).strip()
        )
        frame = layer_frame(source, {"gml_id": id_field, **{name: name for name in names}}, feedback)
        values = {str(row.pop("gml_id")): row for row in frame.to_dict("records") if row.get("gml_id")}
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.pushInfo(
            self.tr("Enriching {path} …").format(path=self.parameterAsFile(parameters, self.INPUT, context))
        )
        result = enrich_citygml(self.parameterAsFile(parameters, self.INPUT, context), target, values, specs)
        feedback.pushInfo(
            self.tr(
                "{matched} of {objects} buildings enriched; {unmatched} ids of the layer not found."
            ).format(matched=result.matched, objects=result.objects, unmatched=len(result.unmatched_ids))
        )
        for object_id, name, value in result.rejected[:20]:
            feedback.pushWarning(
                self.tr("{id}: '{value}' is not valid for {field}; left out.").format(
                    id=object_id, value=value, field=name
                )
            )
        return {self.OUTPUT: target, self.MATCHED: result.matched, self.UNMATCHED: len(result.unmatched_ids)}
