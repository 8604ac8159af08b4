"""NGSI-v2 and NGSI-LD entity helpers shared by all FIWARE readers."""


def property_value(entity, name):
    """The value of attribute ``name`` in normalized or keyValues form (None when absent)."""
    attribute = entity.get(name)
    if isinstance(attribute, dict) and "value" in attribute:
        attribute = attribute["value"]
    if isinstance(attribute, dict) and "@value" in attribute:
        attribute = attribute["@value"]
    return attribute


def entity_location(entity):
    """(lon, lat) of an entity's point location (GeoProperty/geo:json or lat/lon attributes)."""
    location = property_value(entity, "location")
    if isinstance(location, dict) and location.get("type") == "Point":
        lon, lat = location["coordinates"][:2]
        return float(lon), float(lat)
    lat, lon = property_value(entity, "lat"), property_value(entity, "lon")
    if lat is not None and lon is not None:
        return float(lon), float(lat)
    return None
