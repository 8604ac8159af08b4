"""Background work of the dock pages: one mechanism for processing algorithms and plain functions.

A page owns one :class:`BackgroundWork`: its progress bar, status line and cancel button, and the
runs they show. Each run is a :class:`QgsTask`; the run stays referenced until the task manager has
deleted its task (the task refers to the run's context and feedback until then), and cancelling
waits until the task has stopped, so no worker thread outlives the layers it reads.
"""

import traceback
from functools import partial

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton

from ..core.errors import Cancelled, SmartCityError
from ..qgisbridge.i18n import tr, translated_message
from ..qgisbridge.log import log_error

CANCEL_WAIT_MS = 10_000  # how long a cancel waits for the worker to stop (algorithms check every step)
_ACTIVE = set()


def forget_task_thread_crs():
    """Drop the cached CRSs and transforms: those made in a task's thread stop working when QGIS
    ends the idle thread (after 30 s) and then give NaN coordinates here (seen with QGIS 3.22)."""
    QgsCoordinateReferenceSystem.invalidateCache()
    QgsCoordinateTransform.invalidateCache()


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the error messages, to show them on the page."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


class FunctionTask(QgsTask):
    """Runs ``function(feedback)`` in a worker thread; ``on_finished(ok, result, error)`` follows in
    the GUI thread, ``error`` being a translated message or None (set by the owner)."""

    def __init__(self, description, function, feedback):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.feedback = feedback
        self._function = function
        self.on_finished = lambda ok, result, error: None
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self._function(self.feedback)
            return True
        except Cancelled:
            return False
        except SmartCityError as error:
            self.error = translated_message(error)
        except Exception:  # noqa: BLE001 — a worker thread must never take QGIS down
            log_error(traceback.format_exc())
            self.error = tr("Unexpected error; details are in the Smart City log.")
        return False

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def finished(self, ok):
        self.on_finished(ok, self.result, self.error)


class Run:
    """One background run: its task, feedback and (for algorithms) processing context."""

    def __init__(self, task, feedback, context=None):
        self.task = task
        self.feedback = feedback
        self.context = context

    def start(self):
        _ACTIVE.add(self)
        self.task.destroyed.connect(partial(_ACTIVE.discard, self))
        QgsApplication.taskManager().addTask(self.task)
        return self

    def stop(self):
        """Cancel and wait (bounded) until the worker has stopped."""
        self.feedback.cancel()
        self.task.cancel()
        if self.task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated):
            self.task.waitForFinished(CANCEL_WAIT_MS)

    def error(self):
        return failure_message(self.feedback)


def failure_message(feedback):
    """The last error a run reported (see :class:`RecordingFeedback`), or that it failed."""
    errors = getattr(feedback, "errors", None)
    return errors[-1] if errors else tr("The run failed.")


class BackgroundWork:
    """A dock page's progress bar, cancel button and status line, and the runs they show.

    ``buttons`` are disabled while anything runs. ``on_done`` callbacks are called in the GUI thread
    and only for runs that succeeded; a failure shows its message, a cancel says so.
    """

    def __init__(self, parent, layout, buttons=()):
        self.runs = []
        self.buttons = tuple(buttons)
        row = QHBoxLayout()
        self.progress = QProgressBar(parent)
        row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(tr("Cancel"), parent)
        self.cancel_button.setToolTip(tr("Stop the running work"))
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.status = QLabel(parent)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._show_busy()

    def busy(self):
        return bool(self.runs)

    def start_algorithm(self, algorithm_id, parameters, on_done, message):
        """Run ``algorithm_id``; ``on_done(results, context)`` takes over its temporary outputs."""
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = RecordingFeedback()
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        run = Run(task, feedback, context)
        task.executed.connect(
            lambda ok, results: self._finished(run, ok, lambda: on_done(results, context), None)
        )
        return self._start(run, message)

    def start_function(self, function, on_done, message):
        """Run ``function(feedback)`` in a worker thread; ``on_done(result)`` gets its return value."""
        feedback = QgsFeedback()
        task = FunctionTask(message, function, feedback)
        run = Run(task, feedback)
        task.on_finished = lambda ok, result, error: self._finished(run, ok, partial(on_done, result), error)
        return self._start(run, message)

    def _start(self, run, message):
        run.feedback.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.runs.append(run)
        self.status.setText(message)
        self.progress.setValue(0)
        self._show_busy()
        return run.start()

    def _finished(self, run, ok, on_done, error):
        if run not in self.runs:
            return  # cancelled or shut down: the page no longer waits for it
        self.runs.remove(run)
        forget_task_thread_crs()
        self._show_busy()
        if ok and not run.feedback.isCanceled():
            on_done()
        elif not run.feedback.isCanceled():
            self.status.setText(error or run.error())

    def _show_busy(self):
        busy = self.busy()
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in self.buttons:
            button.setEnabled(not busy)

    def cancel(self):
        """Stop every run; nothing they would have added is added."""
        if self.runs:
            self.shutdown()
            self.status.setText(tr("Cancelled by the user."))

    def shutdown(self):
        """Stop every run silently (the page is going away)."""
        runs, self.runs = self.runs, []
        for run in runs:
            run.stop()
        self._show_busy()

    def finish(self, text):
        """Show the final message of a chain of runs."""
        self.status.setText(text)
