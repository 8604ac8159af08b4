"""A heavy-rain case both 2D solvers run: a 2 % slope east with ripples and two hollows, walls in
the north, south and west, free outflow in the east; block rain, then a run-on. Only numpy here:
the test imports it in the project's Python, ``anuga_run.py`` in the ANUGA venv."""

import numpy as np

WIDTH, HEIGHT = 80.0, 40.0  # m, the domain from x 0 … 80 (east) and y 0 … 40 (north)


def ground(x, y):
    """Terrain height (m) at ``x``, ``y`` (m)."""
    z = 0.02 * (WIDTH - x) + 0.05 * np.sin(x / 3.0) * np.cos(y / 4.0)
    z -= 0.6 * np.exp(-((x - 25.0) ** 2 + (y - 15.0) ** 2) / 40.0)
    return z - 0.4 * np.exp(-((x - 55.0) ** 2 + (y - 28.0) ** 2) / 25.0)


def cell_centres(cell):
    """``(x, y)`` of the cell centres, rows from north to south, for cells of ``cell`` m."""
    columns, rows = int(WIDTH / cell), int(HEIGHT / cell)
    x = (np.arange(columns) + 0.5) * cell
    y = HEIGHT - (np.arange(rows) + 0.5) * cell
    return np.meshgrid(x, y)
