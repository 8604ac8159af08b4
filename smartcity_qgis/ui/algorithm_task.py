"""Run a processing algorithm in the background from a dock page, with progress and cancel."""

from functools import partial

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtWidgets import QLabel, QProgressBar

from ..qgisbridge.i18n import tr

# The task refers to its context and feedback until the task manager deletes it, some time after
# it finished: a run stays referenced until its task is gone.
_ACTIVE = set()


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the error messages, to show them on the page."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


class AlgorithmRun:
    """One background run of ``algorithm_id``; ``on_done(ok, results, context)`` in the GUI thread.

    The context keeps temporary outputs (memory layers) until ``on_done`` takes them over.
    """

    def __init__(self, algorithm_id, parameters, on_done, on_progress=None):
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = RecordingFeedback()
        if on_progress is not None:
            self.feedback.progressChanged.connect(on_progress)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self._on_done = on_done
        self.task.executed.connect(self._executed)

    def start(self):
        _ACTIVE.add(self)
        self.task.destroyed.connect(partial(_ACTIVE.discard, self))
        QgsApplication.taskManager().addTask(self.task)
        return self

    def cancel(self):
        self._on_done = None
        self.feedback.cancel()

    def _executed(self, ok, results):
        if self._on_done is not None:
            self._on_done(ok and not self.feedback.isCanceled(), results, self)


class RunDisplay:
    """A dock page's progress bar and status line, shown while its algorithm runs in the background."""

    def __init__(self, parent, layout):
        self.progress = QProgressBar(parent)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel(parent)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def start(self, algorithm_id, parameters, on_done, message):
        """Show ``message`` and the progress of a new :class:`AlgorithmRun`, which is returned."""
        self.status.setText(message)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        return AlgorithmRun(
            algorithm_id, parameters, on_done, lambda value: self.progress.setValue(int(value))
        ).start()

    def stop(self, run=None, ok=True):
        """Hide the progress; a failed ``run`` leaves its error message (or a general one)."""
        self.progress.setVisible(False)
        if not ok:
            self.status.setText(run.feedback.errors[-1] if run.feedback.errors else tr("The run failed."))
        return ok
