"""The "Smart City" page in QGIS Options."""

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory, QgsProjectionSelectionWidget
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFormLayout, QSpinBox

from ..processing.base import ICON_PATH
from ..qgisbridge.i18n import tr
from ..qgisbridge.settings import set_setting, setting


class SmartCityOptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Smart City"))

    def icon(self):
        return QIcon(ICON_PATH)

    def createWidget(self, parent):
        return SmartCityOptionsPage(parent)


class SmartCityOptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QFormLayout(self)
        self.timeout = QSpinBox(self)
        self.timeout.setRange(1, 3600)
        self.timeout.setSuffix(" s")
        self.timeout.setValue(setting("network/timeout_s"))
        layout.addRow(tr("Network timeout"), self.timeout)
        self.deadline = QSpinBox(self)
        self.deadline.setRange(1, 86_400)
        self.deadline.setSuffix(" s")
        self.deadline.setValue(setting("network/deadline_s"))
        self.deadline.setToolTip(tr("A request that takes longer than this in all is stopped."))
        layout.addRow(tr("Longest request"), self.deadline)
        self.max_response = QSpinBox(self)
        self.max_response.setRange(1, 100_000)
        self.max_response.setSuffix(" MB")
        self.max_response.setValue(setting("network/max_response_mb"))
        self.max_response.setToolTip(tr("A server answer larger than this is refused before it is read."))
        layout.addRow(tr("Largest server answer"), self.max_response)
        self.max_features = QSpinBox(self)
        self.max_features.setRange(1, 100_000_000)
        self.max_features.setValue(setting("network/max_features"))
        layout.addRow(tr("Maximum features per download"), self.max_features)
        self.target_crs = QgsProjectionSelectionWidget(self)
        self.target_crs.setCrs(QgsCoordinateReferenceSystem(setting("export/target_crs")))
        layout.addRow(tr("Default CRS for twin exports"), self.target_crs)

    def apply(self):
        set_setting("network/timeout_s", self.timeout.value())
        set_setting("network/deadline_s", self.deadline.value())
        set_setting("network/max_response_mb", self.max_response.value())
        set_setting("network/max_features", self.max_features.value())
        set_setting("export/target_crs", self.target_crs.crs().authid())
