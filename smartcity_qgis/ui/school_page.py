"""Dock page "School routes": find the hotspots in the background and zoom to them from a table."""

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import N_
from ..processing.schoolroutes import params as schoolroutes
from ..processing.schoolroutes.hotspots import SchoolHotspotsAlgorithm as Hotspots
from ..qgisbridge.compat import LAYER_LINE, LAYER_POINT, LAYER_POLYGON, set_layer_filters
from ..qgisbridge.guess import (
    HOME_FIELDS,
    HOME_WORDS,
    NETWORK_FIELDS,
    NETWORK_WORDS,
    SCHOOL_FIELDS,
    SCHOOL_WORDS,
    preselect,
)
from ..qgisbridge.i18n import local_format, tr
from ..qgisbridge.project_outputs import destination
from ..qgisbridge.styles import take_styled_layer
from .background import BackgroundWork
from .capability_page import CapabilityPage

TABLE_COLUMNS = (("rank", N_("Rank")), ("pupils", N_("Pupils")), ("kind", N_("Kind")), ("roads", N_("Roads")))
ZOOM_MARGIN_M = 120.0


def map_canvas():
    """The QGIS map canvas, or None outside the desktop application."""
    from qgis import utils

    return utils.iface.mapCanvas() if utils.iface is not None else None


class SchoolRoutesPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hotspots = None
        self.last_extent = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.network = QgsMapLayerComboBox(self)
        set_layer_filters(self.network, LAYER_LINE)
        self.homes = QgsMapLayerComboBox(self)
        set_layer_filters(self.homes, LAYER_POINT, LAYER_POLYGON)
        self.schools = QgsMapLayerComboBox(self)
        set_layer_filters(self.schools, LAYER_POINT, LAYER_POLYGON)
        preselect(self.network, NETWORK_WORDS, NETWORK_FIELDS)
        preselect(self.homes, HOME_WORDS, HOME_FIELDS)
        preselect(self.schools, SCHOOL_WORDS, SCHOOL_FIELDS)
        self.school_name = QgsFieldComboBox(self)
        self.school_name.setAllowEmptyFieldName(True)
        self.schools.layerChanged.connect(self.school_name.setLayer)
        self.school_name.setLayer(self.schools.currentLayer())
        for label, widget in (
            (tr("Walking network"), self.network),
            (tr("Homes (addresses or buildings)"), self.homes),
            (tr("Schools"), self.schools),
            (tr("School name or id field"), self.school_name),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.run_button = QPushButton(tr("Find hotspots"), self)
        self.run_button.clicked.connect(lambda _checked=False: self.find_hotspots())
        layout.addWidget(self.run_button)
        self.work = BackgroundWork(self, layout, (self.run_button,))
        self.status = self.work.status
        self.table = QTableWidget(0, len(TABLE_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(label) for _key, label in TABLE_COLUMNS])
        self.table.setToolTip(tr("Click a row to zoom the map to the hotspot."))
        self.table.cellClicked.connect(lambda row, _column: self.zoom_to(row))
        layout.addWidget(self.table, 1)
        self.capabilities = CapabilityPage("schoolroutes", self)
        self.buttons = self.capabilities.buttons
        layout.addWidget(self.capabilities)

    def busy(self):
        return self.work.busy()

    def find_hotspots(self):
        if None in (self.network.currentLayer(), self.homes.currentLayer(), self.schools.currentLayer()):
            self.status.setText(tr("Choose the walking network, the homes and the schools first."))
            return
        parameters = {
            schoolroutes.NETWORK: self.network.currentLayer(),
            schoolroutes.ORIGINS: self.homes.currentLayer(),
            schoolroutes.SCHOOLS: self.schools.currentLayer(),
            schoolroutes.SCHOOL_ID: self.school_name.currentField(),
            Hotspots.NODES: destination("crossing-hotspots"),
            Hotspots.EDGES: destination("road-section-hotspots"),
        }
        self.work.start_algorithm(Hotspots.qualified_id(), parameters, self._done, tr("Routing all homes …"))

    def _done(self, results, context):
        nodes = take_styled_layer(context, results, Hotspots, Hotspots.NODES, tr("Crossing hotspots"))
        edges = take_styled_layer(context, results, Hotspots, Hotspots.EDGES, tr("Road section hotspots"))
        QgsProject.instance().addMapLayers([edges, nodes])
        self.hotspots = nodes
        features = sorted(nodes.getFeatures(), key=lambda feature: feature["rank"])
        self.table.setRowCount(len(features))
        self.feature_ids = [feature.id() for feature in features]
        for row, feature in enumerate(features):
            for column, (key, _label) in enumerate(TABLE_COLUMNS):
                value = feature[key]
                self.table.setItem(
                    row,
                    column,
                    QTableWidgetItem(
                        local_format("{value:g}", value=value) if isinstance(value, float) else str(value)
                    ),
                )
        self.table.resizeColumnsToContents()
        self.status.setText(tr("{count} crossing hotspots; click one to zoom.").format(count=len(features)))

    def zoom_to(self, row):
        """Zoom the map canvas to the hotspot in ``row`` of the table."""
        feature = self.hotspots.getFeature(self.feature_ids[row])
        point = feature.geometry().asPoint()
        extent = QgsRectangle(
            point.x() - ZOOM_MARGIN_M,
            point.y() - ZOOM_MARGIN_M,
            point.x() + ZOOM_MARGIN_M,
            point.y() + ZOOM_MARGIN_M,
        )
        canvas = map_canvas()
        if canvas is not None:
            transform = QgsCoordinateTransform(
                self.hotspots.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
            )
            canvas.setExtent(transform.transformBoundingBox(extent))
            canvas.refresh()
        self.last_extent = extent

    def cancel(self):
        self.work.cancel()

    def shutdown(self):
        self.work.shutdown()
