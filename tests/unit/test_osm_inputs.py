"""Schools typed from their OSM tags; homes from addressed dwellings and address points."""

from shapely.geometry import box

from smartcity_qgis.core.schoolroutes.osm_inputs import PRIMARY, SECONDARY, homes, school_type, schools


def test_school_types_from_school_de_isced_level_and_the_name():
    assert school_type({"school:de": "Gymnasium", "isced:level": "2;3"}) == "Gymnasium"
    assert school_type({"school:de": "Grundschule;Werkrealschule"}) == "Grundschule"
    assert school_type({"isced:level": "1"}) == PRIMARY
    assert school_type({"isced:level": "2;3"}) == SECONDARY
    assert school_type({"isced:level": "1;2", "name": "Schule am Park"}) == f"{PRIMARY} / {SECONDARY}"
    assert school_type({"name": "Grundschule Nord"}) == PRIMARY
    assert school_type({"name": "Schickhardt-Realschule"}) == SECONDARY
    assert school_type({"name": "Freie Schule"}) == "Schule"


def test_only_schools_are_schools():
    found = schools(
        [("1", {"amenity": "school", "name": "GS"}, 8.0, 48.0), ("2", {"amenity": "kindergarten"}, 8.1, 48.1)]
    )
    assert [(school.osm_id, school.name) for school in found] == [("1", "GS")]


def test_homes_are_addressed_dwellings_and_address_points_outside_them():
    house = (
        "w1",
        {"building": "house", "addr:housenumber": "3", "addr:street": "Bachgasse"},
        0.5,
        0.5,
        box(0, 0, 1, 1),
    )
    church = ("w2", {"building": "church", "addr:housenumber": "1"}, 2.5, 0.5, box(2, 0, 3, 1))
    bakery = ("w3", {"building": "yes", "addr:housenumber": "5", "shop": "bakery"}, 4.5, 0.5, box(4, 0, 5, 1))
    unaddressed = ("w4", {"building": "yes"}, 6.5, 0.5, box(6, 0, 7, 1))
    points = [
        ("n1", {"addr:housenumber": "3"}, 0.5, 0.6),  # inside the house: the same home
        ("n2", {"addr:housenumber": "7"}, 6.5, 0.5),  # inside a building without address: a home
        ("n3", {"addr:housenumber": "9", "amenity": "pharmacy"}, 9.0, 9.0),
        ("n4", {"addr:housenumber": "11"}, 4.5, 0.5),  # the bakery's address
        ("n5", {"name": "Brunnen"}, 8.0, 8.0),
        ("n6", {"addr:housenumber": "13"}, 12.0, 12.0),  # outside every building
    ]
    park = ("w5", {"leisure": "park"}, 12.0, 12.0, box(10, 10, 14, 14))  # not a building
    found = homes([house, church, bakery, unaddressed, park], points)
    assert [(home.osm_id, home.street, home.housenumber) for home in found] == [
        ("w1", "Bachgasse", "3"),
        ("n2", "", "7"),
        ("n6", "", "13"),
    ]
