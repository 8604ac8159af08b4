"""A processing feedback that remembers the progress it was given."""


def progress_record():
    """A feedback that keeps every progress value it is given (in ``values``)."""
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.values = []
    feedback.progressChanged.connect(feedback.values.append)
    return feedback
