"""GeoPackage details that not every QGIS version writes the way the standard says."""

import contextlib
import sqlite3


def quoted(name):
    """``name`` as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


# The R-tree triggers of a GeoPackage name these GDAL functions; they run only when a geometry or a
# row id changes, which an update of date-time text never does.
SPATIAL_FUNCTIONS = ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")


def not_reached(_geometry):
    raise sqlite3.OperationalError("a spatial function ran while only date-times were updated")


def mark_utc(path, columns):
    """End the DATETIME values of ``columns`` (in every table of the GeoPackage ``path``) with the
    'Z' of UTC that the standard requires: QGIS 3.22 writes UTC times without it, and readers then
    take them for local times (a peak at 12:00 in Berlin read as 11:00)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for function in SPATIAL_FUNCTIONS:  # named by the spatial index triggers, never reached here
            connection.create_function(function, 1, not_reached)
        tables = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")]
        for table in tables:
            present = {row[1] for row in connection.execute(f"PRAGMA table_info({quoted(table)})")}
            for column in sorted(present & set(columns)):
                name = quoted(column)
                connection.execute(
                    f"UPDATE {quoted(table)} SET {name} = {name} || 'Z' WHERE {name} IS NOT NULL "
                    f"AND {name} NOT LIKE '%Z' AND substr({name}, -6, 1) NOT IN ('+', '-')"
                )
        connection.commit()
