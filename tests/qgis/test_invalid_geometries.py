"""Every feature-reading twin export under each of QGIS's invalid-geometry settings, in-process:
"stop" (QGIS's default) fails with QGIS's own message, "skip" leaves the bow-tie out, "ignore"
hands it to the export, which repairs it."""

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingException

from tests.support.layers import memory_layer

BOW_TIE = "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"
SQUARES = ("POLYGON((20 0, 30 0, 30 10, 20 10, 20 0))", "POLYGON((40 0, 50 0, 50 10, 40 10, 40 0))")
EXPORTS = {
    "smartcity:exportcitygml": "out.gml",
    "smartcity:exportcityjson": "out.json",
    "smartcity:export3dtiles": "tiles",
}


def buildings():
    return memory_layer(
        "Polygon?crs=EPSG:25832&field=id:string&field=height:double",
        [([f"b{number}", 10.0], wkt) for number, wkt in enumerate((SQUARES[0], BOW_TIE, SQUARES[1]))],
    )


def run(algorithm, tmp_path, check=None):
    import processing
    from processing.tools import dataobjects

    context = dataobjects.createContext()  # what processing.run uses: QGIS's default is "stop"
    if check is not None:
        context.setInvalidGeometryCheck(check)
    parameters = {
        "INPUT": buildings(),
        "ID_FIELD": "id",
        "HEIGHT_FIELD": "height",
        "OUTPUT": str(tmp_path / EXPORTS[algorithm]),
    }
    return processing.run(algorithm, parameters, context=context)


@pytest.mark.parametrize("algorithm", EXPORTS)
def test_the_default_stops_with_qgis_own_message_and_writes_nothing(provider, tmp_path, algorithm):
    with pytest.raises(QgsProcessingException, match="invalid geometry"):
        run(algorithm, tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("algorithm", EXPORTS)
@pytest.mark.parametrize("check", [QgsFeatureRequest.GeometrySkipInvalid, QgsFeatureRequest.GeometryNoCheck])
def test_skip_and_ignore_export(provider, tmp_path, algorithm, check):
    result = run(algorithm, tmp_path, check)
    assert (tmp_path / EXPORTS[algorithm]).exists() and result["OUTPUT"] == str(tmp_path / EXPORTS[algorithm])
