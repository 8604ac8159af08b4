"""Layers and tables ⇄ pandas DataFrames for the analysis core."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QMetaType, Qt, QVariant

from ..core import wkb
from ..core.errors import Cancelled
from ..core.lazy import LazyModule
from .compat import GEOMETRY_LINE, REQUEST_NO_GEOMETRY
from .layers import add_in_batches, make_fields

np = LazyModule("numpy")
pd = LazyModule("pandas")


PLAIN_TYPES = {str, int, float, bool}  # attribute values PyQGIS gives as they are


def python_value(value):
    """A plain Python value of a QGIS attribute: NULL → None, QDateTime → UTC Timestamp, QDate → date."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return pd.Timestamp(value.toMSecsSinceEpoch(), unit="ms", tz="UTC") if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def layer_frame(source, columns, feedback, with_geometry=False):
    """DataFrame of ``{column: field name}`` of all features (fields named "" are left out).

    With ``with_geometry`` a ``geometry`` column holds each feature's QgsGeometry.
    """
    columns = {column: name for column, name in columns.items() if name}
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(list(columns.values()), source.fields())
    if not with_geometry:
        request.setFlags(REQUEST_NO_GEOMETRY)
    values = {column: [] for column in columns}
    geometries = []
    total = max(source.featureCount(), 1)
    for index, feature in enumerate(source.getFeatures(request)):
        if feedback.isCanceled():
            raise Cancelled()
        for column, name in columns.items():
            values[column].append(python_value(feature[name]))
        if with_geometry:
            geometries.append(feature.geometry())
        if index % 10000 == 0:
            feedback.setProgress(min(99.0, 100.0 * index / total))
    frame = pd.DataFrame(values)
    if with_geometry:
        frame["geometry"] = geometries
    return frame


