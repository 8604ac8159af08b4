"""Plugin life cycle: provider, dock panel, menu/toolbar action and options page."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

from . import resources_rc  # noqa: F401 (registers the :/plugins/smartcity_qgis icons)
from .processing.base import ICON_PATH
from .processing.provider import SmartCityProvider
from .qgisbridge.compat import QAction
from .qgisbridge.i18n import install_translator, remove_translator, tr

MENU = "&Smart City"


class SmartCityPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action = None
        self.example_action = None
        self.example_loader = None
        self.options_factory = None
        install_translator()

    def initProcessing(self):
        """Register the provider (called by qgis_process, and by initGui on the desktop)."""
        if self.provider is None:
            self.provider = SmartCityProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        from .ui.dock import SmartCityDock
        from .ui.example_project import ExampleProjectLoader
        from .ui.settings_page import SmartCityOptionsFactory

        self.initProcessing()
        self.dock = SmartCityDock(self.iface.mainWindow())
        self.dock.setObjectName("SmartCityDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(QIcon(ICON_PATH), tr("Smart City panel"), self.iface.mainWindow())
        self.action.setObjectName("SmartCityToggleDock")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show or hide the Smart City panel"))
        self.action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(MENU, self.action)
        self.example_loader = ExampleProjectLoader(self.iface)
        self.example_action = QAction(tr("Load example project…"), self.iface.mainWindow())
        self.example_action.setObjectName("SmartCityExampleProject")
        self.example_action.setToolTip(
            tr("The demo town Herrenberg, its analyses run and styled, as a project in a folder you choose")
        )
        self.example_action.triggered.connect(lambda _checked=False: self.example_loader.start())
        self.iface.addPluginToMenu(MENU, self.example_action)
        self.options_factory = SmartCityOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def unload(self):
        if self.example_action is not None:
            self.example_loader.stop()
            self.iface.removePluginMenu(MENU, self.example_action)
            self.example_action.deleteLater()
            self.example_action = self.example_loader = None
        if self.action is not None:
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
