"""Dock page "Heavy rain": a design rain over a DEM in the background, then the buildings it reaches."""

from functools import partial

from qgis.core import (
    QgsProcessing,
    QgsProject,
    QgsRasterLayer,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.heavyrain.terrain import RISK_CLASSES
from ..processing.heavyrain import params as heavyrain
from ..processing.heavyrain.affected_buildings import AffectedBuildingsAlgorithm as Affected
from ..processing.heavyrain.flow_paths import FlowPathsAlgorithm as FlowPaths
from ..processing.heavyrain.params import buildings_as_labels, scenario_labels
from ..processing.heavyrain.rain_fill_spill import RainFillSpillAlgorithm as RainFillSpill
from ..processing.heavyrain.rain_simulation import RainSimulationAlgorithm as RainSimulation
from ..qgisbridge.compat import LAYER_POLYGON, LAYER_RASTER, set_layer_filters
from ..qgisbridge.guess import BUILDING_WORDS, DEM_WORDS, preselect
from ..qgisbridge.i18n import local_format, tr
from ..qgisbridge.project_outputs import destination
from ..qgisbridge.styles import apply_style, take_result_layer, take_styled_layer
from .background import BackgroundWork
from .capability_page import CapabilityPage

DEFAULT_SCENARIO = 1  # "außergewöhnlich"


class HeavyRainPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.depth_layer = None
        self.paths_layer = None
        self.series_group = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.dem = QgsMapLayerComboBox(self)
        set_layer_filters(self.dem, LAYER_RASTER)
        self.buildings = QgsMapLayerComboBox(self)
        set_layer_filters(self.buildings, LAYER_POLYGON)
        self.buildings.setAllowEmptyLayer(True)
        preselect(self.dem, DEM_WORDS)
        preselect(self.buildings, BUILDING_WORDS)
        self.scenario = QComboBox(self)
        for label in scenario_labels():
            self.scenario.addItem(label)
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
        self.run_button = QPushButton(tr("Compute water depths"), self)
        self.run_button.clicked.connect(lambda _checked=False: self.start())
        layout.addWidget(self.run_button)
        simulation = QFormLayout()
        self.duration = QDoubleSpinBox(self)
        self.duration.setRange(5.0, 720.0)
        self.duration.setValue(60.0)
        self.duration.setSuffix(" min")
        self.run_on = QDoubleSpinBox(self)
        self.run_on.setRange(0.0, 720.0)
        self.run_on.setValue(60.0)
        self.run_on.setSuffix(" min")
        self.buildings_as = QComboBox(self)
        self.buildings_as.addItems(buildings_as_labels())
        simulation.addRow(tr("Rain duration"), self.duration)
        simulation.addRow(tr("Run-on after the rain"), self.run_on)
        simulation.addRow(tr("Buildings as"), self.buildings_as)
        layout.addLayout(simulation)
        self.simulate_button = QPushButton(tr("Simulate in 2D: depth, velocity, hazard"), self)
        self.simulate_button.setToolTip(
            tr(
                "The design rain over the duration, simulated in two dimensions (slower: simulate the "
                "area of interest). The water depth every ten minutes plays in the Temporal Controller."
            )
        )
        self.simulate_button.clicked.connect(lambda _checked=False: self.simulate())
        layout.addWidget(self.simulate_button)
        self.work = BackgroundWork(self, layout, (self.run_button, self.simulate_button))
        self.progress_format = self.work.progress.format()
        self.status = self.work.status
        self.risk_table = QTableWidget(0, 3, self)
        self.risk_table.setHorizontalHeaderLabels([tr("Risk class"), tr("Buildings"), tr("Footprint (m²)")])
        layout.addWidget(self.risk_table, 1)
        self.capabilities = CapabilityPage("heavyrain", self)
        self.buttons = self.capabilities.buttons
        layout.addWidget(self.capabilities)

    def busy(self):
        return self.work.busy()

    def start(self):
        if self.dem.currentLayer() is None:
            self.status.setText(tr("Choose a terrain model (DEM) first."))
            return
        parameters = {
            heavyrain.DEM: self.dem.currentLayer(),
            heavyrain.BUILDINGS: self.buildings.currentLayer(),
            RainFillSpill.SCENARIO: self.scenario.currentIndex(),
            RainFillSpill.RAIN_MM: self.own_rain.value(),
            RainFillSpill.WATER_DEPTH: destination("water-depth", "tif"),
            RainFillSpill.FLOODED: destination("flooded-areas"),
        }
        self.risk_table.setRowCount(0)
        self.work.progress.setFormat(self.progress_format)
        self.work.start_algorithm(
            RainFillSpill.qualified_id(), parameters, self._rain_done, tr("Filling and spilling the rain …")
        )

    def cancel(self):
        self.work.cancel()

    def simulate(self):
        """The 2D simulation of the design rain in the background, its results styled on the map."""
        if self.dem.currentLayer() is None:
            self.status.setText(tr("Choose a terrain model (DEM) first."))
            return
        minutes = self.duration.value() + self.run_on.value()
        self.work.progress.setFormat(
            local_format(tr("%p % of {minutes:g} simulated minutes"), minutes=minutes)
        )
        parameters = {
            heavyrain.DEM: self.dem.currentLayer(),
            heavyrain.BUILDINGS: self.buildings.currentLayer(),
            RainSimulation.SCENARIO: self.scenario.currentIndex(),
            RainSimulation.RAIN_MM: self.own_rain.value(),
            RainSimulation.DURATION: self.duration.value(),
            RainSimulation.RUN_ON: self.run_on.value(),
            RainSimulation.BUILDINGS_AS: self.buildings_as.currentIndex(),
            RainSimulation.MAX_DEPTH: destination("max-water-depth", "tif"),
            RainSimulation.MAX_SPEED: destination("max-flow-velocity", "tif"),
            RainSimulation.HAZARD: destination("hazard-class", "tif"),
            RainSimulation.BALANCE: QgsProcessing.TEMPORARY_OUTPUT,
            RainSimulation.ARROWS: destination("flow-arrows"),
            RainSimulation.SNAPSHOTS: destination("water-depth-series", None),
        }
        self.work.start_algorithm(
            RainSimulation.qualified_id(),
            parameters,
            self._simulation_done,
            tr("Simulating the rain in 2D …"),
        )

    def _simulation_done(self, results, context):
        self.work.progress.setFormat(self.progress_format)
        layers = []
        for output, name in (
            (RainSimulation.HAZARD, tr("Hazard class")),
            (RainSimulation.MAX_SPEED, tr("Maximum flow velocity (m/s)")),
            (RainSimulation.MAX_DEPTH, tr("Maximum water depth (m)")),
        ):
            layer = QgsRasterLayer(results[output], name)
            apply_style(layer, RainSimulation.ALG_ID, output)
            layers.append(layer)
        layers.insert(
            0, take_styled_layer(context, results, RainSimulation, RainSimulation.ARROWS, tr("Flow arrows"))
        )
        project = QgsProject.instance()
        project.addMapLayers(layers)
        series = [
            (path, details)
            for path, details in context.layersToLoadOnCompletion().items()
            if details.outputName == RainSimulation.SNAPSHOTS
        ]
        group = project.layerTreeRoot().insertGroup(0, tr("Water depth over time"))
        for path, details in sorted(series):
            layer = QgsRasterLayer(path, details.name)
            details.postProcessor().postProcessLayer(layer, context, None)
            project.addMapLayer(layer, False)
            group.addLayer(layer)
        self.series_group = group
        done = tr("2D simulation done: play the water depth with the Temporal Controller.")
        self._check_buildings(
            done, results[RainSimulation.MAX_DEPTH], None, results[RainSimulation.MAX_SPEED]
        )

    def _rain_done(self, results, context):
        depth_path = results[RainFillSpill.WATER_DEPTH]
        depth = QgsRasterLayer(depth_path, tr("Water depth (m)"))
        apply_style(depth, RainFillSpill.ALG_ID, RainFillSpill.WATER_DEPTH)
        flooded = take_styled_layer(
            context, results, RainFillSpill, RainFillSpill.FLOODED, tr("Flooded areas by depth class")
        )
        QgsProject.instance().addMapLayers([flooded, depth])
        self.depth_layer = depth
        balance = local_format(
            tr(
                "Rain runoff {rain:,.0f} m³: {stored:,.0f} m³ stay in depressions, "
                "{out:,.0f} m³ leave the area."
            ),
            rain=results[RainFillSpill.RAIN_M3],
            stored=results[RainFillSpill.STORED_M3],
            out=results[RainFillSpill.OUTFLOW_M3],
        )
        if not self.with_flow_paths.isChecked():
            self._check_buildings(balance, depth_path, None)
            return
        self.work.start_algorithm(
            FlowPaths.qualified_id(),
            {
                heavyrain.DEM: self.dem.currentLayer(),
                heavyrain.BUILDINGS: self.buildings.currentLayer(),
                FlowPaths.ACCUMULATION: destination("contributing-area", "tif"),
                FlowPaths.OUTPUT: destination("flow-paths"),
            },
            partial(self._paths_done, balance, depth_path),
            balance + " " + tr("Tracing the flow paths …"),
        )

    def _paths_done(self, balance, depth_path, results, context):
        paths = take_styled_layer(context, results, FlowPaths, FlowPaths.OUTPUT, tr("Flow paths"))
        QgsProject.instance().addMapLayer(paths)
        self.paths_layer = paths
        self._check_buildings(balance, depth_path, results[FlowPaths.ACCUMULATION])

    def _check_buildings(self, balance, depth_path, accumulation_path, speed_path=None):
        """Last step: the buildings the water reaches (when there are buildings), by the depths,
        the flow paths' contributing area and (2D simulation) the flow velocities."""
        if self.buildings.currentLayer() is None:
            self.work.finish(balance)
            return
        self.work.start_algorithm(
            Affected.qualified_id(),
            {
                Affected.BUILDINGS: self.buildings.currentLayer(),
                Affected.WATER_DEPTH: depth_path,
                Affected.ACCUMULATION: accumulation_path,
                Affected.SPEED: speed_path,
                Affected.OUTPUT: destination("affected-buildings"),
                Affected.SUMMARY: QgsProcessing.TEMPORARY_OUTPUT,  # shown in the table only
            },
            partial(self._buildings_done, balance),
            balance + " " + tr("Checking the buildings …"),
        )

    def _buildings_done(self, balance, results, context):
        buildings = take_styled_layer(
            context, results, Affected, Affected.OUTPUT, tr("Buildings with water exposure")
        )
        QgsProject.instance().addMapLayer(buildings)
        summary = sorted(
            take_result_layer(context, results[Affected.SUMMARY]).getFeatures(), key=lambda row: row["risk"]
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
        self.work.finish(balance + " " + tr("{count} buildings are affected.").format(count=affected))

    def shutdown(self):
        self.work.shutdown()
