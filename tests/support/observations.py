"""Observation pages as rows, for tests that look at observations one by one."""

from smartcity_qgis.core.platforms.connection import load_observation_pages
from smartcity_qgis.core.platforms.sensors import Observation


def observation_rows(pages):
    """The :class:`Observation` rows of pages of ``ObservationColumns``."""
    return [
        Observation(page.stream_id, *row)
        for page in pages
        for row in zip(page.starts, page.ends, page.values, page.texts)
    ]


def load_observations(*args, **kwargs):
    """The rows of ``load_observation_pages(*args, **kwargs)``."""
    return observation_rows(load_observation_pages(*args, **kwargs))
