"""Generators of hostile and awkward XML: entity bombs, external entities, and valid CityGML files
with thousands of members in every whitespace layout."""

import re

from tests.conftest import TEST_DATA

SAMPLE = TEST_DATA / "citygml" / "SIG3D_Building_LOD2-EPSG25832.gml"
LAYOUTS = {
    "newline": "\n",
    "tab": "\t",
    "nothing": "",
    "crlf and spaces": "  \r\n  ",
    "comment": "\n<!-- Block 7 -->\n",
}


def billion_laughs(levels=10):
    """A tiny document whose entities expand to 10^levels copies of a word."""
    declarations = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{level} "{("&lol" + str(level - 1) + ";") * 10}">' for level in range(1, levels)
    ]
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE CityModel [\n{chr(10).join(declarations)}\n]>\n'
        f'<CityModel xmlns="http://www.opengis.net/citygml/2.0"><cityObjectMember>&lol{levels - 1};'
        "</cityObjectMember></CityModel>\n"
    ).encode()


def external_entity(path):
    """A document whose parameter entity would make the parser open ``path``."""
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY % file SYSTEM "file://{path}"> %file;]>\n'
        '<d2:ParkingTable xmlns:d2="http://datex2.eu/schema/2/2_0"/>\n'
    ).encode()


def many_members(count, separator):
    """The SIG3D LoD2 sample with its one building repeated ``count`` times (ids made unique),
    members separated by ``separator`` only."""
    text = SAMPLE.read_text("utf-8")
    start = text.index("<cityObjectMember>")
    end = text.index("</cityObjectMember>") + len("</cityObjectMember>")
    member = text[start:end]
    members = [re.sub(r'gml:id="([^"]+)"', rf'gml:id="\1-{number}"', member) for number in range(count)]
    return (text[:start] + separator.join(members) + text[end:]).encode("utf-8")


def building_ids(count):
    return [f"GML_7b1a5a6f-ddad-4c3d-a507-3eb9ee0a8e68-{number}" for number in range(count)]
