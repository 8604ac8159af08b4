"""Plugins ▸ Smart City ▸ Load example project: the demo town, analysed and styled, in a folder the
user picks. The analyses run one after the other as processing tasks (progress and cancel in
QGIS's task list); the project opens when the last one is done."""

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

from ..core.errors import SmartCityError
from ..qgisbridge.compat import ALGORITHM_NO_THREADING
from ..qgisbridge.example_project import finish_example, start_example
from ..qgisbridge.i18n import tr, translated_message
from .background import RecordingFeedback, Run, failure_message, forget_task_thread_crs

FOLDER_NAME = "smartcity-example"


class ExampleProjectLoader:
    """Asks for a folder, builds the example project there and opens it."""

    def __init__(self, iface):
        self.iface = iface
        self.run = None
        self.folder = None
        self.steps = []

    def title(self):
        return tr("Smart City example project")

    def start(self):
        """Ask for the folder (confirming before an earlier example in it is replaced), then build."""
        if self.run is not None:
            self.iface.messageBar().pushInfo(self.title(), tr("The example project is still being built."))
            return
        parent = self.iface.mainWindow()
        chosen = QFileDialog.getExistingDirectory(
            parent, tr("Folder for the example project (a subfolder is made in it)"), str(Path.home())
        )
        if not chosen:
            return
        folder = Path(chosen) / FOLDER_NAME
        if folder.is_dir() and any(folder.iterdir()):
            question = tr("{folder} already exists. Replace the example project in it?").format(folder=folder)
            if QMessageBox.question(parent, self.title(), question) != QMessageBox.StandardButton.Yes:
                return
        self.build(folder)

    def build(self, folder):
        """Copy the data into ``folder`` and start the first analysis."""
        try:
            self.steps = start_example(folder)
        except SmartCityError as error:
            self.iface.messageBar().pushCritical(self.title(), translated_message(error))
            return
        self.folder = folder
        self.iface.messageBar().pushInfo(
            self.title(),
            tr("Building the example project in {folder}: the analyses take about a minute.").format(
                folder=folder
            ),
        )
        self.run_step(0)

    def run_step(self, number):
        """Run analysis ``number``; the next one follows when it succeeded, the project after the last."""
        if number == len(self.steps):
            self.run = None
            self.open_project()
            return
        algorithm_id, parameters = self.steps[number]
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        context, feedback = QgsProcessingContext(), RecordingFeedback()
        if algorithm.flags() & ALGORITHM_NO_THREADING:  # e.g. print layouts: on the main thread
            self.run_here(algorithm, parameters, context, feedback, number)
            return
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        task.setDescription(
            tr("Example project {step}/{steps}: {name}").format(
                step=number + 1, steps=len(self.steps), name=algorithm.displayName()
            )
        )
        run = Run(task, feedback, context)
        task.executed.connect(lambda ok, _results: self.step_finished(run, number, ok))
        self.run = run.start()

    def run_here(self, algorithm, parameters, context, feedback, number):
        """Run a step that must not run in a task, then go on with the next one."""
        _results, ok = algorithm.run(parameters, context, feedback)
        if ok:
            QTimer.singleShot(0, lambda: self.run_step(number + 1))
            return
        self.run = None
        self.iface.messageBar().pushCritical(self.title(), failure_message(feedback))

    def step_finished(self, run, number, ok):
        forget_task_thread_crs()
        if run is not self.run:
            return  # stopped
        if ok and not run.feedback.isCanceled():
            self.run_step(number + 1)
            return
        self.run = None
        if not run.feedback.isCanceled():
            self.iface.messageBar().pushCritical(self.title(), run.error())

    def open_project(self):
        try:
            path = finish_example(self.folder)
        except SmartCityError as error:
            self.iface.messageBar().pushCritical(self.title(), translated_message(error))
            return
        if self.iface.newProject(True):  # False when the user keeps the open project
            self.iface.addProject(str(path))

    def stop(self):
        """Cancel a build in progress (the plugin is unloaded)."""
        run, self.run = self.run, None
        if run is not None:
            run.stop()
