"""Coordinate reference systems named in files: GML ``srsName``, GeoJSON ``crs`` members."""

import re

ADV_UTM = re.compile(r"ETRS89_UTM(3[1-3])", re.IGNORECASE)  # urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH
EPSG_CODE = re.compile(r"EPSG(?::[\d.]*:|/\d+/|:)(\d+)", re.IGNORECASE)
WGS84_NAMES = re.compile(r"CRS:?84|OGC:(?:1\.3:)?CRS84", re.IGNORECASE)


def epsg_of_srs_name(srs_name):
    """The horizontal EPSG code of a CRS name: ``EPSG:25833``, ``urn:ogc:def:crs:EPSG::25833``,
    compound ``urn:ogc:def:crs,crs:EPSG::25833,crs:EPSG::7837``, ``EPSG:25833+7837``,
    ``http://www.opengis.net/def/crs/EPSG/0/25833``, the AdV's ``urn:adv:crs:ETRS89_UTM33*DE_…``
    or OGC's CRS84 (4326); None when it names no such CRS."""
    text = (srs_name or "").strip()
    adv = ADV_UTM.search(text)
    if adv:
        return 25800 + int(adv.group(1))
    if WGS84_NAMES.search(text):
        return 4326
    found = EPSG_CODE.search(text)
    return int(found.group(1)) if found else None


VERTICAL_CRS = re.compile(r"\b(?:VERT_CS|VERTCRS|VERTICALCRS)\[\s*\"([^\"]+)\"")


def vertical_crs_name(wkt):
    """The name of the height system in a compound CRS's WKT (1 or 2), e.g. ``DHHN2016 height``;
    "" for a CRS without one."""
    found = VERTICAL_CRS.search(wkt or "")
    return found.group(1) if found else ""
