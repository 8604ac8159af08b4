"""A small line chart of one sensor's observations, drawn with QPainter (no extra dependency)."""

from qgis.PyQt.QtCore import QDateTime, QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPainterPath, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..core.chart import nice_ticks
from ..qgisbridge.i18n import local_format, tr

MARGINS = (56, 12, 14, 42)  # left, top, right, bottom in pixels
LINE_COLOR = QColor(31, 119, 180)


class TimeSeriesChart(QWidget):
    """Shows ``[(epoch seconds, value)]`` with a value axis, start/end times and the unit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points = []
        self.title = ""
        self.unit = ""
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, points, title="", unit=""):
        self.points, self.title, self.unit = list(points), title, unit
        self.update()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        left, top, right, bottom = MARGINS
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        if len(self.points) < 1 or plot.width() < 10 or plot.height() < 10:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No numeric observations to show.")
            )
            return
        times = [time for time, _value in self.points]
        values = [value for _time, value in self.points]
        ticks = nice_ticks(min(values), max(values))
        t0, t1 = times[0], max(times[-1], times[0] + 1)
        v0, v1 = ticks[0], ticks[-1]

        def position(time, value):
            x = plot.left() + (time - t0) / (t1 - t0) * plot.width()
            y = plot.bottom() - (value - v0) / (v1 - v0) * plot.height()
            return QPointF(x, y)

        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine))
        for tick in ticks:
            y = position(t0, tick).y()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(
                QRectF(0, y - 8, left - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                local_format("{tick:g}", tick=tick),
            )
        painter.setPen(self.palette().text().color())
        painter.drawRect(plot)
        for time, align in ((t0, Qt.AlignmentFlag.AlignLeft), (times[-1], Qt.AlignmentFlag.AlignRight)):
            label = QDateTime.fromSecsSinceEpoch(int(time), Qt.TimeSpec.UTC).toString("dd.MM. HH:mm") + " UTC"
            painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), align, label)
        caption = f"{self.title} [{self.unit}]" if self.unit else self.title
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 22, plot.width(), 18), Qt.AlignmentFlag.AlignHCenter, caption
        )
        path = QPainterPath(position(*self.points[0]))
        for time, value in self.points[1:]:
            path.lineTo(position(time, value))
        painter.setPen(QPen(LINE_COLOR, 2))
        painter.drawPath(path)
        if len(self.points) == 1:
            painter.drawEllipse(position(*self.points[0]), 3, 3)
