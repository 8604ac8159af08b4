"""Expected free parking near destinations for a weekday/hour slot (straight-line walking reach)."""

from __future__ import annotations

from ..errors import N_, InputError
from ..lazy import LazyModule

np = LazyModule("numpy")
pd = LazyModule("pandas")
distance = LazyModule("scipy.spatial.distance")


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


def availability(destinations, facilities, max_distance, min_free=1.0, distances=None):
    """Per destination: facilities, capacity and expected free spaces within ``max_distance`` metres,
    the nearest facility with at least ``min_free`` expected free spaces, and a pressure index
    (capacity-weighted expected occupancy within reach, 0 = empty … 1 = full).

    ``destinations``: ``dest_id, x, y``; ``facilities``: ``facility_id, x, y, capacity, expected_occ``
    (coordinates in metres). ``distances`` (destinations × facilities, metres along a walking
    network; inf where unreachable) replaces the straight-line distances.
    """
    usable = np.flatnonzero(
        facilities[["x", "y", "capacity", "expected_occ"]].notna().all(axis=1).to_numpy()
        & (pd.to_numeric(facilities["capacity"], errors="coerce").fillna(0) > 0).to_numpy()
    )
    if not len(usable):
        raise InputError(N_("No facility has a location, a capacity and an expected occupancy."))
    chosen = facilities.iloc[usable]
    free = (chosen["capacity"] * (1 - chosen["expected_occ"].clip(upper=1.0))).clip(lower=0).to_numpy(float)
    capacity = chosen["capacity"].to_numpy(float)
    if distances is None:
        distances = distance.cdist(
            destinations[["x", "y"]].to_numpy(float), facilities[["x", "y"]].to_numpy(float)
        )
    distances = np.asarray(distances, dtype=float)[:, usable]
    reach = distances <= max_distance
    reach_capacity = reach @ capacity
    reach_free = reach @ free
    to_space = np.where(free[None, :] >= min_free, distances, np.inf)
    nearest = np.argmin(to_space, axis=1) if to_space.size else np.zeros(len(destinations), dtype=int)
    nearest_m = (
        to_space[np.arange(len(destinations)), nearest]
        if to_space.size
        else np.full(len(destinations), np.inf)
    )
    found = np.isfinite(nearest_m)
    with np.errstate(invalid="ignore", divide="ignore"):
        pressure = np.where(reach_capacity > 0, 1 - reach_free / reach_capacity, np.nan)
    return pd.DataFrame(
        {
            "dest_id": destinations["dest_id"].to_numpy(),
            "facilities": reach.sum(axis=1),
            "capacity": reach_capacity,
            "free": reach_free,
            "pressure": pressure,
            "nearest_id": np.where(found, chosen["facility_id"].to_numpy(dtype=object)[nearest], None),
            "nearest_m": np.where(found, nearest_m, np.nan),
            "nearest_free": np.where(found, free[nearest], np.nan),
        }
    )
