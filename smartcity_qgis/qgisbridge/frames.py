"""Layers and tables ⇄ pandas DataFrames for the analysis core."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsProject,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QMetaType, Qt, QVariant

from ..core.errors import Cancelled
from ..core.lazy import LazyModule
from .compat import REQUEST_NO_GEOMETRY
from .layers import make_fields

np = LazyModule("numpy")
pd = LazyModule("pandas")


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


def write_frame(sink, frame, spec, feedback, geometries=None):
    """Add one feature per row of ``frame`` with the fields of ``spec`` (``(name, QVariant type)``).

    ``geometries`` (optional) is a sequence of QgsGeometry aligned with the rows.
    """
    fields = make_fields(spec) if not isinstance(spec, QgsFields) else spec
    kinds = [(field.name(), field.type()) for field in fields]
    total = max(len(frame), 1)
    for index, row in enumerate(frame.itertuples(index=False)):
        if feedback.isCanceled():
            raise Cancelled()
        record = row._asdict()
        feature = QgsFeature(fields)
        feature.setAttributes([qgis_value(record.get(name), kind) for name, kind in kinds])
        if geometries is not None:
            feature.setGeometry(geometries[index])
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        if index % 1000 == 0:
            feedback.setProgress(100.0 * index / total)


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
