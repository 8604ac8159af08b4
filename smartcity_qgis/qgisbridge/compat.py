"""The one place that hides API differences between QGIS 3.22, 3.40/3.44 and QGIS 4 (Qt 6).

Each helper uses the newer API where the running QGIS has it and the older one elsewhere, so the
plugin's own code raises no deprecation warning on any supported version.
"""

import qgis.core
import qgis.gui
from qgis.core import Qgis, QgsClassificationJenks, QgsField
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


def horizontal_crs(crs):
    """The horizontal part of a compound CRS (QGIS keeps compound CRSs from 3.38; before, every
    CRS it holds is horizontal already)."""
    if hasattr(crs, "horizontalCrs") and crs.horizontalCrs().isValid():
        return crs.horizontalCrs()
    return crs


def parameter_as_strings(algorithm, parameters, name, context):
    """The field names (strings) of a field parameter: ``parameterAsStrings`` where QGIS has it
    (3.40 on, ``parameterAsFields`` is deprecated there), else ``parameterAsFields``."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def _enum(scoped, legacy):
    """The enum value named ``scoped`` (a ``Qgis.*`` enum, QGIS 3.30–3.36 on and QGIS 4) where the
    running QGIS has it, else the class-scoped ``legacy`` one of QGIS 3.22."""
    for name in (scoped, legacy):
        head, *rest = name.split(".")
        value = getattr(qgis.core, head, None) or getattr(qgis.gui, head)
        try:
            for part in rest:
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    raise AttributeError(legacy)


SOURCE_VECTOR = _enum("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
SOURCE_ANY_GEOMETRY = _enum(
    "Qgis.ProcessingSourceType.VectorAnyGeometry", "QgsProcessing.SourceType.TypeVectorAnyGeometry"
)
SOURCE_POINT = _enum("Qgis.ProcessingSourceType.VectorPoint", "QgsProcessing.SourceType.TypeVectorPoint")
SOURCE_LINE = _enum("Qgis.ProcessingSourceType.VectorLine", "QgsProcessing.SourceType.TypeVectorLine")
SOURCE_FILE = _enum("Qgis.ProcessingSourceType.File", "QgsProcessing.SourceType.TypeFile")
SOURCE_POLYGON = _enum(
    "Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon"
)
NUMBER_INTEGER = _enum(
    "Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer"
)
FILE_BEHAVIOR_FOLDER = _enum(
    "Qgis.ProcessingFileParameterBehavior.Folder", "QgsProcessingParameterFile.Behavior.Folder"
)
RASTER_FIXED_TIME_RANGE = _enum(
    "Qgis.RasterTemporalMode.FixedTemporalRange",
    "QgsRasterLayerTemporalProperties.TemporalMode.ModeFixedTemporalRange",
)
NUMBER_DOUBLE = _enum("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")
FIELD_NUMERIC = _enum(
    "Qgis.ProcessingFieldParameterDataType.Numeric", "QgsProcessingParameterField.DataType.Numeric"
)
PARAMETER_OPTIONAL = _enum(
    "Qgis.ProcessingParameterFlag.Optional", "QgsProcessingParameterDefinition.Flag.FlagOptional"
)
PARAMETER_ADVANCED = _enum(
    "Qgis.ProcessingParameterFlag.Advanced", "QgsProcessingParameterDefinition.Flag.FlagAdvanced"
)
GEOMETRY_POINT = _enum("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
GEOMETRY_LINE = _enum("Qgis.GeometryType.Line", "QgsWkbTypes.GeometryType.LineGeometry")
GEOMETRY_POLYGON = _enum("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
GEOMETRY_NULL = _enum("Qgis.GeometryType.Null", "QgsWkbTypes.GeometryType.NullGeometry")
WKB_POINT = _enum("Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
WKB_LINESTRING = _enum("Qgis.WkbType.LineString", "QgsWkbTypes.Type.LineString")
WKB_MULTIPOLYGON = _enum("Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")
WKB_NONE = _enum("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
LAYER_VECTOR = _enum("Qgis.LayerFilter.VectorLayer", "QgsMapLayerProxyModel.Filter.VectorLayer")
LAYER_RASTER = _enum("Qgis.LayerFilter.RasterLayer", "QgsMapLayerProxyModel.Filter.RasterLayer")
LAYER_POINT = _enum("Qgis.LayerFilter.PointLayer", "QgsMapLayerProxyModel.Filter.PointLayer")
LAYER_LINE = _enum("Qgis.LayerFilter.LineLayer", "QgsMapLayerProxyModel.Filter.LineLayer")
LAYER_POLYGON = _enum("Qgis.LayerFilter.PolygonLayer", "QgsMapLayerProxyModel.Filter.PolygonLayer")
METERS = _enum("Qgis.DistanceUnit.Meters", "QgsUnitTypes.DistanceUnit.DistanceMeters")
INTERPOLATE_LINEAR = _enum("Qgis.ShaderInterpolationMethod.Linear", "QgsColorRampShader.Type.Interpolated")
TEXT_AS_TEXT = _enum(
    "Qgis.TextRenderFormat.AlwaysText", "QgsRenderContext.TextRenderFormat.TextFormatAlwaysText"
)
LAYOUT_MM = _enum("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
LEGEND_SYMBOL_LABEL = _enum("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.Style.SymbolLabel")
LABEL_OVER_POINT = _enum("Qgis.LabelPlacement.OverPoint", "QgsPalLayerSettings.Placement.OverPoint")
ALGORITHM_NO_THREADING = _enum(
    "Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading"
)
REQUEST_NO_GEOMETRY = _enum("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")


def set_layer_filters(combo, *filters):
    """Let ``combo`` (a QgsMapLayerComboBox) offer only layers matching any of ``filters``."""
    combined = filters[0]
    for layer_filter in filters[1:]:
        combined = combined | layer_filter
    combo.setFilters(combined)


def classify_jenks(renderer, layer, classes):
    """Fill a graduated ``renderer`` with ``classes`` natural-breaks (Jenks) classes of ``layer``
    (the classification-method form; the mode argument is deprecated since QGIS 3.10)."""
    renderer.setClassificationMethod(QgsClassificationJenks())
    renderer.updateClasses(layer, classes)


__all__ = ["QAction", "classify_jenks", "field", "parameter_as_strings", "set_layer_filters"]
