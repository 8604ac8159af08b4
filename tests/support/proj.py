"""Coordinates converted by PROJ's own command-line tool, an independent reading of QGIS's transforms."""

import subprocess


def cs2cs(source, target, x, y):
    """``(x, y)`` of a point converted from ``source`` to ``target`` (e.g. "EPSG:25832") by cs2cs,
    in the order the CRSs define their axes (EPSG:4326: latitude first, in and out)."""
    answer = subprocess.run(
        ["cs2cs", "-d", "9", source, target], input=f"{x} {y}\n", capture_output=True, text=True, check=True
    )
    first, second = map(float, answer.stdout.split()[:2])
    return first, second
