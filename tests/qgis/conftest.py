"""Fixtures for tests inside a real QGIS application (pytest-qgis starts it offscreen)."""

import time

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QToolBar

from tests.support.http_server import BASIC_PASSWORD, BASIC_USER

MASTER_PASSWORD = "test-master-password"


@pytest.fixture(scope="session", autouse=True)
def layer_tree_view(qgis_iface):
    """A real layer tree view behind ``iface.layerTreeView()``: Processing on QGIS 3.40 and later
    asks it for the current node when it loads results, and pytest-qgis's interface has none."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view)
    view.setModel(model)
    qgis_iface.layerTreeView = lambda: view
    yield view
    del qgis_iface.layerTreeView


@pytest.fixture(autouse=True)
def messages():
    """Every message-log entry written during the test. The plugin's own (tab "Smart City") are
    printed at the end, which pytest shows only for a failing test, so an "Unexpected error" in a
    worker thread comes with its traceback."""
    collected, plugin_log = [], []

    def collect(message, tag, _level):
        collected.append(message)
        if tag == "Smart City":
            plugin_log.append(message)

    QgsApplication.messageLog().messageReceived.connect(collect)
    yield collected
    QgsApplication.messageLog().messageReceived.disconnect(collect)
    for message in plugin_log:
        print("Smart City log:", message)


class RecordingInterface:
    """The parts of QgisInterface the plugin uses, acting on a real QMainWindow.

    QGIS's own QgisApp cannot run from a test process; this keeps real Qt widgets so the
    tests can see what the plugin added and whether unload removed it.
    """

    def __init__(self):
        self.window = QMainWindow()
        self.toolbar = QToolBar("Plugins", self.window)
        self.window.addToolBar(self.toolbar)
        self.menus = {}
        self.options_factories = []
        self.opened_projects = []
        self.bar = QgsMessageBar(self.window)

    def messageBar(self):  # noqa: N802 (QgisInterface API)
        return self.bar

    def newProject(self, prompt_to_save=False):  # noqa: N802 (QgisInterface API)
        return True

    def addProject(self, path):  # noqa: N802 (QgisInterface API)
        self.opened_projects.append(path)
        return True

    def mainWindow(self):
        return self.window

    def addDockWidget(self, area, dock):
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self.window.removeDockWidget(dock)
        dock.setParent(None)

    def addToolBarIcon(self, action):
        self.toolbar.addAction(action)

    def removeToolBarIcon(self, action):
        self.toolbar.removeAction(action)

    def addPluginToMenu(self, name, action):
        self.menus.setdefault(name, QMenu(name, self.window)).addAction(action)

    def removePluginMenu(self, name, action):
        self.menus[name].removeAction(action)

    def registerOptionsWidgetFactory(self, factory):
        self.options_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory):
        self.options_factories.remove(factory)

    def docks(self):
        from qgis.PyQt.QtWidgets import QDockWidget

        return [dock for dock in self.window.findChildren(QDockWidget) if dock.parent() is self.window]


@pytest.fixture
def recording_iface(qgis_app):
    iface = RecordingInterface()
    yield iface
    iface.window.deleteLater()
    destroy_deferred()


def handle_events_until(condition, timeout_s, failure, pause_s=0.0):
    """Handle the GUI thread's events (a test has no event loop of its own) until ``condition()``
    holds, pausing ``pause_s`` between rounds; fails with ``failure`` after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, failure
        QgsApplication.processEvents()
        time.sleep(pause_s)


def wait_until_idle(page, timeout_s=240):
    """Let a dock page's background work finish."""
    handle_events_until(lambda: not page.busy(), timeout_s, "background work did not finish", pause_s=0.01)
    QgsApplication.processEvents()


def destroy_deferred():
    """Carry out pending deleteLater() calls now: tests have no event loop to do it."""
    QgsApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def destroy_widget(widget):
    """Delete a dock page built by a test before QGIS shuts down (its signals reach the project)."""
    widget.shutdown()
    widget.deleteLater()
    destroy_deferred()


@pytest.fixture(scope="session")
def basic_authcfg(qgis_app):
    """Id of a QGIS Basic-auth configuration holding the test server's credentials."""
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword(MASTER_PASSWORD, True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("Test city platform")
    config.setConfig("username", BASIC_USER)
    config.setConfig("password", BASIC_PASSWORD)
    stored, config = manager.storeAuthenticationConfig(config)
    assert stored
    return config.id()


@pytest.fixture
def provider(qgis_processing, qgis_app):
    import smartcity_qgis

    plugin = smartcity_qgis.classFactory(None)
    plugin.initProcessing()
    yield plugin.provider
    plugin.unload()
