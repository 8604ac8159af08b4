"""Fields and features for the plugin's output layers, built from core records."""

from itertools import islice

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QMetaType, Qt

from ..core.errors import Cancelled
from .compat import field

SINK_BATCH = 5000  # features per addFeatures call: a third of the cost of one call per feature

PARKING_FIELDS = (
    ("id", QMetaType.Type.QString),
    ("name", QMetaType.Type.QString),
    ("type", QMetaType.Type.QString),
    ("capacity", QMetaType.Type.Int),
    ("free", QMetaType.Type.Int),
    ("occupied", QMetaType.Type.Int),
    ("occ_rate", QMetaType.Type.Double),
    ("status", QMetaType.Type.QString),
    ("observed", QMetaType.Type.QDateTime),
    ("issues", QMetaType.Type.QString),
    ("source", QMetaType.Type.QString),
)


SENSOR_FIELDS = (
    ("platform", QMetaType.Type.QString),
    ("thing_id", QMetaType.Type.QString),
    ("thing", QMetaType.Type.QString),
    ("stream_id", QMetaType.Type.QString),
    ("stream", QMetaType.Type.QString),
    ("property", QMetaType.Type.QString),
    ("unit", QMetaType.Type.QString),
    ("value", QMetaType.Type.Double),
    ("value_text", QMetaType.Type.QString),
    ("observed", QMetaType.Type.QDateTime),
    ("properties", QMetaType.Type.QString),
)

OBSERVATION_FIELDS = (
    ("stream_id", QMetaType.Type.QString),
    ("stream", QMetaType.Type.QString),
    ("property", QMetaType.Type.QString),
    ("unit", QMetaType.Type.QString),
    ("time", QMetaType.Type.QDateTime),
    ("time_end", QMetaType.Type.QDateTime),
    ("value", QMetaType.Type.Double),
    ("value_text", QMetaType.Type.QString),
)


UTC_COMMENT = "UTC"


def make_fields(spec):
    """QgsFields from ``(name, QMetaType type)`` pairs; date-time fields say in their comment that
    they hold UTC (every date-time the plugin writes does)."""
    fields = QgsFields()
    for name, kind in spec:
        new = field(name, kind)
        if kind == QMetaType.Type.QDateTime:
            new.setComment(UTC_COMMENT)
        fields.append(new)
    return fields


def utc_field_names(fields):
    """The names of the fields made by :func:`make_fields` as UTC date-times."""
    return [item.name() for item in fields if item.comment() == UTC_COMMENT]


def utc_datetime(text):
    """A UTC QDateTime from an ISO 8601 string, or None when empty or unreadable."""
    if not text:
        return None
    value = QDateTime.fromString(text.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not value.isValid():
        return None
    if value.timeSpec() == Qt.TimeSpec.LocalTime:
        value.setTimeSpec(Qt.TimeSpec.UTC)
    return value.toUTC()


def iso_utc(value):
    """``2026-11-20T06:00:00Z``: the ISO 8601 UTC text of a QDateTime."""
    return value.toUTC().toString(Qt.DateFormat.ISODate)


def write_parking_records(records, sink, feedback):
    """Add one point feature per :class:`ParkingRecord` to ``sink``; honour cancel."""
    fields = make_fields(PARKING_FIELDS)

    def features():
        for record in records:
            feature = QgsFeature(fields)
            feature.setGeometry(point_geometry(record))
            feature.setAttributes(
                [
                    record.id,
                    record.name,
                    record.kind,
                    record.capacity,
                    record.free,
                    record.occupied,
                    record.occupancy_rate,
                    record.status,
                    utc_datetime(record.observed_at),
                    record.issues,
                    record.source,
                ]
            )
            yield feature

    add_in_batches(sink, features(), feedback, len(records))


def add_in_batches(sink, features, feedback, total=0):
    """Add the ``features`` (any iterable) to ``sink`` a batch at a time; cancel is honoured between
    batches, and with ``total`` the progress bar follows."""
    features = iter(features)
    done = 0
    while True:
        if feedback.isCanceled():
            raise Cancelled()
        batch = list(islice(features, SINK_BATCH))
        if not batch:
            return
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        done += len(batch)
        if total:
            feedback.setProgress(100.0 * done / total)


def point_geometry(record):
    """A point geometry for a record with ``has_location``/``lon``/``lat``, or an empty geometry."""
    if record.has_location:
        return QgsGeometry.fromPointXY(QgsPointXY(record.lon, record.lat))
    return QgsGeometry()


PROPERTY_KINDS = {
    "int": QMetaType.Type.LongLong,
    "float": QMetaType.Type.Double,
    "text": QMetaType.Type.QString,
}


def sensor_fields(columns=()):
    """SENSOR_FIELDS plus the property columns of :func:`~..core.sensors.property_columns`."""
    return make_fields(SENSOR_FIELDS + tuple((name, PROPERTY_KINDS[kind]) for name, _key, kind in columns))


def sensor_feature(fields, stream, columns=()):
    """A point feature of a :class:`~..core.sensors.SensorStream` (SENSOR_FIELDS + property columns)."""
    feature = QgsFeature(fields)
    feature.setGeometry(point_geometry(stream))
    extra = []
    for _name, key, kind in columns:
        value = stream.properties.get(key)
        extra.append(str(value) if kind == "text" and value is not None else value)
    feature.setAttributes(
        [
            stream.platform,
            stream.thing_id,
            stream.thing_name,
            stream.stream_id,
            stream.stream_name,
            stream.observed_property,
            stream.unit,
            stream.latest_value,
            stream.latest_text,
            utc_datetime(stream.latest_time),
            stream.properties_json(),
            *extra,
        ]
    )
    return feature


def observation_features(fields, stream, page):
    """Features of one page of :class:`~..core.platforms.sensors.ObservationColumns`, placed at its
    stream (OBSERVATION_FIELDS); the times of instants are converted once."""
    geometry = point_geometry(stream)
    starts = [utc_datetime(text) for text in page.starts]
    ends = starts if page.ends is page.starts else [utc_datetime(text) for text in page.ends]
    for start, end, value, text in zip(starts, ends, page.values, page.texts):
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes(
            [
                stream.stream_id,
                stream.stream_name,
                stream.observed_property,
                stream.unit,
                start,
                end,
                value,
                text,
            ]
        )
        yield feature


def memory_layer(name, spec, features, geometry="Point", crs="EPSG:4326"):
    """A new in-memory layer with the fields of ``spec`` holding ``features``."""
    layer = QgsVectorLayer(f"{geometry}?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes(make_fields(spec).toList())
    layer.updateFields()
    layer.dataProvider().addFeatures(list(features))
    layer.updateExtents()
    return layer
