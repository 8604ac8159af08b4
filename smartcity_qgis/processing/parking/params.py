"""Inputs shared by the parking algorithms: facilities, observations and the field mapping.

Any point layer and any table with suitable fields work, e.g. the outputs of 'Load sensor
locations' / 'Fetch observations' or a municipality's own exports.
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core.errors import N_, InputError
from ...qgisbridge.compat import NUMBER_DOUBLE, SOURCE_POINT, SOURCE_POLYGON, SOURCE_VECTOR
from ...qgisbridge.frames import layer_frame
from ...qgisbridge.i18n import tr
from ..base import field_name

FACILITIES = "FACILITIES"
FACILITY_ID = "FACILITY_ID"
FACILITY_NAME = "FACILITY_NAME"
CAPACITY = "CAPACITY"
OBSERVATIONS = "OBSERVATIONS"
OBS_FACILITY_ID = "OBS_FACILITY_ID"
TIME = "TIME"
FREE = "FREE"
OCCUPIED = "OCCUPIED"
OBS_CAPACITY = "OBS_CAPACITY"
START = "START"
END = "END"
MAX_GAP = "MAX_GAP"

INPUT_HELP = N_(
    "Inputs: facilities (points or polygons with an id and a capacity field) and observations "
    "(any table or layer with the facility id, a time and the free or occupied count; an "
    "optional capacity field there follows capacity changes over time). The outputs of 'Load "
    "sensor locations' (stream_id, capacity) and 'Fetch observations' (stream_id, time, value) "
    "fit directly. Times are stored in UTC; weekday/hour profiles use German local time "
    "(Europe/Berlin, summer time included). A sample counts until the next one of its facility, "
    "at most 'maximum gap' minutes: longer silences are gaps, and rejected samples (free > "
    "capacity, negative or non-numeric counts, duplicate times, unknown facilities) are counted "
    "in the issues field, never dropped silently."
)


def add_input_parameters(algorithm):
    """Facilities, observations, their field mapping, the period and the maximum gap."""
    add = algorithm.addParameter
    add(
        QgsProcessingParameterFeatureSource(
            FACILITIES,
            tr("Parking facilities"),
            [SOURCE_POINT, SOURCE_POLYGON],
        )
    )
    # Field parameters are formally optional so that their defaults also apply in qgis_process
    # (3.22 rejects a missing non-optional field parameter even when it has a default).
    add(
        QgsProcessingParameterField(
            FACILITY_ID, tr("Facility id field"), "stream_id", FACILITIES, optional=True
        )
    )
    add(QgsProcessingParameterField(CAPACITY, tr("Capacity field"), "capacity", FACILITIES, optional=True))
    add(
        QgsProcessingParameterField(
            FACILITY_NAME, tr("Facility name field"), "thing", FACILITIES, optional=True
        )
    )
    add(
        QgsProcessingParameterFeatureSource(
            OBSERVATIONS, tr("Observations (table or layer)"), [SOURCE_VECTOR]
        )
    )
    add(
        QgsProcessingParameterField(
            OBS_FACILITY_ID,
            tr("Facility id field of the observations"),
            "stream_id",
            OBSERVATIONS,
            optional=True,
        )
    )
    add(QgsProcessingParameterField(TIME, tr("Time field"), "time", OBSERVATIONS, optional=True))
    add(QgsProcessingParameterField(FREE, tr("Free spaces field"), "value", OBSERVATIONS, optional=True))
    add(QgsProcessingParameterField(OCCUPIED, tr("Occupied spaces field"), None, OBSERVATIONS, optional=True))
    add(
        QgsProcessingParameterField(
            OBS_CAPACITY,
            tr("Capacity field of the observations"),
            None,
            OBSERVATIONS,
            optional=True,
        )
    )
    add(QgsProcessingParameterDateTime(START, tr("Period from (UTC)"), optional=True))
    add(QgsProcessingParameterDateTime(END, tr("Period to (UTC)"), optional=True))
    add(
        QgsProcessingParameterNumber(
            MAX_GAP,
            tr("Maximum gap between samples (minutes)"),
            NUMBER_DOUBLE,
            60.0,
            minValue=1.0,
        )
    )


def add_threshold(algorithm, name):
    """The saturation threshold: a share of capacity, 0.85 by default."""
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            name,
            tr("Saturation threshold (share of capacity)"),
            NUMBER_DOUBLE,
            0.85,
            minValue=0.01,
            maxValue=1.5,
        )
    )


FIELD_SOURCES = {
    FACILITY_ID: FACILITIES,
    FACILITY_NAME: FACILITIES,
    CAPACITY: FACILITIES,
    OBS_FACILITY_ID: OBSERVATIONS,
    TIME: OBSERVATIONS,
    FREE: OBSERVATIONS,
    OCCUPIED: OBSERVATIONS,
    OBS_CAPACITY: OBSERVATIONS,
}
REQUIRED_FIELDS = (FACILITY_ID, CAPACITY, OBS_FACILITY_ID, TIME)


def read_inputs(algorithm, parameters, context, feedback):
    """``(facilities source, facilities frame, observations frame)`` as the core expects them."""
    sources = {
        name: algorithm.parameterAsSource(parameters, name, context) for name in (FACILITIES, OBSERVATIONS)
    }
    chosen = {
        name: field_name(algorithm, parameters, name, context, sources[layer])
        for name, layer in FIELD_SOURCES.items()
    }
    for name in REQUIRED_FIELDS:
        if not chosen[name]:
            raise InputError(
                N_("Choose the field for '{parameter}'."),
                parameter=algorithm.parameterDefinition(name).description(),
            )
    if not chosen[FREE] and not chosen[OCCUPIED]:
        raise InputError(N_("Choose the field with free spaces or the field with occupied spaces."))
    facility_frame = layer_frame(
        sources[FACILITIES],
        {"facility_id": chosen[FACILITY_ID], "capacity": chosen[CAPACITY], "name": chosen[FACILITY_NAME]},
        feedback,
    )
    if facility_frame.empty:
        raise InputError(N_("The facility layer is empty."))
    observations = sources[OBSERVATIONS]
    feedback.pushInfo(tr("Reading {count} observations …").format(count=observations.featureCount()))
    observation_frame = layer_frame(
        observations,
        {
            "facility_id": chosen[OBS_FACILITY_ID],
            "time": chosen[TIME],
            "free": chosen[FREE],
            "occupied": chosen[OCCUPIED],
            "capacity": chosen[OBS_CAPACITY],
        },
        feedback,
    )
    if observation_frame.empty:
        raise InputError(N_("The observation table is empty."))
    return sources[FACILITIES], facility_frame, observation_frame


def period(algorithm, parameters, context):
    """``(start ns, end ns)`` of the optional period (None where not given)."""
    bounds = []
    for name in (START, END):
        value = algorithm.parameterAsDateTime(parameters, name, context)
        bounds.append(value.toMSecsSinceEpoch() * 1_000_000 if value.isValid() else None)
    return tuple(bounds)


def facility_geometries(source, id_field, ids, feedback):
    """QgsGeometry of each facility id in ``ids`` (in that order)."""
    request = QgsFeatureRequest().setSubsetOfAttributes([id_field], source.fields())
    geometry_of = {}
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            break
        geometry_of.setdefault(str(feature[id_field]), feature.geometry())
    return [geometry_of.get(str(facility_id), QgsGeometry()) for facility_id in ids]
