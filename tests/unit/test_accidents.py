"""Unfallatlas files of different years read alike, checked against pandas' reading of the same files."""

import io

import pandas as pd
import pytest

from smartcity_qgis.core.errors import InputError
from smartcity_qgis.core.schoolroutes.accidents import read_accidents
from tests.support.unfallatlas import HEADERS

# accidents in Herrenberg (Böblingen, BW): id, category, pedestrian, cyclist, light, position
ACCIDENTS = [
    ("0820A1", 3, 1, 0, 0, "492713,42", "5382437,17", "8,873412", "48,596891"),
    ("0820A2", 2, 0, 1, 2, "491624,08", "5382270,95", "8,858622", "48,595384"),
    ("0820A3", 1, 1, 0, 1, "492280,55", "5382833,40", "8,867527", "48,600448"),
    ("0820A4", 3, 0, 0, 0, "492500,00", "5382500,00", "8,870517", "48,597456"),  # cars only
    ("0820A5", 2, 1, 1, 0, "", "", "", ""),  # no position
    ("0820A6", 0, 1, 0, 0, "492600,00", "5382600,00", "8,871876", "48,598357"),  # unknown category
]


def csv_file(year, rows=ACCIDENTS, encoding="utf-8"):
    header = HEADERS[year].split(";")
    lines = [";".join(header)]
    for accident_id, category, walk, cycle, light, x, y, lon, lat in rows:
        values = {
            "OBJECTID": "7",
            "OID_": "7",
            "UIDENTSTLAE": accident_id,
            "UIDENTSTLA": accident_id,
            "ULAND": "08",
            "UREGBEZ": "1",
            "UKREIS": "15",
            "UGEMEINDE": "028",
            "UJAHR": str(year),
            "UMONAT": "09",
            "USTUNDE": "07",
            "UWOCHENTAG": "3",
            "UKATEGORIE": str(category),
            "UART": "5",
            "UTYP1": "4",
            "ULICHTVERH": str(light),
            "LICHT": str(light),
            "IstRad": str(cycle),
            "IstFuss": str(walk),
            "LINREFX": x,
            "LINREFY": y,
            "XGCSWGS84": lon,
            "YGCSWGS84": lat,
        }
        lines.append(";".join(values.get(column, "0") for column in header))
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


@pytest.mark.parametrize("year", sorted(HEADERS))
def test_every_year_reads_alike_and_agrees_with_pandas(year):
    data = csv_file(year)
    read = read_accidents(data, f"Unfallorte{year}_LinRef.csv")
    table = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", dtype={"UIDENTSTLAE": str, "UIDENTSTLA": str})
    id_column = "UIDENTSTLAE" if "UIDENTSTLAE" in table else "UIDENTSTLA"
    expected = table[
        ((table["IstFuss"] == 1) | (table["IstRad"] == 1))
        & table["LINREFX"].notna()
        & table["UKATEGORIE"].between(1, 3)
    ]
    assert (
        [a.accident_id for a in read.accidents]
        == expected[id_column].tolist()
        == ["0820A1", "0820A2", "0820A3"]
    )
    assert [(a.x, a.y) for a in read.accidents] == list(zip(expected["LINREFX"], expected["LINREFY"]))
    assert [a.weight for a in read.accidents] == [1.0, 2.0, 3.0]
    assert [(a.pedestrian, a.bicycle, a.light) for a in read.accidents] == [
        (True, False, 0),
        (False, True, 2),
        (True, False, 1),
    ]
    first = read.accidents[0]
    assert (
        first.year,
        first.month,
        first.weekday,
        first.hour,
        first.kind,
        first.accident_type,
        first.epsg,
    ) == (year, 9, 3, 7, 5, 4, 25832)
    assert (read.rows, read.not_involved, read.without_position, read.without_category) == (6, 1, 1, 1)


def test_filters_by_who_was_involved():
    data = csv_file(2023)
    ids = {
        who: [a.accident_id for a in read_accidents(data, who=who).accidents]
        for who in ("walk", "cycle", "all")
    }
    assert ids == {
        "walk": ["0820A1", "0820A3"],
        "cycle": ["0820A2"],
        "all": ["0820A1", "0820A2", "0820A3", "0820A4"],
    }


def test_wgs84_only_files_and_latin1():
    header = "UIDENTSTLAE;UKATEGORIE;IstFuss;IstRad;XGCSWGS84;YGCSWGS84;Straße"
    data = f"{header}\n0820B1;2;1;0;8,873412;48,596891;Bronngasse\n".encode("latin-1")
    [accident] = read_accidents(data).accidents
    assert (accident.x, accident.y, accident.epsg) == (8.873412, 48.596891, 4326)


def test_a_file_that_is_not_the_accident_atlas_is_named():
    with pytest.raises(InputError, match="parking.csv is not an Unfallatlas file.*UKATEGORIE"):
        read_accidents(b"id;name;free\n1;Markt;20\n", "parking.csv")
    with pytest.raises(InputError, match="empty"):
        read_accidents(b"", "leer.csv")
