"""Expected free parking near destinations for a weekday/hour slot (straight-line walking reach)."""

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from .errors import N_
from .sources import InputError


def expected_occupancy(facilities, profile=None, weekday=None, hour=None):
    """Each facility's expected occupancy: its profile value at the slot, else its mean."""
    expected = pd.to_numeric(facilities["mean_occ"], errors="coerce")
    if profile is not None and len(profile):
        slot = profile[(profile["weekday"] == weekday) & (profile["hour"] == hour)]
        at_slot = (
            facilities["facility_id"]
            .astype(str)
            .map(slot.set_index(slot["facility_id"].astype(str))["mean_occ"])
        )
        expected = pd.to_numeric(at_slot, errors="coerce").fillna(expected)
    return expected


def availability(destinations, facilities, max_distance, min_free=1.0):
    """Per destination: facilities, capacity and expected free spaces within ``max_distance`` metres,
    the nearest facility with at least ``min_free`` expected free spaces, and a pressure index
    (capacity-weighted expected occupancy within reach, 0 = empty … 1 = full).

    ``destinations``: ``dest_id, x, y``; ``facilities``: ``facility_id, x, y, capacity, expected_occ``
    (coordinates in metres).
    """
    usable = facilities.dropna(subset=["x", "y", "capacity", "expected_occ"])
    usable = usable[usable["capacity"] > 0]
    if usable.empty:
        raise InputError(N_("No facility has a location, a capacity and an expected occupancy."))
    free = (usable["capacity"] * (1 - usable["expected_occ"].clip(upper=1.0))).clip(lower=0).to_numpy()
    capacity = usable["capacity"].to_numpy(float)
    points = usable[["x", "y"]].to_numpy(float)
    tree = cKDTree(points)
    with_space = np.flatnonzero(free >= min_free)
    space_tree = cKDTree(points[with_space]) if len(with_space) else None
    origins = destinations[["x", "y"]].to_numpy(float)
    rows = []
    for dest_id, origin, members in zip(
        destinations["dest_id"], origins, tree.query_ball_point(origins, max_distance)
    ):
        members = np.asarray(members, dtype=int)
        reach_capacity = capacity[members].sum()
        row = {
            "dest_id": dest_id,
            "facilities": len(members),
            "capacity": reach_capacity,
            "free": free[members].sum(),
            "pressure": 1 - free[members].sum() / reach_capacity if reach_capacity else np.nan,
            "nearest_id": None,
            "nearest_m": np.nan,
            "nearest_free": np.nan,
        }
        if space_tree is not None:
            distance, index = space_tree.query(origin)
            nearest = with_space[index]
            row.update(
                nearest_id=usable["facility_id"].iloc[nearest], nearest_m=distance, nearest_free=free[nearest]
            )
        rows.append(row)
    return pd.DataFrame(rows)
