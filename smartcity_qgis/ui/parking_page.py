"""Dock page "Parking": pick facilities and observations, compute statistics, open the report."""

import os
from functools import partial

from qgis.core import QgsProject
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDateTime, QDir, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import N_
from ..processing.parking import params as parking
from ..processing.parking.report import ParkingReportAlgorithm
from ..processing.parking.stats import ParkingStatsAlgorithm
from ..qgisbridge.compat import LAYER_POINT, LAYER_POLYGON, LAYER_VECTOR, set_layer_filters
from ..qgisbridge.guess import (
    FACILITY_FIELDS,
    FACILITY_WORDS,
    OBSERVATION_FIELDS,
    OBSERVATION_WORDS,
    preselect,
)
from ..qgisbridge.i18n import local_format, tr
from ..qgisbridge.project_outputs import destination, output_folder
from ..qgisbridge.styles import take_styled_layer
from .background import BackgroundWork
from .capability_page import CapabilityPage

SUMMARY_COLUMNS = (
    ("facility_id", N_("Facility")),
    ("mean_occ", N_("Mean occupancy")),
    ("share_sat", N_("Share of time at or above threshold")),
    ("coverage", N_("Data coverage")),
)


def percent(value):
    return "–" if value is None or value != value else local_format("{value:.0%}", value=value)


class ParkingPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.report_path = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.facilities = QgsMapLayerComboBox(self)
        set_layer_filters(self.facilities, LAYER_POINT, LAYER_POLYGON)
        self.observations = QgsMapLayerComboBox(self)
        set_layer_filters(self.observations, LAYER_VECTOR)
        preselect(self.facilities, FACILITY_WORDS, FACILITY_FIELDS)
        preselect(self.observations, OBSERVATION_WORDS, OBSERVATION_FIELDS)
        self.fields = {}
        for key, label, layer_box, default in (
            (parking.FACILITY_ID, tr("Facility id field"), self.facilities, "stream_id"),
            (parking.CAPACITY, tr("Capacity field"), self.facilities, "capacity"),
            (
                parking.OBS_FACILITY_ID,
                tr("Facility id field of the observations"),
                self.observations,
                "stream_id",
            ),
            (parking.TIME, tr("Time field"), self.observations, "time"),
            (parking.FREE, tr("Free spaces field"), self.observations, "value"),
        ):
            box = QgsFieldComboBox(self)
            layer_box.layerChanged.connect(box.setLayer)
            layer_box.layerChanged.connect(partial(self._use_default_field, box, default))
            self.fields[key] = (label, box)
        form.addRow(tr("Parking facilities"), self.facilities)
        for key in (parking.FACILITY_ID, parking.CAPACITY):
            form.addRow(*self.fields[key])
        form.addRow(tr("Observations (table or layer)"), self.observations)
        for key in (parking.OBS_FACILITY_ID, parking.TIME, parking.FREE):
            form.addRow(*self.fields[key])
        self.limit_period = QCheckBox(tr("Limit the period"), self)
        self.start = QDateTimeEdit(QDateTime.currentDateTimeUtc().addDays(-28), self)
        self.end = QDateTimeEdit(QDateTime.currentDateTimeUtc(), self)
        period = QHBoxLayout()
        for edit in (self.start, self.end):
            edit.setTimeSpec(Qt.TimeSpec.UTC)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
            edit.setEnabled(False)
            self.limit_period.toggled.connect(edit.setEnabled)
            period.addWidget(edit)
        form.addRow(self.limit_period, period)
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0.01, 1.5)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(0.85)
        form.addRow(tr("Saturation threshold (share of capacity)"), self.threshold)
        layout.addLayout(form)
        for layer_box in (self.facilities, self.observations):
            layer_box.layerChanged.emit(layer_box.currentLayer())

        buttons = QHBoxLayout()
        self.stats_button = QPushButton(tr("Compute statistics"), self)
        self.stats_button.clicked.connect(lambda _checked=False: self.compute_statistics())
        self.report_button = QPushButton(tr("Create and open report"), self)
        self.report_button.clicked.connect(lambda _checked=False: self.create_report())
        for button in (self.stats_button, self.report_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.work = BackgroundWork(self, layout, (self.stats_button, self.report_button))
        self.status = self.work.status
        self.summary = QTableWidget(0, len(SUMMARY_COLUMNS), self)
        self.summary.setHorizontalHeaderLabels([tr(label) for _key, label in SUMMARY_COLUMNS])
        self.summary.setMinimumHeight(140)
        layout.addWidget(self.summary, 1)
        self.capabilities = CapabilityPage("parking", self)
        self.buttons = self.capabilities.buttons
        layout.addWidget(self.capabilities)

    @staticmethod
    def _use_default_field(box, default, _layer=None):
        box.setField(default)

    def parameters(self):
        """Algorithm parameters from the page, or None (with a message) when incomplete."""
        if self.facilities.currentLayer() is None or self.observations.currentLayer() is None:
            self.status.setText(tr("Choose the facility layer and the observation table first."))
            return None
        parameters = {
            parking.FACILITIES: self.facilities.currentLayer(),
            parking.OBSERVATIONS: self.observations.currentLayer(),
            ParkingStatsAlgorithm.THRESHOLD: self.threshold.value(),
        }
        for key, (_label, box) in self.fields.items():
            parameters[key] = box.currentField()
        if self.limit_period.isChecked():
            parameters[parking.START], parameters[parking.END] = self.start.dateTime(), self.end.dateTime()
        return parameters

    def busy(self):
        return self.work.busy()

    def compute_statistics(self):
        parameters = self.parameters()
        if parameters is not None:
            parameters[ParkingStatsAlgorithm.OUTPUT] = destination("parking-statistics")
            parameters[ParkingStatsAlgorithm.PROFILE] = destination("parking-profile")
            self.work.start_algorithm(
                ParkingStatsAlgorithm.qualified_id(),
                parameters,
                self._statistics_done,
                tr("Computing statistics …"),
            )

    def _statistics_done(self, results, context):
        layers = []
        for key, name in (
            (ParkingStatsAlgorithm.OUTPUT, tr("Facility statistics")),
            (ParkingStatsAlgorithm.PROFILE, tr("Weekday × hour profile")),
        ):
            layers.append(take_styled_layer(context, results, ParkingStatsAlgorithm, key, name))
        QgsProject.instance().addMapLayers(layers)
        self.show_summary(layers[0])
        self.status.setText(
            tr("Statistics of {count} facilities added to the map.").format(count=layers[0].featureCount())
        )

    def show_summary(self, layer):
        features = sorted(layer.getFeatures(), key=lambda feature: -(feature["mean_occ"] or 0))
        self.summary.setRowCount(len(features))
        for row, feature in enumerate(features):
            for column, (key, _label) in enumerate(SUMMARY_COLUMNS):
                value = feature[key]
                text = str(value) if key == "facility_id" else percent(value if value is not None else None)
                self.summary.setItem(row, column, QTableWidgetItem(text))
        self.summary.resizeColumnsToContents()

    def report_target(self):
        """Where the report goes: the project's output folder, else where the user saves it."""
        if output_folder() is not None:
            return destination("parking-report", "html")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Save the parking report"),
            os.path.join(QDir.homePath(), "parking-report.html"),
            tr("Web pages (*.html)"),
        )
        return path

    def create_report(self):
        parameters = self.parameters()
        target = self.report_target() if parameters is not None else ""
        if target:
            parameters[ParkingReportAlgorithm.OUTPUT_HTML] = target
            self.work.start_algorithm(
                ParkingReportAlgorithm.qualified_id(),
                parameters,
                self._report_done,
                tr("Writing the report …"),
            )

    def _report_done(self, results, _context):
        self.report_path = results[ParkingReportAlgorithm.OUTPUT_HTML]
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.report_path))
        self.status.setText(tr("Report written to {path}").format(path=self.report_path))

    def cancel(self):
        self.work.cancel()

    def shutdown(self):
        self.work.shutdown()