def line_columns(source, names, crs, context, feedback, layer=None):
    """The lines of ``source`` in ``crs``, in bulk: ``(coordinates, offsets, owner, values)`` as
    :func:`core.wkb.line_parts` gives them, and ``values[name]``: one Python value per feature for
    each of ``names`` that the layer has. Curves are segmentised; empty geometries are left out.

    ``layer``: the layer behind ``source`` when the whole of it is read; a file layer in ``crs``
    without unsaved edits is then read by GDAL in columns (Arrow), many times faster."""
    if layer is not None:
        read = gdal_line_columns(layer, names, crs)
        if read is not None:
            return read
    fields = source.fields()
    names = [name for name in names if fields.indexOf(name) >= 0]
    indexes = [fields.indexOf(name) for name in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(indexes)
    request.setDestinationCrs(crs, context.transformContext())
    blobs, rows = [], []
    for number, feature in enumerate(source.getFeatures(request)):
        if number % 1000 == 0 and feedback.isCanceled():
            raise Cancelled()
        geometry = feature.geometry()
        if geometry.isEmpty():
            continue
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry = QgsGeometry(geometry.constGet().segmentize())
        blobs.append(bytes(geometry.asWkb()))
        attributes = feature.attributes()
        rows.append([attributes[index] for index in indexes])
    coordinates, offsets, owner = wkb.line_parts(blobs)
    values = (
        {
            name: [value if type(value) in PLAIN_TYPES else python_value(value) for value in column]
            for name, column in zip(names, zip(*rows))
        }
        if rows
        else {name: [] for name in names}
    )
    return coordinates, offsets, owner, values


def gdal_line_columns(layer, names, crs):
    """Like :func:`line_columns`, read by GDAL's columnar interface; None where that is not the
    same as QGIS reading the layer (not an OGR file, a filter, unsaved edits, another CRS, a GDAL
    without columnar reading)."""
    from osgeo import gdal, ogr

    if layer.providerType() != "ogr" or layer.subsetString() or layer.isModified() or layer.crs() != crs:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("subset") or not parts.get("path"):
        return None
    try:  # GDAL may answer by None or by raising, depending on its exception setting
        dataset = gdal.OpenEx(parts["path"], gdal.OF_VECTOR | gdal.OF_READONLY)
        table = dataset and (
            dataset.GetLayerByName(parts["layerName"])
            if parts.get("layerName")
            else dataset.GetLayer(parts.get("layerId") or 0)
        )
    except RuntimeError:
        return None
    if not table or not hasattr(table, "GetArrowStreamAsNumPy"):
        return None
    definition = table.GetLayerDefn()
    kinds = {}
    for index in range(definition.GetFieldCount()):
        field = definition.GetFieldDefn(index)
        kinds[field.GetName()] = field.GetSubType() == ogr.OFSTBoolean
    names = [name for name in names if name in kinds]
    if not names:
        return None
    # through OGR SQL, booleans cast to integers: GDAL 3.6 hands boolean columns over wrongly
    columns = [
        f"CAST({quoted(name)} AS integer) AS {quoted(name)}" if kinds[name] else quoted(name)
        for name in names
    ]
    try:
        selection = dataset.ExecuteSQL(
            f"SELECT {', '.join(columns)} FROM {quoted(table.GetName())}", dialect="OGRSQL"
        )
    except RuntimeError:
        return None
    if selection is None:
        return None
    blobs, values = [], {name: [] for name in names}
    try:
        for batch in selection.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
            geometry_names = [key for key in batch if key not in values]
            if len(geometry_names) != 1:
                return None
            # bytes (None: no geometry), copied out of the batch before the next one arrives
            geometries = batch[geometry_names[0]].tolist()
            has_geometry = [bool(blob) for blob in geometries]
            blobs.extend(blob for blob in geometries if blob)
            for name in names:
                column = arrow_values(batch[name])
                values[name].extend(value for value, keep in zip(column, has_geometry) if keep)
    finally:
        dataset.ReleaseResultSet(selection)
    try:
        coordinates, offsets, owner = wkb.line_parts(blobs)
    except ValueError:  # curves: QGIS segmentises them
        return None
    return coordinates, offsets, owner, values


def quoted(identifier):
    """``identifier`` as a quoted SQL name."""
    return '"' + identifier.replace('"', '""') + '"'


def arrow_values(array):
    """Python values of a column GDAL read (masked where NULL; text as UTF-8 bytes)."""
    data = np.ma.getdata(array)
    values = data.tolist()
    if data.dtype.kind in "SO":
        values = [value.decode("utf-8") if isinstance(value, bytes) else value for value in values]
    mask = np.ma.getmaskarray(array)
    return [None if masked else value for value, masked in zip(values, mask)] if mask.any() else values


def qgis_value(value, kind):
    """A value for a QGIS attribute of ``kind`` from pandas/numpy (NaN/NaT → NULL)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if kind == QMetaType.Type.QDateTime:
        stamp = pd.Timestamp(value, tz="UTC") if isinstance(value, (int, np.integer)) else pd.Timestamp(value)
        return QDateTime.fromMSecsSinceEpoch(int(stamp.value // 1_000_000), Qt.TimeSpec.UTC)
    if kind in (QMetaType.Type.Int, QMetaType.Type.LongLong):
        return int(value)
    if kind == QMetaType.Type.Double:
        return float(value)
    return str(value)


def column_values(column, kind):
    """:func:`qgis_value` of every value of the Series ``column``; numbers and text converted in
    bulk, the conversion chosen once per column."""
    array = column.to_numpy()
    if kind == QMetaType.Type.Double and array.dtype.kind in "fiub":
        return [None if value != value else value for value in array.astype(float).tolist()]
    if kind in (QMetaType.Type.Int, QMetaType.Type.LongLong) and array.dtype.kind in "iub":
        return [int(value) for value in array.tolist()]
    if kind == QMetaType.Type.QString and array.dtype.kind in "OU":
        return [
            None
            if value is None or value is pd.NaT or (isinstance(value, float) and value != value)
            else str(value)
            for value in array.tolist()
        ]
    return [qgis_value(value, kind) for value in column]


def write_frame(sink, frame, spec, feedback, geometries=None):
    """Add one feature per row of ``frame`` with the fields of ``spec`` (``(name, QVariant type)``).

    ``geometries`` (optional) is a sequence of QgsGeometry aligned with the rows.
    """
    fields = make_fields(spec) if not isinstance(spec, QgsFields) else spec
    missing = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    columns = [column_values(frame.get(field.name(), missing), field.type()) for field in fields]

    def features():
        for index, attributes in enumerate(zip(*columns) if columns else [()] * len(frame)):
            feature = QgsFeature(fields)
            feature.setAttributes(list(attributes))
            if geometries is not None:
                feature.setGeometry(geometries[index])
            yield feature

    add_in_batches(sink, features(), feedback, len(frame))


def point_geometries(frame):
    """Point geometries from the ``x`` and ``y`` columns of ``frame``, aligned with its rows."""
    return [QgsGeometry(QgsPoint(x, y)) for x, y in zip(frame["x"], frame["y"])]


def metric_crs(crs, extent, project=None):
    """``crs`` when it is projected; otherwise the UTM zone (WGS 84) of the extent's centre."""
    if not crs.isGeographic():
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs84 = QgsCoordinateTransform(crs, wgs84, project or QgsProject.instance())
    centre = to_wgs84.transform(extent.center())
    zone = int((centre.x() + 180) // 6) + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")


def point_frame(source, columns, target_crs, project, feedback):
    """Like :func:`layer_frame` with geometry, plus ``x``/``y`` of each feature's point (centroid) in
    ``target_crs``."""
    frame = layer_frame(source, columns, feedback, with_geometry=True)
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, project)
    xs, ys = [], []
    for geometry in frame["geometry"]:
        if geometry is None or geometry.isEmpty():
            xs.append(np.nan)
            ys.append(np.nan)
            continue
        point = transform.transform(geometry.centroid().asPoint())
        xs.append(point.x())
        ys.append(point.y())
    return frame.assign(x=xs, y=ys)


def outline_lines(source, target_crs, bounds, project, feedback):
    """The lines and polygon outlines of ``source`` that touch ``bounds`` = ``(xmin, ymin, xmax,
    ymax)`` in ``target_crs``, simplified to a thousandth of the bounds' size, as
    ``[[(x, y), …], …]`` in ``target_crs``."""
    xmin, ymin, xmax, ymax = bounds
    to_source = QgsCoordinateTransform(target_crs, source.sourceCrs(), project)
    request = QgsFeatureRequest().setNoAttributes()
    request.setFilterRect(to_source.transformBoundingBox(QgsRectangle(xmin, ymin, xmax, ymax)))
    to_target = QgsCoordinateTransform(source.sourceCrs(), target_crs, project)
    tolerance = max(xmax - xmin, ymax - ymin) / 1000
    lines = []
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            raise Cancelled()
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty() or geometry.transform(to_target) != 0:
            continue
        outline = geometry.simplify(tolerance).convertToType(GEOMETRY_LINE, True)
        if outline is not None and not outline.isEmpty():
            lines += [[(point.x(), point.y()) for point in part] for part in outline.asMultiPolyline()]
    return lines
