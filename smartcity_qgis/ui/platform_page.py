"""Dock page "Urban data platform": saved connections, a sensor browser, add to map, chart, auto-refresh."""

from collections import OrderedDict

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDateTime, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.chart import series
from ..core.errors import N_
from ..core.platforms.connection import load_observation_pages, load_streams
from ..processing.platforms.params import platform_transport
from ..processing.platforms.sensor_locations import SensorLocationsAlgorithm
from ..qgisbridge.connections import (
    delete_connection,
    load_connections,
    native_live_layer,
    native_sensorthings,
    save_connection,
)
from ..qgisbridge.i18n import tr
from ..qgisbridge.layers import (
    SENSOR_FIELDS,
    iso_utc,
    make_fields,
    memory_layer,
    sensor_feature,
    utc_datetime,
)
from ..qgisbridge.settings import setting
from ..qgisbridge.styles import apply_style
from .background import BackgroundWork
from .capability_page import CapabilityPage
from .chart import TimeSeriesChart
from .connection_dialog import ConnectionDialog

STREAM_ROLE = Qt.ItemDataRole.UserRole + 1
RANGES = ((N_("Last 24 hours"), 1), (N_("Last 7 days"), 7), (N_("Custom range"), None))
LIVE_FIELDS = ("value", "value_text", "observed")


class PlatformPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.connections = {}
        self.streams = {}
        self.live_layers = {}  # layer id → connection name
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.connection = QComboBox(self)
        self.connection.setToolTip(tr("Saved platform connection"))
        row.addWidget(self.connection, 1)
        self.new_button = self._button(tr("New…"), self.new_connection, row)
        self.edit_button = self._button(tr("Edit…"), self.edit_connection, row)
        self.remove_button = self._button(tr("Remove"), self.remove_connection, row)
        layout.addLayout(row)
        self.load_button = self._button(tr("Load sensors"), self.load, layout)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search sensors …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter_tree)
        layout.addWidget(self.search)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Sensor"), tr("Latest value"), tr("Time (UTC)")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setMinimumHeight(150)
        layout.addWidget(self.tree, 2)

        row = QHBoxLayout()
        self.add_button = self._button(tr("Add to map"), self.add_to_map, row)
        self.auto_refresh = QCheckBox(tr("Refresh every"), self)
        self.refresh_minutes = QSpinBox(self)
        self.refresh_minutes.setRange(1, 1440)
        self.refresh_minutes.setValue(5)
        self.refresh_minutes.setSuffix(" min")
        self.auto_refresh.toggled.connect(self._toggle_refresh)
        self.refresh_minutes.valueChanged.connect(self._toggle_refresh)
        row.addWidget(self.auto_refresh)
        row.addWidget(self.refresh_minutes)
        layout.addLayout(row)
        self.add_native = QCheckBox(tr("Also add a live layer of QGIS's SensorThings data source"), self)
        self.add_native.setToolTip(
            tr(
                "Adds the locations of the selected SensorThings streams as a layer that QGIS reads "
                "from the server whenever it draws (QGIS 3.36 and later)."
            )
        )
        self.add_native.setChecked(native_sensorthings() is not None)
        self.add_native.setVisible(self.add_native.isChecked())
        layout.addWidget(self.add_native)

        row = QHBoxLayout()
        self.range = QComboBox(self)
        for label, days in RANGES:
            self.range.addItem(tr(label), days)
        self.start = QDateTimeEdit(QDateTime.currentDateTimeUtc().addDays(-1), self)
        self.end = QDateTimeEdit(QDateTime.currentDateTimeUtc(), self)
        for edit in (self.start, self.end):
            edit.setTimeSpec(Qt.TimeSpec.UTC)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
            edit.setVisible(False)
        self.range.currentIndexChanged.connect(self._show_custom_range)
        row.addWidget(self.range)
        row.addWidget(self.start)
        row.addWidget(self.end)
        self.chart_button = self._button(tr("Show chart"), self.show_chart, row)
        layout.addLayout(row)
        self.chart = TimeSeriesChart(self)
        layout.addWidget(self.chart, 2)

        self.work = BackgroundWork(self, layout)
        self.status = self.work.status
        self.capabilities = CapabilityPage("platform", self)
        self.buttons = self.capabilities.buttons
        layout.addWidget(self.capabilities)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh_layers)
        self.reload_connections()

    def _button(self, text, slot, layout):
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        layout.addWidget(button)
        return button

    # connections
    def reload_connections(self, select=None):
        self.connections = load_connections()
        self.connection.clear()
        self.connection.addItems(list(self.connections))
        if select:
            self.connection.setCurrentText(select)
        for button in (self.edit_button, self.remove_button, self.load_button):
            button.setEnabled(bool(self.connections))

    def current(self):
        """``(name, Platform)`` of the chosen connection, or ``(None, None)``."""
        name = self.connection.currentText()
        return (name, self.connections[name]) if name in self.connections else (None, None)

    def new_connection(self):
        self._edit(ConnectionDialog(parent=self), None)

    def edit_connection(self):
        name, platform = self.current()
        if platform:
            self._edit(ConnectionDialog(name, platform, self), name)

    def _edit(self, dialog, old_name):
        if dialog.exec():
            name, platform = dialog.connection()
            if old_name and old_name != name:
                delete_connection(old_name)
            save_connection(name, platform)
            self.reload_connections(name)

    def remove_connection(self):
        name, platform = self.current()
        if not name:
            return
        question = tr("Remove “{name}”?").format(name=name)
        if QMessageBox.question(self, tr("Remove connection"), question) == QMessageBox.StandardButton.Yes:
            delete_connection(name)
            self.reload_connections()

    # background work
    def run_task(self, description, function, on_done):
        return self.work.start_function(function, on_done, description)

    def busy(self):
        return self.work.busy()

    def cancel(self):
        self.work.cancel()

    def shutdown(self):
        """Stop the timer and running work before the page goes away."""
        self.timer.stop()
        self.work.shutdown()

    # browsing
    def load(self):
        name, platform = self.current()
        if platform is None:
            return
        limit = setting("network/max_features")

        def fetch(feedback):
            return list(
                load_streams(
                    platform_transport(platform, feedback),
                    platform,
                    max_items=limit,
                    is_cancelled=feedback.isCanceled,
                    progress=lambda done, total: (
                        feedback.setProgress(100.0 * done / total) if total else None
                    ),
                )
            )

        self.run_task(tr("Loading sensors of {name} …").format(name=name), fetch, self.populate)

    def populate(self, streams):
        self.tree.clear()
        self.streams = {stream.stream_id: stream for stream in streams}
        things = OrderedDict()
        for stream in streams:
            things.setdefault(stream.thing_id, []).append(stream)
        for members in things.values():
            label = members[0].thing_name
            if members[0].platform != "sensorthings":  # NGSI: show the entity type as well
                label = f"{label} · {members[0].properties.get('type', '')}"
            parent = QTreeWidgetItem(self.tree, [label])
            for stream in members:
                value = stream.latest_text if stream.latest_value is None else f"{stream.latest_value:g}"
                label = f"{value} {stream.unit}".strip() if value else ""
                child = QTreeWidgetItem(parent, [stream.stream_name, label, stream.latest_time[:16]])
                child.setData(0, STREAM_ROLE, stream.stream_id)
                child.setToolTip(0, f"{stream.observed_property} — {stream.stream_id}")
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.filter_tree(self.search.text())
        self.status.setText(
            tr("{count} sensor streams in {things} things.").format(count=len(streams), things=len(things))
        )

    def filter_tree(self, text):
        needle = text.strip().casefold()
        for index in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(index)
            parent_match = needle in parent.text(0).casefold()
            visible_children = 0
            for child_index in range(parent.childCount()):
                child = parent.child(child_index)
                shown = (
                    parent_match
                    or needle in child.text(0).casefold()
                    or needle in child.toolTip(0).casefold()
                )
                child.setHidden(not shown)
                visible_children += shown
            parent.setHidden(not visible_children)

    def selected_streams(self):
        """Streams of the selected rows; selecting a thing selects all its streams."""
        ids = []
        for item in self.tree.selectedItems():
            children = [item.child(index) for index in range(item.childCount())] or [item]
            ids.extend(child.data(0, STREAM_ROLE) for child in children)
        return [
            self.streams[stream_id] for stream_id in OrderedDict.fromkeys(ids) if stream_id in self.streams
        ]

    # map and chart
    def add_to_map(self):
        name, platform = self.current()
        streams = self.selected_streams()
        if not streams:
            self.status.setText(tr("Select sensors in the list first."))
            return
        fields = make_fields(SENSOR_FIELDS)
        layer = memory_layer(
            tr("Sensors – {name}").format(name=name),
            SENSOR_FIELDS,
            (sensor_feature(fields, stream) for stream in streams),
        )
        apply_style(layer, SensorLocationsAlgorithm.ALG_ID, SensorLocationsAlgorithm.OUTPUT)
        QgsProject.instance().addMapLayer(layer)
        self.live_layers[layer.id()] = name
        self.status.setText(tr("{count} sensor streams added to the map.").format(count=len(streams)))
        if self.add_native.isChecked():
            self._add_native_layer(name, platform, streams)
        return layer

    def _add_native_layer(self, name, platform, streams):
        located = [stream for stream in streams if stream.lon is not None]
        title = tr("Sensor locations (live) – {name}").format(name=name)
        layer = (
            native_live_layer(title, platform, [stream.stream_name for stream in located])
            if located
            else None
        )
        if layer is None:
            return
        if not layer.isValid():
            self.status.setText(
                tr("QGIS's SensorThings data source could not open {name}.").format(name=name)
            )
            return
        metadata = layer.metadata()
        metadata.setAbstract(
            "\n".join(
                f"{stream.stream_name} — {stream.observed_property}"
                + (f" ({stream.unit})" if stream.unit else "")
                for stream in located
            )
        )
        layer.setMetadata(metadata)
        QgsProject.instance().addMapLayer(layer)

    def _toggle_refresh(self):
        if self.auto_refresh.isChecked():
            self.timer.start(self.refresh_minutes.value() * 60 * 1000)
        else:
            self.timer.stop()

    def refresh_layers(self):
        """Fetch the latest values again for every sensor layer added from this page."""
        project = QgsProject.instance()
        for layer_id, name in list(self.live_layers.items()):
            layer = project.mapLayer(layer_id)
            platform = self.connections.get(name)
            if layer is None or platform is None:
                del self.live_layers[layer_id]
                continue

            def fetch(feedback, platform=platform):
                return list(
                    load_streams(
                        platform_transport(platform, feedback), platform, is_cancelled=feedback.isCanceled
                    )
                )

            self.run_task(
                tr("Refreshing {layer} …").format(layer=layer.name()),
                fetch,
                lambda streams, layer_id=layer_id: self._update_layer(layer_id, streams),
            )

    def _update_layer(self, layer_id, streams):
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            return
        latest = {stream.stream_id: stream for stream in streams}
        indexes = [layer.fields().indexOf(field) for field in LIVE_FIELDS]
        changes = {}
        for feature in layer.getFeatures():
            stream = latest.get(feature["stream_id"])
            if stream is not None:
                values = (stream.latest_value, stream.latest_text, utc_datetime(stream.latest_time))
                changes[feature.id()] = dict(zip(indexes, values))
        layer.dataProvider().changeAttributeValues(changes)
        layer.triggerRepaint()
        self.status.setText(
            tr("{layer} refreshed at {time} UTC.").format(
                layer=layer.name(), time=QDateTime.currentDateTimeUtc().toString("HH:mm:ss")
            )
        )

    def _show_custom_range(self):
        custom = self.range.currentData() is None
        self.start.setVisible(custom)
        self.end.setVisible(custom)

    def chart_range(self):
        """``(start, end)`` ISO strings of the chosen range."""
        days = self.range.currentData()
        if days is None:
            return iso_utc(self.start.dateTime()), iso_utc(self.end.dateTime())
        end = QDateTime.currentDateTimeUtc()
        return iso_utc(end.addDays(-days)), iso_utc(end)

    def show_chart(self):
        _name, platform = self.current()
        streams = self.selected_streams()
        if platform is None or len(streams) != 1:
            self.status.setText(tr("Select one sensor stream for the chart."))
            return
        stream = streams[0]
        start, end = self.chart_range()

        def fetch(feedback):
            return series(
                load_observation_pages(
                    platform_transport(platform, feedback),
                    platform,
                    stream.stream_id,
                    start,
                    end,
                    is_cancelled=feedback.isCanceled,
                )
            )

        def draw(points):
            self.chart.set_series(points, stream.stream_name, stream.unit)
            self.status.setText(
                tr("{count} observations of {stream}.").format(count=len(points), stream=stream.stream_name)
            )

        self.run_task(tr("Loading observations of {stream} …").format(stream=stream.stream_name), fetch, draw)
