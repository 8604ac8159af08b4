"""CityGML 3.0 sensors with Dynamizers: the living twin reads its values from the SensorThings API.

Every sensor becomes a ``gen:GenericOccupiedSpace`` at its position with its latest value as a
generic attribute, and a ``dyn:Dynamizer`` whose ``dyn:SensorConnection`` points at the
Datastream (``baseURL`` + ``datastreamID``), so viewers that understand Dynamizers replace the
value with the live observations.
"""

from dataclasses import dataclass, field

from ..errors import N_, InputError
from ..lazy import LazyModule

etree = LazyModule("lxml.etree")

CORE = "http://www.opengis.net/citygml/3.0"
GEN = "http://www.opengis.net/citygml/generics/3.0"
DYN = "http://www.opengis.net/citygml/dynamizer/3.0"
GML = "http://www.opengis.net/gml/3.2"
XLINK = "http://www.w3.org/1999/xlink"
NAMESPACES = {None: CORE, "gen": GEN, "dyn": DYN, "gml": GML, "xlink": XLINK}
CONNECTION_TYPE = "ogc_sta_1.1"


@dataclass
class Sensor:
    """A sensor stream placed at ``x, y, z`` (metres in the export CRS)."""

    object_id: str
    name: str
    x: float
    y: float
    z: float
    datastream_id: str
    base_url: str
    observed_property: str = ""
    uom: str = ""
    latest_value: float = None
    attributes: dict = field(default_factory=dict)


def gml_id(text):
    """A valid gml:id (an NCName) from any id: other characters become ``_``, a digit start gets ``S_``."""
    cleaned = "".join(
        character if character.isalnum() or character in "_-." else "_" for character in str(text)
    )
    return cleaned if cleaned[:1].isalpha() or cleaned[:1] == "_" else f"S_{cleaned}"


def sub(parent, namespace, name, text=None, **attributes):
    element = etree.SubElement(
        parent, f"{{{namespace}}}{name}", {key.replace("__", ":"): value for key, value in attributes.items()}
    )
    if text is not None:
        element.text = str(text)
    return element


def generic_attribute(parent, name, value):
    """A generic attribute typed by ``value``: whole numbers as IntAttribute (exactly, also beyond
    2**53), other numbers as DoubleAttribute, the rest as StringAttribute."""
    holder = sub(parent, CORE, "genericAttribute")
    if isinstance(value, int) and not isinstance(value, bool):
        kind, text = "IntAttribute", str(value)
    elif isinstance(value, float):
        kind, text = "DoubleAttribute", xml_double(value)
    else:
        kind, text = "StringAttribute", str(value)
    attribute = sub(holder, GEN, kind)
    sub(attribute, GEN, "name", name)
    sub(attribute, GEN, "value", text)


def xml_double(value):
    """An xs:double literal (NaN for a missing value)."""
    number = float(value)
    return "NaN" if number != number else repr(number)


def sensor_member(model, sensor, srs_name, start_time, end_time):
    """One ``cityObjectMember`` with the sensor object, its attributes, Dynamizer and point."""
    object_id = gml_id(sensor.object_id)
    space = sub(
        sub(model, CORE, "cityObjectMember"), GEN, "GenericOccupiedSpace", **{f"{{{GML}}}id": object_id}
    )
    sub(space, GML, "name", sensor.name or sensor.object_id)
    value = float(sensor.latest_value) if sensor.latest_value is not None else float("nan")
    generic_attribute(space, "value", value)  # a double: the Dynamizer refers to the DoubleAttribute
    for name, attribute in sensor.attributes.items():
        if attribute not in (None, ""):
            generic_attribute(space, name, attribute)
    dynamizer = sub(
        sub(space, CORE, "dynamizer"), DYN, "Dynamizer", **{f"{{{GML}}}id": f"{object_id}_dynamizer"}
    )
    sub(
        dynamizer,
        DYN,
        "attributeRef",
        f"//gen:GenericOccupiedSpace[@gml:id='{object_id}']/genericAttribute/gen:DoubleAttribute"
        "[gen:name='value']/gen:value",
    )
    sub(dynamizer, DYN, "startTime", start_time)
    sub(dynamizer, DYN, "endTime", end_time)
    connection = sub(sub(dynamizer, DYN, "sensorConnection"), DYN, "SensorConnection")
    sub(connection, DYN, "connectionType", CONNECTION_TYPE)
    if sensor.observed_property:
        sub(connection, DYN, "observationProperty", sensor.observed_property)
    if sensor.uom:
        sub(connection, DYN, "uom", sensor.uom)
    sub(connection, DYN, "datastreamID", sensor.datastream_id)
    sub(connection, DYN, "baseURL", sensor.base_url)
    sub(connection, DYN, "authType", "none")
    sub(connection, DYN, "sensorLocation", **{f"{{{XLINK}}}href": f"#{object_id}"})
    point = sub(
        sub(space, CORE, "lod0Point"),
        GML,
        "Point",
        srsName=srs_name,
        srsDimension="3",
        **{f"{{{GML}}}id": f"{object_id}_point"},
    )
    sub(point, GML, "pos", f"{sensor.x:.3f} {sensor.y:.3f} {sensor.z:.3f}")


def citygml3_sensors(sensors, epsg, start_time, end_time, height_epsg=None):
    """The CityGML 3.0 document (bytes) of ``sensors``; heights in ``height_epsg`` when given."""
    if not sensors:
        raise InputError(N_("There is nothing to export."))
    ids = [gml_id(sensor.object_id) for sensor in sensors]
    if len(set(ids)) != len(ids):
        raise InputError(N_("The sensor ids are not unique."))
    srs_name = f"http://www.opengis.net/def/crs/EPSG/0/{epsg}"
    if height_epsg:
        srs_name = (
            f"http://www.opengis.net/def/crs-compound?1=http://www.opengis.net/def/crs/EPSG/0/{epsg}"
            f"&2=http://www.opengis.net/def/crs/EPSG/0/{height_epsg}"
        )
    model = etree.Element(f"{{{CORE}}}CityModel", nsmap=NAMESPACES)
    for sensor in sensors:
        sensor_member(model, sensor, srs_name, start_time, end_time)
    return etree.tostring(model, xml_declaration=True, encoding="UTF-8", pretty_print=True)
