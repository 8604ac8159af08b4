"""Schools and homes from OpenStreetMap, for towns without municipal school and address layers.

Schools: ``amenity=school`` points and areas, typed by ``school:de`` (Grundschule, Gymnasium …),
else ``isced:level`` (1: Grundschule, 2/3: weiterführende Schule), else words in the name.
Homes: buildings with an address (``addr:housenumber``) that are dwellings or of unknown use
(``building=yes``) and serve nothing else (no ``amenity``, ``shop``, ``office`` … tags), and
address points that serve nothing else, outside buildings or in dwellings without an address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..spatial import GeometryIndex

PRIMARY = "Grundschule"
SECONDARY = "weiterführende Schule"
OTHER = "Schule"
# school:de values and name words of German secondary schools (all Länder)
SECONDARY_WORDS = (
    "Gymnasium",
    "Realschule",
    "Hauptschule",
    "Mittelschule",
    "Werkrealschule",
    "Gesamtschule",
    "Gemeinschaftsschule",
    "Oberschule",
    "Sekundarschule",
    "Stadtteilschule",
    "Regionalschule",
    "Regelschule",
)
DWELLINGS = frozenset(
    {
        "yes",
        "house",
        "residential",
        "detached",
        "semidetached_house",
        "terrace",
        "apartments",
        "bungalow",
        "farm",
        "dormitory",
    }
)
OTHER_USES = ("amenity", "shop", "office", "craft", "tourism", "leisure", "healthcare", "industrial")


@dataclass
class School:
    osm_id: str
    name: str
    school_type: str
    x: float
    y: float


@dataclass
class Home:
    osm_id: str
    street: str
    housenumber: str
    x: float
    y: float


def school_type(tags):
    """The type of a school from its tags: ``school:de`` as given, else by ``isced:level``, else by
    words in its name; :data:`OTHER` when nothing tells."""
    given = tags.get("school:de", "").strip()
    if given:
        return given.split(";")[0].strip()
    levels = set(re.findall(r"\d", tags.get("isced:level", "")))
    if levels == {"1"}:
        return PRIMARY
    if levels and levels <= {"2", "3"}:
        return SECONDARY
    name = tags.get("name", "")
    if re.search(r"grundschule", name, re.IGNORECASE):
        return PRIMARY
    if any(word.casefold() in name.casefold() for word in SECONDARY_WORDS):
        return SECONDARY
    if levels:
        return f"{PRIMARY} / {SECONDARY}"
    return OTHER


def schools(features):
    """:class:`School` objects of ``features`` = ``[(osm id, tags, x, y)]`` tagged
    ``amenity=school`` (areas give their inner point)."""
    return [
        School(osm_id, tags.get("name", ""), school_type(tags), x, y)
        for osm_id, tags, x, y in features
        if tags.get("amenity") == "school"
    ]


def serves_otherwise(tags):
    return any(tags.get(key) for key in OTHER_USES)


def is_dwelling(tags):
    """A building that is a dwelling or of unknown use and serves nothing else."""
    return tags.get("building") in DWELLINGS and not serves_otherwise(tags)


def is_home_building(tags):
    return bool(tags.get("addr:housenumber")) and is_dwelling(tags)


def home(osm_id, tags, x, y):
    return Home(osm_id, tags.get("addr:street", ""), tags.get("addr:housenumber", ""), x, y)


def homes(areas, points):
    """:class:`Home` objects of addressed dwellings.

    ``areas``: ``[(osm id, tags, x, y, shapely polygon)]`` (those without ``building`` are left
    aside); ``points``: ``[(osm id, tags, x, y)]`` of address points. A point is a home when it
    serves nothing else and lies in no building, or in a dwelling without an address of its own:
    in an addressed dwelling it is that home again, in another building that building's address.
    """
    from shapely.geometry import Point
    from shapely.prepared import prep

    buildings = [area for area in areas if area[1].get("building")]
    index = GeometryIndex(shape for *_rest, shape in buildings)
    prepared = [prep(shape) for *_rest, shape in buildings]
    result = [home(osm_id, tags, x, y) for osm_id, tags, x, y, _shape in buildings if is_home_building(tags)]
    for osm_id, tags, x, y in points:
        if not tags.get("addr:housenumber") or serves_otherwise(tags):
            continue
        point = Point(x, y)
        around = [buildings[p][1] for p in index.candidates(point) if prepared[p].contains(point)]
        if all(is_dwelling(other) and not other.get("addr:housenumber") for other in around):
            result.append(home(osm_id, tags, x, y))
    return result
