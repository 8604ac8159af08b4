"""Availability near destinations: reach, expected free spaces, nearest facility, pressure."""

import pandas as pd
import pytest

from smartcity_qgis.core.parking.availability import availability, expected_occupancy

FACILITIES = pd.DataFrame(
    {
        "facility_id": ["F1", "F2", "F3"],
        "x": [0.0, 300.0, 5000.0],
        "y": [0.0, 0.0, 0.0],
        "capacity": [100, 50, 20],
        "mean_occ": [0.5, 0.5, 0.5],
    }
)
PROFILE = pd.DataFrame(
    {
        "facility_id": ["F1", "F2", "F1"],
        "weekday": [5, 5, 0],
        "hour": [11, 11, 11],
        "mean_occ": [0.9, 0.2, 0.1],
    }
)


def test_expected_occupancy_uses_the_slot_and_falls_back_to_the_mean():
    expected = expected_occupancy(FACILITIES, PROFILE, weekday=5, hour=11)
    assert expected.tolist() == [0.9, 0.2, 0.5]


def test_free_spaces_within_reach_nearest_and_pressure():
    facilities = FACILITIES.assign(expected_occ=[0.9, 0.2, 1.0])
    destinations = pd.DataFrame(
        {"dest_id": ["Rathaus", "Markt", "Freibad"], "x": [100.0, 250.0, 4000.0], "y": [0.0, 0.0, 0.0]}
    )
    result = availability(destinations, facilities, max_distance=150).set_index("dest_id")
    rathaus, markt, freibad = result.loc["Rathaus"], result.loc["Markt"], result.loc["Freibad"]
    assert (rathaus["facilities"], rathaus["free"], rathaus["pressure"]) == (
        1,
        pytest.approx(10),
        pytest.approx(0.9),
    )
    assert (rathaus["nearest_id"], rathaus["nearest_m"]) == ("F1", 100)
    assert (markt["facilities"], markt["free"], markt["pressure"]) == (
        1,
        pytest.approx(40),
        pytest.approx(0.2),
    )
    assert (markt["nearest_id"], markt["nearest_m"]) == ("F2", 50)
    # nothing in reach; the full facility F3 (1000 m) is skipped for the nearest with free space
    assert freibad["facilities"] == 0 and pd.isna(freibad["pressure"])
    assert (freibad["nearest_id"], freibad["nearest_m"]) == ("F2", 3700)


def test_walking_distances_along_a_network_replace_the_straight_line():
    from smartcity_qgis.core.schoolroutes.routes import network_distances
    from smartcity_qgis.core.schoolroutes.walk_network import build_network

    # a river between destination and car park: the only bridge is 300 m to the east
    network = build_network(
        [
            ([(0, 0), (300, 0), (300, 100), (0, 100)], "footway", {}),
        ]
    )
    destinations = pd.DataFrame({"dest_id": ["Rathaus"], "x": [0.0], "y": [0.0]})
    facilities = pd.DataFrame(
        {"facility_id": ["P"], "x": [0.0], "y": [100.0], "capacity": [50], "expected_occ": [0.5]}
    )
    distances = network_distances(network, destinations[["x", "y"]], facilities[["x", "y"]])
    assert distances[0, 0] == pytest.approx(700)
    near = availability(destinations, facilities, max_distance=400).iloc[0]
    around = availability(destinations, facilities, max_distance=400, distances=distances).iloc[0]
    assert (near["facilities"], near["nearest_m"]) == (1, pytest.approx(100))
    assert (around["facilities"], around["nearest_m"]) == (0, pytest.approx(700))
