"""Every output arrives styled: a style file per output, applied when QGIS loads it (toolbox,
modeler, processing with loading) and by the dock; a town's own file wins; legends in the user's
language and number format."""

import re

import pytest
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)

from smartcity_qgis.qgisbridge.styles import PLUGIN_STYLES, apply_style, user_styles
from tests.support.rasters import write_dem
from tests.unit.test_terrain import box_pits

STYLE_NAME = re.compile(
    r"^(?P<algorithm>[a-z0-9]+)-(?P<output>[a-z_]+?)(-(?P<geometry>point|line|polygon))?$"
)
GEOMETRY = ("Point", "LineString", "MultiPolygon")  # by the style's own layerGeometryType
STYLES = sorted(PLUGIN_STYLES.glob("*.qml"))


def test_each_style_belongs_to_an_output_of_an_algorithm(provider):
    assert len(STYLES) >= 20
    for path in STYLES:
        match = STYLE_NAME.match(path.stem)
        assert match, path.name
        algorithm = QgsApplication.processingRegistry().algorithmById(f"smartcity:{match['algorithm']}")
        assert algorithm is not None, path.name
        outputs = {output.name().lower() for output in algorithm.outputDefinitions()}
        assert match["output"] in outputs, path.name


@pytest.mark.parametrize("path", STYLES, ids=[path.stem for path in STYLES])
def test_each_style_loads_in_this_qgis(path, tmp_path, qgis_app):
    text = path.read_text("utf-8")
    if "<rasterrenderer" in text:
        layer = QgsRasterLayer(write_dem(tmp_path / "grid.tif", box_pits()), "grid")
    else:
        geometry = int(re.search(r"<layerGeometryType>(\d)</layerGeometryType>", text)[1])
        layer = QgsVectorLayer(f"{GEOMETRY[geometry]}?crs=EPSG:25832", "layer", "memory")
    message, ok = layer.loadNamedStyle(str(path))
    assert ok, message
    assert layer.renderer() is not None


def run_from_toolbox(algorithm_id, parameters):
    """Run like the toolbox does: outputs are loaded into the project when the run ends."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from processing.tools import dataobjects

    from smartcity_qgis.ui.background import RecordingFeedback

    project = QgsProject.instance()
    before = set(project.mapLayers())
    feedback = RecordingFeedback()
    context = dataobjects.createContext(feedback)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    _results, ok = algorithm.run(parameters, context, feedback)
    assert ok and handleAlgorithmResults(algorithm, context, feedback) and feedback.errors == []
    return {layer.name(): layer for layer in map(project.mapLayer, set(project.mapLayers()) - before)}


def test_outputs_loaded_from_the_toolbox_arrive_styled(provider, tmp_path):
    project = QgsProject.instance()
    dem = write_dem(tmp_path / "dem.tif", box_pits())
    try:
        layers = run_from_toolbox(
            "smartcity:rainfillspill",
            {
                "DEM": dem,
                "RAIN_MM": 200.0,
                "WATER_DEPTH": QgsProcessingOutputLayerDefinition(str(tmp_path / "depth.tif"), project),
                "FLOODED": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project),
                "PONDS": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project),
            },
        )
        by_renderer = {type(layer.renderer()).__name__: layer for layer in layers.values()}
        assert set(by_renderer) == {
            "QgsSingleBandPseudoColorRenderer",
            "QgsCategorizedSymbolRenderer",
            "QgsGraduatedSymbolRenderer",
        }
        flooded = by_renderer["QgsCategorizedSymbolRenderer"]
        depths = {feature["class"]: feature["depth"] for feature in flooded.getFeatures()}
        labels = {str(category.value()): category.label() for category in flooded.renderer().categories()}
        assert depths and all(labels[str(number)] == text for number, text in depths.items())
        ramp = by_renderer["QgsSingleBandPseudoColorRenderer"].renderer().shader().rasterShaderFunction()
        assert [item.label for item in ramp.colorRampItemList()][:3] == ["0 m", "0.05 m", "0.1 m"]
    finally:
        project.removeAllMapLayers()


def test_a_towns_own_style_replaces_the_plugins(qgis_app, tmp_path):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=max_depth:double", "sinks", "memory")
    folder = user_styles()
    folder.mkdir(parents=True, exist_ok=True)
    own = folder / "depressions-output.qml"
    try:
        assert apply_style(layer, "depressions", "OUTPUT")
        assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
        plain = QgsVectorLayer("MultiPolygon?crs=EPSG:25832", "plain", "memory")
        plain.saveNamedStyle(str(own))  # the town's: a single symbol
        assert apply_style(layer, "depressions", "OUTPUT")
        assert type(layer.renderer()).__name__ == "QgsSingleSymbolRenderer"
    finally:
        own.unlink(missing_ok=True)


def test_parking_occupancy_legend_in_percent(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=occ_rate:double", "parking", "memory")
    assert apply_style(layer, "parkingfeed", "OUTPUT")
    labels = [item.label() for item in layer.renderer().ranges()]
    assert labels[0].startswith("0 – 50 %") and labels[-1].startswith("95 – 100 %")
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    assert not isinstance(layer.renderer(), (QgsCategorizedSymbolRenderer, QgsSingleBandPseudoColorRenderer))


def test_the_walking_network_style_draws_fast_roads_footways_and_streets_apart(qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsRenderContext

    layer = QgsVectorLayer(
        "LineString?crs=EPSG:25832&field=highway:string&field=high_speed:integer", "net", "memory"
    )
    rows = (("secondary", 1), ("footway", 0), ("residential", 0))
    for highway, fast in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([highway, fast])
        feature.setGeometry(QgsGeometry.fromWkt("LINESTRING(0 0, 10 0)"))
        layer.dataProvider().addFeature(feature)
    assert apply_style(layer, "walknetwork", "OUTPUT")
    renderer = layer.renderer()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        labels = [
            [rule.label() for rule in renderer.rootRule().rulesForFeature(feature, context)]
            for feature in layer.getFeatures()
        ]
    finally:
        renderer.stopRender(context)
    assert labels == [
        ["along fast traffic without sidewalk"],
        ["footway, path or pedestrian area"],
        ["street"],
    ]
