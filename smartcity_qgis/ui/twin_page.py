"""Dock page "Digital twin export": a layer as CityGML 2.0, CityJSON or CityJSONSeq city objects."""

from qgis.core import QgsFieldProxyModel
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import N_
from ..core.names import best_field
from ..processing.twin import params as twin
from ..processing.twin.city_object_export import KIND_LABELS, CityObjectExport
from ..processing.twin.citygml_enrich import KIND_OF_TYPE
from ..processing.twin.export_citygml import ExportCityGmlAlgorithm
from ..processing.twin.export_cityjson import ExportCityJsonAlgorithm
from ..qgisbridge.compat import GEOMETRY_POLYGON, LAYER_RASTER, LAYER_VECTOR, set_layer_filters
from ..qgisbridge.i18n import tr
from .background import BackgroundWork
from .capability_page import CapabilityPage

# (label, algorithm, file extension)
FORMATS = (
    (N_("CityGML 2.0"), ExportCityGmlAlgorithm, ".gml"),
    (N_("CityJSON 2.0"), ExportCityJsonAlgorithm, ".city.json"),
    (N_("CityJSONSeq (large outputs)"), ExportCityJsonAlgorithm, ".city.jsonl"),
)

BUILDING = 0  # index of "Building (LoD1 solid)" in KIND_LABELS
KNOWN_EXTENSIONS = (".city.jsonl", ".city.json", ".jsonl", ".json", ".gml")


def without_extension(path):
    """``path`` without a CityGML / CityJSON extension, so the chosen format's one can be added."""
    for extension in KNOWN_EXTENSIONS:
        if path.lower().endswith(extension):
            return path[: -len(extension)]
    return path


ID_FIELDS = ("gml_id", "id", "objectid", "oid", "uuid", "gebaeude_id", "building_id")
HEIGHT_FIELDS = ("measuredheight", "height", "hoehe", "building_height", "gebaeudehoehe", "h")
INTERNAL_FIELDS = ("fid", "ogc_fid")  # row numbers of the file, not properties of the objects


class TwinExportPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.layer = QgsMapLayerComboBox(self)
        set_layer_filters(self.layer, LAYER_VECTOR)
        self.kind = QComboBox(self)
        self.kind.addItems([tr(label) for label in KIND_LABELS])
        self.id_field = QgsFieldComboBox(self)
        self.id_field.setAllowEmptyFieldName(True)
        self.height_field = QgsFieldComboBox(self)
        self.height_field.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.height_field.setAllowEmptyFieldName(True)
        self.terrain = QgsMapLayerComboBox(self)
        set_layer_filters(self.terrain, LAYER_RASTER)
        self.terrain.setAllowEmptyLayer(True)
        self.terrain.setLayer(None)
        self.format = QComboBox(self)
        self.format.addItems([tr(label) for label, _algorithm, _extension in FORMATS])
        self.output = QgsFileWidget(self)
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        for label, widget in (
            (tr("Layer"), self.layer),
            (tr("City object type"), self.kind),
            (tr("Id field"), self.id_field),
            (tr("Building height field (m)"), self.height_field),
            (tr("Terrain model (optional)"), self.terrain),
            (tr("Format"), self.format),
            (tr("Output file"), self.output),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.fields = QTableWidget(0, 2, self)
        self.fields.setHorizontalHeaderLabels([tr("Attribute"), tr("Type")])
        self.fields.setToolTip(
            tr("Tick the fields to export as attributes; their type decides the attribute type.")
        )
        layout.addWidget(self.fields, 1)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.export_button = QPushButton(tr("Export"), self)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        layout.addWidget(self.export_button)
        self.work = BackgroundWork(self, layout, (self.export_button,))
        self.status = self.work.status
        self.capabilities = CapabilityPage("twin", self)
        self.buttons = self.capabilities.buttons
        layout.addWidget(self.capabilities)
        self.layer.layerChanged.connect(lambda _layer: self.layer_changed())
        self.kind.currentIndexChanged.connect(lambda _index: self.update_preview())
        self.height_field.fieldChanged.connect(lambda _name: self.update_preview())
        self.layer_changed()

    def busy(self):
        return self.work.busy()

    def layer_changed(self):
        layer = self.layer.currentLayer()
        names = layer.fields().names() if layer is not None else []
        for combo, candidates in ((self.id_field, ID_FIELDS), (self.height_field, HEIGHT_FIELDS)):
            combo.setLayer(layer)
            combo.setField(best_field(names, candidates, exclude=INTERNAL_FIELDS))
        self.fields.setRowCount(0)
        if layer is None:
            self.update_preview()
            return
        self.fields.setRowCount(layer.fields().count())
        for row, field in enumerate(layer.fields()):
            name = QTableWidgetItem(field.name())
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            internal = field.name().casefold() in INTERNAL_FIELDS
            name.setCheckState(Qt.CheckState.Unchecked if internal else Qt.CheckState.Checked)
            self.fields.setItem(row, 0, name)
            self.fields.setItem(row, 1, QTableWidgetItem(KIND_OF_TYPE.get(field.type(), "string")))
        self.fields.resizeColumnsToContents()
        self.update_preview()

    def chosen_fields(self):
        return [
            self.fields.item(row, 0).text()
            for row in range(self.fields.rowCount())
            if self.fields.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def update_preview(self):
        """How many city objects the export will write, and what it will repair or leave out."""
        layer = self.layer.currentLayer()
        if layer is None:
            self.preview.setText(tr("Choose a layer to export."))
            return
        objects = invalid = empty = 0
        solids = self.kind.currentIndex() == BUILDING and bool(self.height_field.currentField())
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry.isEmpty():
                empty += 1
                continue
            polygon = geometry.type() == GEOMETRY_POLYGON
            invalid += polygon and not geometry.isGeosValid()
            objects += geometry.constGet().partCount() if polygon and solids else 1
        self.preview.setText(
            tr(
                "{objects} city objects from {features} features; {invalid} invalid polygons will be "
                "repaired, {empty} features without geometry are left out."
            ).format(objects=objects, features=layer.featureCount(), invalid=invalid, empty=empty)
        )

    def export(self):
        layer, path = self.layer.currentLayer(), self.output.filePath().strip()
        if layer is None or not path:
            self.status.setText(tr("Choose the layer and the output file first."))
            return
        _label, algorithm, extension = FORMATS[self.format.currentIndex()]
        path = without_extension(path) + extension
        parameters = {
            CityObjectExport.INPUT: layer,
            CityObjectExport.ID_FIELD: self.id_field.currentField(),
            CityObjectExport.KIND: self.kind.currentIndex(),
            CityObjectExport.HEIGHT_FIELD: self.height_field.currentField(),
            twin.DEM: self.terrain.currentLayer(),
            CityObjectExport.FIELDS: self.chosen_fields(),
            CityObjectExport.OUTPUT: path,
        }
        self.work.start_algorithm(algorithm.qualified_id(), parameters, self._done, tr("Exporting …"))

    def _done(self, results, _context):
        path = results[CityObjectExport.OUTPUT]
        self.output.setFilePath(path)
        self.status.setText(tr("Written to {path}.").format(path=path))

    def cancel(self):
        self.work.cancel()

    def shutdown(self):
        self.work.shutdown()
