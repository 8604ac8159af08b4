"""Road accidents of the Unfallatlas (statistical offices of the Federation and the Länder) as
weighted hazard points for safe school routes.

The yearly CSV files (``Unfallorte<year>_LinRef.csv``) differ from year to year in the order and
spelling of their columns (``UIDENTSTLAE``/``UIDENTSTLA``, ``ULICHTVERH``/``LICHT``,
``OBJECTID``/``OID_`` …); they are separated by semicolons and use decimal commas. Columns read:
``UKATEGORIE`` (1 people killed, 2 seriously injured, 3 slightly injured), ``IstFuss`` and
``IstRad`` (a pedestrian or a cyclist involved), ``UJAHR``, ``UMONAT``, ``USTUNDE``,
``UWOCHENTAG`` (1 = Sunday), ``UART`` (kind of accident), ``UTYP1`` (type), ``ULICHTVERH`` (0
daylight, 1 twilight, 2 darkness) and the position: ``LINREFX``/``LINREFY`` (ETRS89 / UTM zone
32N, EPSG:25832) or, without them, ``XGCSWGS84``/``YGCSWGS84`` (WGS 84).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

from ..errors import N_, InputError

PROJECTED_EPSG = 25832
GEOGRAPHIC_EPSG = 4326
# our name: the spellings of the yearly files (compared without case)
COLUMNS = {
    "id": ("UIDENTSTLAE", "UIDENTSTLA", "OBJECTID", "OID_", "OBJECTID_1", "FID"),
    "category": ("UKATEGORIE",),
    "pedestrian": ("IstFuss",),
    "bicycle": ("IstRad",),
    "year": ("UJAHR",),
    "month": ("UMONAT",),
    "hour": ("USTUNDE",),
    "weekday": ("UWOCHENTAG",),
    "kind": ("UART",),
    "type": ("UTYP1",),
    "light": ("ULICHTVERH", "LICHT"),
    "x": ("LINREFX",),
    "y": ("LINREFY",),
    "lon": ("XGCSWGS84",),
    "lat": ("YGCSWGS84",),
}
# hazard weight by accident category: people killed, seriously injured, slightly injured
CATEGORY_WEIGHTS = {1: 3.0, 2: 2.0, 3: 1.0}
INVOLVED = ("walk_or_cycle", "walk", "cycle", "all")


@dataclass
class Accident:
    accident_id: str
    category: int
    pedestrian: bool
    bicycle: bool
    year: int | None
    month: int | None
    hour: int | None
    weekday: int | None
    kind: int | None
    accident_type: int | None
    light: int | None
    x: float
    y: float
    epsg: int

    @property
    def weight(self):
        return CATEGORY_WEIGHTS[self.category]


@dataclass
class AccidentFile:
    accidents: list
    rows: int = 0
    without_position: int = 0
    without_category: int = 0
    not_involved: int = 0


def decode(data):
    """The text of a CSV file: UTF-8 (with or without BOM), else Latin-1."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def number(text):
    """A float from ``"361000,1"`` or ``"7.005"``; None when empty or not a number."""
    try:
        value = float(str(text).strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def whole(text):
    value = number(text)
    return int(value) if value is not None and value == int(value) else None


def column_positions(header, name):
    """``{our name: column index}`` of an Unfallatlas header; an error naming ``name`` when the
    category or every position column is missing."""
    index_of = {column.strip().casefold(): index for index, column in enumerate(header)}
    positions = {}
    for ours, spellings in COLUMNS.items():
        found = next((index_of[s.casefold()] for s in spellings if s.casefold() in index_of), None)
        if found is not None:
            positions[ours] = found
    projected = {"x", "y"} <= positions.keys()
    geographic = {"lon", "lat"} <= positions.keys()
    if "category" not in positions or not (projected or geographic):
        raise InputError(
            N_(
                "{name} is not an Unfallatlas file: it needs the columns UKATEGORIE and LINREFX/"
                "LINREFY or XGCSWGS84/YGCSWGS84 (found: {columns})."
            ),
            name=name,
            columns=", ".join(header[:8]) + (" …" if len(header) > 8 else ""),
        )
    return positions


def position(row, positions):
    """``(x, y, epsg)`` of a row: the projected position, else the WGS 84 one; None without."""
    for x_name, y_name, epsg in (("x", "y", PROJECTED_EPSG), ("lon", "lat", GEOGRAPHIC_EPSG)):
        if x_name in positions and y_name in positions:
            x, y = number(row[positions[x_name]]), number(row[positions[y_name]])
            if x is not None and y is not None and (x, y) != (0.0, 0.0):
                return x, y, epsg
    return None


def involved(accident, who):
    """True when the accident concerns ``who`` (one of :data:`INVOLVED`)."""
    if who == "walk":
        return accident.pedestrian
    if who == "cycle":
        return accident.bicycle
    if who == "walk_or_cycle":
        return accident.pedestrian or accident.bicycle
    return True


def read_accidents(data, name="", who="walk_or_cycle"):
    """The :class:`AccidentFile` of the bytes of one Unfallatlas CSV file, with the accidents that
    concern ``who`` and the counts of rows left out and why."""
    text = decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise InputError(N_("{name} is empty."), name=name)
    positions = column_positions(header, name)
    result = AccidentFile([])
    width = max(positions.values()) + 1

    def field(row, ours, read=whole):
        return read(row[positions[ours]]) if ours in positions else None

    for row in reader:
        if not row or not any(cell.strip() for cell in row):
            continue
        result.rows += 1
        if len(row) < width:
            result.without_position += 1
            continue
        place = position(row, positions)
        category = field(row, "category")
        if place is None:
            result.without_position += 1
            continue
        if category not in CATEGORY_WEIGHTS:
            result.without_category += 1
            continue
        accident = Accident(
            accident_id=str(row[positions["id"]]).strip() if "id" in positions else str(result.rows),
            category=category,
            pedestrian=field(row, "pedestrian") == 1,
            bicycle=field(row, "bicycle") == 1,
            year=field(row, "year"),
            month=field(row, "month"),
            hour=field(row, "hour"),
            weekday=field(row, "weekday"),
            kind=field(row, "kind"),
            accident_type=field(row, "type"),
            light=field(row, "light"),
            x=place[0],
            y=place[1],
            epsg=place[2],
        )
        if involved(accident, who):
            result.accidents.append(accident)
        else:
            result.not_involved += 1
    return result
