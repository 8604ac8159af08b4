"""The "Smart City" dock: a host with one page per capability."""

from functools import partial

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QTabWidget

from ..processing.base import GROUPS
from ..qgisbridge.i18n import tr
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
        self.setWidget(self.tabs)

    def shutdown(self):
        """Stop background work and timers of all pages (before unloading the plugin)."""
        for page in self.pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
