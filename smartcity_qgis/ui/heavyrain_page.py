"""Dock page "Heavy rain": a design rain over a DEM in the background, then the buildings it reaches."""

from qgis.core import (
    QgsMapLayerProxyModel,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.heavyrain.terrain import RAIN_SCENARIOS, RISK_CLASSES
from ..processing.heavyrain.rain_fill_spill import SCENARIO_LABELS, SCENARIOS
from ..qgisbridge.i18n import tr
from ..qgisbridge.styles import FlowPathStyle, WaterDepthStyle
from .algorithm_task import RunDisplay
from .capability_page import CapabilityPage

DEFAULT_SCENARIO = 1  # "außergewöhnlich"


class HeavyRainPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.run = None
        self.depth_layer = None
        self.paths_layer = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.dem = QgsMapLayerComboBox(self)
        self.dem.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.buildings = QgsMapLayerComboBox(self)
        self.buildings.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.buildings.setAllowEmptyLayer(True)
        self.scenario = QComboBox(self)
        for label, key in zip(SCENARIO_LABELS, SCENARIOS):
            self.scenario.addItem(label.format(RAIN_SCENARIOS[key]))
        self.scenario.setCurrentIndex(DEFAULT_SCENARIO)
        self.own_rain = QDoubleSpinBox(self)
        self.own_rain.setRange(0.0, 500.0)
        self.own_rain.setSuffix(" mm")
        self.own_rain.setSpecialValueText(tr("as the scenario"))
        self.own_rain.setToolTip(tr("Your town's own design rain; 0 uses the scenario."))
        for label, widget in (
            (tr("Terrain model (DEM, projected, metres)"), self.dem),
            (tr("Building footprints (optional)"), self.buildings),
            (tr("Design rain"), self.scenario),
            (tr("Own rain depth"), self.own_rain),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.with_flow_paths = QCheckBox(
            tr("Also trace the flow paths (and their reach to the buildings)"), self
        )
        self.with_flow_paths.setChecked(True)
        layout.addWidget(self.with_flow_paths)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Compute water depths"), self)
        self.run_button.clicked.connect(lambda _checked=False: self.start())
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.display = RunDisplay(self, layout)
        self.status = self.display.status
        self.risk_table = QTableWidget(0, 3, self)
        self.risk_table.setHorizontalHeaderLabels([tr("Risk class"), tr("Buildings"), tr("Footprint (m²)")])
        layout.addWidget(self.risk_table, 1)
        self.capabilities = CapabilityPage("heavyrain", self)
        self.buttons = self.capabilities.buttons
        layout.addWidget(self.capabilities)

    def busy(self):
        return self.run is not None

    def start(self):
        if self.dem.currentLayer() is None:
            self.status.setText(tr("Choose a terrain model (DEM) first."))
            return
        parameters = {
            "DEM": self.dem.currentLayer(),
            "BUILDINGS": self.buildings.currentLayer(),
            "SCENARIO": self.scenario.currentIndex(),
            "RAIN_MM": self.own_rain.value(),
            "WATER_DEPTH": "TEMPORARY_OUTPUT",
            "FLOODED": "TEMPORARY_OUTPUT",
        }
        self.risk_table.setRowCount(0)
        self._launch(
            "smartcity:rainfillspill", parameters, self._rain_done, tr("Filling and spilling the rain …")
        )

    def _launch(self, algorithm_id, parameters, on_done, message):
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.run = self.display.start(algorithm_id, parameters, on_done, message)

    def _stop(self, run=None, ok=True):
        """End the chain of runs: a failed ``run`` shows its error."""
        self.run = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        return self.display.stop(run, ok)

    def _finish(self, text):
        self._stop()
        self.status.setText(text)

    def cancel(self):
        if self.run is not None:
            self.run.cancel()
            self._finish(tr("Cancelled by the user."))

    def _rain_done(self, ok, results, run):
        if not ok:
            self._stop(run, ok)
            return
        depth = QgsRasterLayer(results["WATER_DEPTH"], tr("Water depth (m)"))
        WaterDepthStyle().postProcessLayer(depth, QgsProcessingContext(), QgsProcessingFeedback())
        flooded = run.context.takeResultLayer(results["FLOODED"])
        flooded.setName(tr("Flooded areas by depth class"))
        QgsProject.instance().addMapLayers([flooded, depth])
        self.depth_layer = depth
        balance = tr(
            "Rain runoff {rain:,.0f} m³: {stored:,.0f} m³ stay in depressions, {out:,.0f} m³ leave the area."
        ).format(rain=results["RAIN_M3"], stored=results["STORED_M3"], out=results["OUTFLOW_M3"])
        if not self.with_flow_paths.isChecked():
            self._check_buildings(balance, results["WATER_DEPTH"], None)
            return
        self._launch(
            "smartcity:flowpaths",
            {
                "DEM": self.dem.currentLayer(),
                "BUILDINGS": self.buildings.currentLayer(),
                "ACCUMULATION": "TEMPORARY_OUTPUT",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            lambda ok, paths, paths_run: self._paths_done(
                ok, paths, paths_run, balance, results["WATER_DEPTH"]
            ),
            balance + " " + tr("Tracing the flow paths …"),
        )

    def _paths_done(self, ok, results, run, balance, depth_path):
        if not ok:
            self._stop(run, ok)
            return
        paths = run.context.takeResultLayer(results["OUTPUT"])
        paths.setName(tr("Flow paths"))
        FlowPathStyle().postProcessLayer(paths, QgsProcessingContext(), QgsProcessingFeedback())
        QgsProject.instance().addMapLayer(paths)
        self.paths_layer = paths
        self._check_buildings(balance, depth_path, results["ACCUMULATION"])

    def _check_buildings(self, balance, depth_path, accumulation_path):
        """Last step: the buildings the water reaches (when there are buildings)."""
        if self.buildings.currentLayer() is None:
            self._finish(balance)
            return
        self._launch(
            "smartcity:affectedbuildings",
            {
                "BUILDINGS": self.buildings.currentLayer(),
                "WATER_DEPTH": depth_path,
                "ACCUMULATION": accumulation_path,
                "OUTPUT": "TEMPORARY_OUTPUT",
                "SUMMARY": "TEMPORARY_OUTPUT",
            },
            lambda ok, buildings, building_run: self._buildings_done(ok, buildings, building_run, balance),
            balance + " " + tr("Checking the buildings …"),
        )

    def _buildings_done(self, ok, results, run, balance):
        if not ok:
            self._stop(run, ok)
            return
        buildings = run.context.takeResultLayer(results["OUTPUT"])
        buildings.setName(tr("Buildings with water exposure"))
        QgsProject.instance().addMapLayer(buildings)
        summary = sorted(
            run.context.takeResultLayer(results["SUMMARY"]).getFeatures(), key=lambda row: row["risk"]
        )
        self.risk_table.setRowCount(len(summary))
        for row, feature in enumerate(summary):
            values = (
                tr(RISK_CLASSES[feature["risk"]]),
                str(feature["buildings"]),
                f"{feature['footprint_m2']:,.0f}",
            )
            for column, value in enumerate(values):
                self.risk_table.setItem(row, column, QTableWidgetItem(value))
        self.risk_table.resizeColumnsToContents()
        affected = sum(feature["buildings"] for feature in summary if feature["risk"] > 0)
        self._finish(balance + " " + tr("{count} buildings are affected.").format(count=affected))

    def shutdown(self):
        if self.run is not None:
            self.run.cancel()
            self.run = None
