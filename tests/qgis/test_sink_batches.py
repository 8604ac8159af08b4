"""Features handed to a sink a batch at a time: all of them, in order, and cancel between batches."""

import pytest
from qgis.core import QgsFeature, QgsProcessingFeedback, QgsVectorLayer

from smartcity_qgis.core.errors import Cancelled
from smartcity_qgis.qgisbridge.layers import SINK_BATCH, add_in_batches


def numbered(count):
    layer = QgsVectorLayer("None?field=n:integer", "numbers", "memory")
    for number in range(count):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([number])
        yield feature


def test_every_feature_arrives_in_order_and_the_progress_ends_full():
    sink = QgsVectorLayer("None?field=n:integer", "sink", "memory")
    feedback = QgsProcessingFeedback()
    count = 2 * SINK_BATCH + 3
    add_in_batches(sink.dataProvider(), numbered(count), feedback, count)
    assert [feature["n"] for feature in sink.getFeatures()] == list(range(count))
    assert feedback.progress() == pytest.approx(100.0)


def test_cancel_stops_between_batches():
    sink = QgsVectorLayer("None?field=n:integer", "sink", "memory")
    feedback = QgsProcessingFeedback()

    def cancelling(features):
        for number, feature in enumerate(features):
            if number == SINK_BATCH + 10:
                feedback.cancel()
            yield feature

    with pytest.raises(Cancelled):
        add_in_batches(sink.dataProvider(), cancelling(numbered(3 * SINK_BATCH)), feedback)
    assert sink.featureCount() == 2 * SINK_BATCH  # the batch being built when cancelled is still added
