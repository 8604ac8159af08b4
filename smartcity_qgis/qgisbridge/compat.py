"""The one place that hides API differences between QGIS 3.22, 3.40/3.44 and QGIS 4 (Qt 6).

Each helper uses the newer API where the running QGIS has it and the older one elsewhere, so the
plugin's own code raises no deprecation warning on any supported version.
"""

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QVariant

try:  # Qt 6 keeps QAction in QtGui; Qt 5 in QtWidgets
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction

# QgsField(name, QMetaType.Type) exists from 3.38; QgsField(name, QVariant.Type) is deprecated there.
FIELD_TAKES_METATYPE = Qgis.QGIS_VERSION_INT >= 33800


def field(name, metatype):
    """A QgsField of ``metatype`` (a QMetaType.Type); QGIS before 3.38 takes the QVariant.Type of
    the same number."""
    if FIELD_TAKES_METATYPE:
        return QgsField(name, metatype)
    return QgsField(name, QVariant.Type(int(metatype)))


def parameter_as_strings(algorithm, parameters, name, context):
    """The field names (strings) of a field parameter: ``parameterAsStrings`` where QGIS has it
    (3.40 on, ``parameterAsFields`` is deprecated there), else ``parameterAsFields``."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


__all__ = ["QAction", "field", "parameter_as_strings"]
