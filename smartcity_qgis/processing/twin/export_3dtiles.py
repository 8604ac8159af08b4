"""smartcity:export3dtiles — buildings and surfaces as a 3D Tiles 1.1 tileset for web viewers."""

import json
import os
from pathlib import Path

from qgis.core import QgsProcessingParameterFolderDestination, QgsProcessingParameterNumber

from ...core.twin.tiles3d import tile
from ...qgisbridge.compat import NUMBER_DOUBLE
from .city_object_export import CityObjectExport


class Export3DTilesAlgorithm(CityObjectExport):
    ALG_ID = "export3dtiles"
    UNDULATION = "UNDULATION"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Export to 3D Tiles")

    def help_text(self):
        return self.tr(
            "Writes a layer as a 3D Tiles 1.1 tileset (tileset.json and one glTF tile, content.glb; "
            "above 500 objects a quadtree of tiles in tiles/, so that viewers load only what is in "
            "view) that CesiumJS and the Masterportal load directly: polygons with a height field become "
            "LoD1 building blocks, other polygons surfaces draped over the terrain (e.g. flooded "
            "areas); every object keeps its id and the chosen fields as feature properties "
            "(EXT_mesh_features, EXT_structural_metadata); holes in surfaces (islands) stay open. "
            "Points and lines are left out.\n\n"
            "The target CRS must be ETRS89 / UTM (e.g. EPSG:25832). Web viewers need heights above "
            "the ellipsoid, but German heights are normal heights (DHHN2016; the height datum is taken "
            "from the parameter or the layer's compound CRS); the quasigeoid GCG2016 "
            "that converts them is not available offline. Enter your town's geoid undulation (about "
            "47–50 m in Germany, from the BKG) to raise everything by that constant; with 0 the "
            "objects sit that much too low. The tileset records which was done."
        )

    def add_outputs(self):
        self.addParameter(
            QgsProcessingParameterNumber(
                self.UNDULATION,
                self.tr("Geoid undulation added to the heights (m)"),
                NUMBER_DOUBLE,
                0.0,
            )
        )
        self.add_height_datum()
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Tileset folder")))

    def process(self, parameters, context, feedback):
        objects, target_crs, source = self.collect(parameters, context, feedback)
        undulation = self.parameterAsDouble(parameters, self.UNDULATION, context)
        datum = self.height_datum(parameters, context, source)
        tileset, contents = tile(objects, target_crs.postgisSrid(), undulation, datum)
        if undulation == 0:
            feedback.pushWarning(
                self.tr(
                    "Heights are {datum} heights without the geoid undulation: in web viewers the "
                    "objects sit about 47–50 m too low. Enter the undulation to correct this."
                ).format(datum=datum)
            )
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        staged = self.stage(folder)
        os.makedirs(staged)
        contents["tileset.json"] = json.dumps(tileset, indent=1, allow_nan=False).encode("utf-8")
        for name, data in contents.items():  # the folder is staged: it appears whole
            Path(staged, name).parent.mkdir(exist_ok=True)
            Path(staged, name).write_bytes(data)
        feedback.pushInfo(
            self.tr("{count} city objects written to {path}.").format(count=len(objects), path=folder)
        )
        return {self.OUTPUT: folder}
