"""smartcity:exportcitygml — analysis layers as CityGML 2.0 city objects for the digital twin."""

from qgis.core import QgsProcessingParameterFileDestination, QgsProcessingParameterNumber

from ...core.twin.citygml import citygml_document
from ...qgisbridge.compat import NUMBER_INTEGER
from .city_object_export import CityObjectExport


class ExportCityGmlAlgorithm(CityObjectExport):
    ALG_ID = "exportcitygml"
    HEIGHT_EPSG = "HEIGHT_EPSG"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Export to CityGML 2.0")

    def help_text(self):
        return self.tr(
            "Writes a layer as CityGML 2.0 for the municipal digital twin (3DCityDB, FME, VC "
            "Publisher): polygons with a height field become bldg:Building with an LoD1 solid and "
            "measured height (ground from a field, the terrain model or a fixed height), water "
            "polygons wtr:WaterBody surfaces, other polygons, lines (school routes, flow paths) and "
            "points (sensors) gen:GenericCityObject with an LoD0 geometry and their type as class. "
            "Chosen fields become typed generic attributes. Coordinates are transformed to the target "
            "CRS (projected; default: the layer's own projected CRS, else the ETRS89 / UTM zone of its "
            "location, e.g. 33N for Berlin); with a height CRS (default 7837, DHHN2016) the "
            "geometries use a compound CRS - heights are taken as they are, not converted. Features "
            "with unusable geometry or a duplicate id are skipped and listed in the log."
        )

    def add_outputs(self):
        self.addParameter(
            QgsProcessingParameterNumber(
                self.HEIGHT_EPSG,
                self.tr("Height CRS (EPSG code, 0: none)"),
                NUMBER_INTEGER,
                7837,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("CityGML file"), self.tr("CityGML files (*.gml)")
            )
        )

    def process(self, parameters, context, feedback):
        objects, target_crs, _source = self.collect(parameters, context, feedback)
        data, skipped = citygml_document(
            objects,
            target_crs.postgisSrid(),
            self.parameterAsInt(parameters, self.HEIGHT_EPSG, context) or None,
        )
        self.report_skipped(skipped, feedback)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        self.write_output(path, data)
        feedback.pushInfo(
            self.tr("{count} city objects written to {path}.").format(
                count=len(objects) - len(skipped), path=path
            )
        )
        return {self.OUTPUT: path}
