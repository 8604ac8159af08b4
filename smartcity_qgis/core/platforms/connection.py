"""One entry point for all urban data platforms: sensor streams and observations by platform kind."""

from dataclasses import dataclass

from ..errors import N_, InputError
from . import ngsi, sensorthings
from .sensors import ObservationColumns, in_bbox, name_matches

PLATFORMS = ("sensorthings", "ngsi-ld", "ngsi-v2")
DATA_ARRAY_CONFORMANCE = "data-array"


@dataclass(frozen=True)
class Platform:
    """Where and how to reach a platform. Secrets never live here: only an ``authcfg`` id."""

    kind: str
    url: str
    entity_type: str = ""
    tenant: str = ""
    service_path: str = ""
    context: str = ""
    authcfg: str = ""

    def headers(self):
        if self.kind == "sensorthings":
            return {}
        return ngsi.request_headers(self.kind, self.tenant, self.service_path, self.context)


def load_streams(
    transport,
    platform,
    observed_property=None,
    name=None,
    bbox=None,
    with_latest=True,
    max_items=None,
    is_cancelled=lambda: False,
    notify=lambda message, **params: None,
    progress=lambda done, total: None,
):
    """Yield the :class:`~.sensors.SensorStream` objects of a platform, filtered alike for all kinds."""
    if platform.kind == "sensorthings":
        yield from sensorthings.sensor_streams(
            transport,
            platform.url,
            observed_property,
            name,
            bbox,
            with_latest,
            max_items,
            is_cancelled,
            notify,
            progress,
        )
        return
    if not platform.entity_type.strip():
        raise InputError(N_("NGSI brokers list entities by type: enter one or more entity types."))
    kept = 0
    entities = ngsi.iterate_entities(
        transport,
        platform.url,
        platform.kind,
        platform.entity_type.replace(" ", ""),
        platform.headers(),
        bbox=bbox,
        is_cancelled=is_cancelled,
        progress=progress,
        notify=notify,
    )
    for entity in entities:
        for stream in ngsi.entity_streams(entity, platform.kind):
            if observed_property and stream.observed_property != observed_property:
                continue
            if in_bbox(stream, bbox) and name_matches(stream, name):
                yield stream
                kept += 1
                if max_items is not None and kept >= max_items:
                    return


def load_observation_pages(
    transport,
    platform,
    stream_id,
    start=None,
    end=None,
    max_items=None,
    is_cancelled=lambda: False,
    notify=lambda message, **params: None,
    progress=lambda done, total: None,
):
    """Yield the observations of one stream in ``[start, end]`` as
    :class:`~.sensors.ObservationColumns`, a page at a time."""
    if platform.kind == "sensorthings":
        data_array = any(
            DATA_ARRAY_CONFORMANCE in item
            for item in sensorthings.service_conformance(transport, platform.url)
        )
        yield from sensorthings.observations(
            transport,
            platform.url,
            stream_id,
            start,
            end,
            data_array,
            max_items,
            is_cancelled,
            notify,
            progress,
        )
    elif platform.kind == "ngsi-ld":
        rows = ngsi.history(
            transport,
            platform.url,
            stream_id,
            start,
            end,
            platform.headers(),
            max_items,
            is_cancelled,
            notify,
        )
        progress(len(rows), len(rows))
        if rows:
            yield ObservationColumns.of(stream_id, rows)
    else:
        raise InputError(
            N_(
                "NGSI-v2 has no standard history interface; use the broker's NGSI-LD temporal API "
                "or a SensorThings endpoint for time series."
            )
        )


def stream_info(transport, platform, stream_id):
    """Name, unit and location of one stream, for labelling and placing its observations."""
    if platform.kind == "sensorthings":
        return sensorthings.datastream_stream(transport, platform.url, stream_id)
    return ngsi.attribute_stream(transport, platform.url, platform.kind, stream_id, platform.headers())
