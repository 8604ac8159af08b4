"""Platform-neutral sensor records: one stream per measured quantity, and its observations.

SensorThings Datastreams and NGSI entity attributes both end up as :class:`SensorStream`, their
history as :class:`Observation`, so layers, charts and analyses never see the protocol.
"""

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..columns import column_kind


@dataclass
class SensorStream:
    """One measured quantity at one place: a Datastream, or one attribute of an NGSI entity."""

    platform: str
    thing_id: str
    thing_name: str
    stream_id: str
    stream_name: str
    observed_property: str = ""
    unit: str = ""
    lon: float = None
    lat: float = None
    latest_value: float = None
    latest_text: str = ""
    latest_time: str = ""
    properties: dict = field(default_factory=dict)

    @property
    def has_location(self):
        return self.lon is not None and self.lat is not None

    def properties_json(self):
        return json.dumps(self.properties, ensure_ascii=False, sort_keys=True) if self.properties else ""


class Observation(NamedTuple):
    """One observed value; ``start``/``end`` are ISO 8601 (equal for an instant). A tuple: a
    hundred thousand of them are made quickly."""

    stream_id: str
    start: str
    end: str
    value: float = None
    text: str = ""


@dataclass(frozen=True)
class ObservationColumns:
    """Observations of one stream as columns, one page of them: how a hundred thousand values pass
    quickly from a server to a layer or a chart."""

    stream_id: str
    starts: Sequence[str]
    ends: Sequence[str]
    values: Sequence[float]
    texts: Sequence[str]

    def __len__(self):
        return len(self.starts)

    @classmethod
    def of(cls, stream_id, rows):
        """The columns of :class:`Observation` rows (at least one) of ``stream_id``."""
        _streams, *columns = zip(*rows)
        return cls(stream_id, *columns)


def finite_float(value):
    """``value`` as a finite float, or None (missing, not a number, NaN or infinite; never a bool)."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def split_result(result):
    """``(number or None, text)`` of a result: numbers stay numbers, anything else becomes text."""
    if isinstance(result, bool):
        return float(result), str(result).lower()
    if isinstance(result, (int, float)):
        try:
            return float(result), ""
        except OverflowError:  # an integer beyond any float
            return None, str(result)
    if isinstance(result, str):
        try:
            return float(result), ""
        except ValueError:
            return None, result
    if result is None:
        return None, ""
    return None, json.dumps(result, ensure_ascii=False, sort_keys=True)


def point_of(geometry):
    """``(lon, lat)`` representing a GeoJSON geometry: the point, or the centre of its extent."""
    bounds = geometry_bounds(geometry)
    if bounds is None:
        return None
    xmin, ymin, xmax, ymax = bounds
    return (xmin + xmax) / 2.0, (ymin + ymax) / 2.0


def geometry_bounds(geometry):
    """``(xmin, ymin, xmax, ymax)`` of a GeoJSON geometry, or None when it has no coordinates."""
    xs, ys = [], []

    def collect(coordinates):
        if (
            isinstance(coordinates, (list, tuple))
            and len(coordinates) >= 2
            and all(isinstance(value, (int, float)) for value in coordinates[:2])
        ):
            xs.append(float(coordinates[0]))
            ys.append(float(coordinates[1]))
        elif isinstance(coordinates, (list, tuple)):
            for part in coordinates:
                collect(part)

    if isinstance(geometry, dict):
        if geometry.get("type") == "GeometryCollection":
            for member in geometry.get("geometries") or []:
                collect_bounds = geometry_bounds(member)
                if collect_bounds:
                    xs.extend(collect_bounds[0::2])
                    ys.extend(collect_bounds[1::2])
        else:
            collect(geometry.get("coordinates"))
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def in_bbox(stream, bbox):
    """True when ``bbox`` is None or the stream's point lies inside ``(xmin, ymin, xmax, ymax)``."""
    if bbox is None:
        return True
    if not stream.has_location:
        return False
    xmin, ymin, xmax, ymax = bbox
    return xmin <= stream.lon <= xmax and ymin <= stream.lat <= ymax


def name_matches(stream, text):
    """Case-insensitive substring match on the thing or stream name (empty text matches all)."""
    if not text:
        return True
    needle = text.casefold()
    return needle in stream.thing_name.casefold() or needle in stream.stream_name.casefold()


def property_columns(streams, reserved=()):
    """Columns for the scalar ``properties`` of the streams: ``[(column, key, kind)]``.

    ``kind`` is ``"int"``, ``"float"`` or ``"text"`` (mixed kinds become text); a key that clashes
    with a ``reserved`` column name gets the prefix ``prop_``. Structured values stay in the JSON.
    """
    values = {}
    for stream in streams:
        for key, value in stream.properties.items():
            if isinstance(value, (bool, str, int, float)):
                values.setdefault(key, []).append(value)
    taken = {name.lower() for name in reserved}
    return [
        (f"prop_{key}" if key.lower() in taken else key, key, column_kind(found))
        for key, found in values.items()
    ]
