"""Logging to the QGIS message log tab "Smart City"."""

from qgis.core import Qgis, QgsMessageLog

LOG_TAB = "Smart City"


def log_info(message):
    QgsMessageLog.logMessage(message, LOG_TAB, Qgis.MessageLevel.Info)


def log_warning(message):
    QgsMessageLog.logMessage(message, LOG_TAB, Qgis.MessageLevel.Warning)


def log_error(message):
    QgsMessageLog.logMessage(message, LOG_TAB, Qgis.MessageLevel.Critical)
