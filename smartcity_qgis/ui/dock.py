"""The "Smart City" dock: a host with one page per capability."""

from functools import partial

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..processing.base import GROUPS
from ..qgisbridge.i18n import tr
from ..qgisbridge.project_outputs import BESIDE_PROJECT, choose_folder, chosen_folder
from .capability_page import CapabilityPage
from .heavyrain_page import HeavyRainPage
from .parking_page import ParkingPage
from .platform_page import PlatformPage
from .school_page import SchoolRoutesPage
from .twin_page import TwinExportPage

PAGE_ORDER = ("platform", "parking", "heavyrain", "schoolroutes", "twin")
SPECIAL_PAGES = {
    "platform": PlatformPage,
    "parking": ParkingPage,
    "heavyrain": HeavyRainPage,
    "schoolroutes": SchoolRoutesPage,
    "twin": TwinExportPage,
}


class SmartCityDock(QgsDockWidget):
    def __init__(self, parent=None):
        super().__init__(tr("Smart City"), parent)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.pages = {}
        for group_id in PAGE_ORDER:
            page = SPECIAL_PAGES.get(group_id, partial(CapabilityPage, group_id))(self.tabs)
            self.pages[group_id] = page
            self.tabs.addTab(page, tr(GROUPS[group_id]))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(QLabel(tr("Results folder of this project"), body))
        self.output_folder = QgsFileWidget(body)
        self.output_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_folder.setToolTip(
            tr(
                "The dock writes its results as GeoPackages and GeoTIFFs here, so a saved project "
                "finds them after a restart. Empty: a folder '{folder}' beside the saved project; "
                "temporary layers while the project has not been saved."
            ).format(folder=BESIDE_PROJECT)
        )
        self.output_folder.fileChanged.connect(choose_folder)
        layout.addWidget(self.output_folder)
        self.setWidget(body)
        self.show_project_folder()
        QgsProject.instance().readProject.connect(self.show_project_folder)
        QgsProject.instance().cleared.connect(self.show_project_folder)

    def show_project_folder(self, *_document):
        """Show the results folder of the project just opened (or none for a new project)."""
        self.output_folder.blockSignals(True)
        self.output_folder.setFilePath(chosen_folder())
        self.output_folder.blockSignals(False)

    def shutdown(self):
        """Stop background work and timers of all pages (before unloading the plugin)."""
        QgsProject.instance().readProject.disconnect(self.show_project_folder)
        QgsProject.instance().cleared.disconnect(self.show_project_folder)
        for page in self.pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
