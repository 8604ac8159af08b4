"""smartcity:exportcityjson — analysis layers as CityJSON 2.0 city objects for the digital twin."""

import json

from qgis.core import QgsProcessingParameterFileDestination

from ...core.twin.cityjson import cityjson_document, cityjson_sequence
from .city_object_export import CityObjectExport


class ExportCityJsonAlgorithm(CityObjectExport):
    ALG_ID = "exportcityjson"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Export to CityJSON")

    def help_text(self):
        return self.tr(
            "Writes a layer as CityJSON 2.0 city objects for the municipal digital twin: polygons with "
            "a height field become LoD1 building solids (ground from a field, the terrain model or a "
            "fixed height), other polygons surfaces (e.g. flooded areas as water bodies at their "
            "height), lines curves (school routes, flow paths) and points generic objects (sensors, "
            "with their datastream link as attribute). Chosen fields become attributes with their "
            "types kept. Coordinates are transformed to the target CRS (projected; default: the "
            "layer's own projected CRS, else the ETRS89 / UTM zone of its location) and stored in "
            "millimetres; the height datum (the parameter, else the height system of the layer's "
            "compound CRS such as EPSG:25833+7837 where QGIS keeps it (3.38 on), else DHHN2016) is "
            "recorded in "
            "the metadata - heights are taken as they are, not converted. Features with unusable "
            "geometry or a duplicate id are skipped and listed in the log.\n\n"
            "A file name ending in .jsonl writes CityJSONSeq (CityJSON Text Sequences) for large "
            "outputs: a first line with the transform and metadata, then one CityJSONFeature per line."
        )

    def add_outputs(self):
        self.add_height_datum()
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                self.tr("CityJSON file"),
                self.tr("CityJSON files (*.city.json *.json);;CityJSONSeq files (*.city.jsonl *.jsonl)"),
            )
        )

    def process(self, parameters, context, feedback):
        objects, target_crs, source = self.collect(parameters, context, feedback)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        arguments = (
            objects,
            target_crs.postgisSrid(),
            self.height_datum(parameters, context, source),
            source.sourceName(),
        )
        if path.lower().endswith(".jsonl"):
            first, features, skipped = cityjson_sequence(*arguments)
            with self.open_output(path) as stream:
                for item in [first, *features]:
                    stream.write(
                        json.dumps(item, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode(
                            "utf-8"
                        )
                        + b"\n"
                    )
            count = len(features)
        else:
            document, skipped = cityjson_document(*arguments)
            self.write_output(
                path,
                json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False),
            )
            count = len(document["CityObjects"])
        self.report_skipped(skipped, feedback)
        feedback.pushInfo(self.tr("{count} city objects written to {path}.").format(count=count, path=path))
        return {self.OUTPUT: path}
