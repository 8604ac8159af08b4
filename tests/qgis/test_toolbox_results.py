"""A run from the toolbox loads exactly its layers and reports no false "not correctly generated"."""

from qgis.core import QgsApplication, QgsProcessingOutputLayerDefinition, QgsProject

from tests.conftest import REPO

HERRENBERG = str(REPO / "smartcity_qgis" / "example" / "herrenberg-parking.json")


def test_temporary_outputs_load_without_a_false_error(provider):
    from processing.gui.Postprocessing import handleAlgorithmResults
    from processing.tools import dataobjects

    from smartcity_qgis.ui.background import RecordingFeedback

    project = QgsProject.instance()
    before = set(project.mapLayers())
    feedback = RecordingFeedback()
    context = dataobjects.createContext(feedback)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("smartcity:parkingfeed")
    parameters = {
        "SOURCE": HERRENBERG,
        "OUTPUT": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project),
    }
    _results, ok = algorithm.run(parameters, context, feedback)
    assert ok
    assert len(context.layersToLoadOnCompletion()) == 1
    assert handleAlgorithmResults(algorithm, context, feedback)
    added = [project.mapLayer(layer_id) for layer_id in set(project.mapLayers()) - before]
    assert [layer.featureCount() for layer in added] == [26]
    assert feedback.errors == []
    project.removeAllMapLayers()
