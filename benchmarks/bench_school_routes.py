"""School routes at town scale, whole runs as a user makes them: ``smartcity:schoolroutes`` against
QGIS's ``native:shortestpathlayertopoint`` on the same GeoPackages.

A 301 × 301 street grid (90,601 nodes, 180,600 edges of 20 m; every 25th street a 50 km/h main
road without sidewalk) as a walking-network GeoPackage, 10,000 homes and 20 schools. Ours: one
``qgis_process``-like run (read the layers, route every home to its nearest school along the
shortest and the safest route, write the homes GeoPackage). QGIS routes to one point per run, so
finding each home's nearest school takes one run per school with all homes: each round times it
for one school with 25 and with 250 homes, splitting the run into its one-time part (reading the
network, building the graph) and its cost per home. The goal compares with ONE such run (one-time
part + 10,000 × per home), which does a twentieth of our work, and all 20 runs are printed too.
Interleaved rounds, each run in a fresh Python.
"""

import json
import statistics
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from fair import fresh, interleave, ratios, start_qgis, verdict

REPO = Path(__file__).resolve().parent.parent
SIDE, BLOCK, HOMES, SCHOOLS = 301, 20.0, 10_000, 20
SAMPLES = (25, 250)  # far apart, so that the cost per home stands out of the noise of the one-time part
EDGE_FIELDS = (("highway", "String"), ("speed_kmh", "Real"), ("sidewalk", "Integer"))


def write_layer(path, geometry_type, fields, rows):
    """A GeoPackage layer in EPSG:25832 of ``rows`` = [(WKT, values)], written in one transaction."""
    from osgeo import ogr, osr

    reference = osr.SpatialReference()
    reference.ImportFromEPSG(25832)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer(path.stem, reference, geometry_type)
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, getattr(ogr, f"OFT{kind}")))
    layer.StartTransaction()
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for (name, _kind), value in zip(fields, values):
            feature.SetField(name, value)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None


def write_inputs(folder):
    """network.gpkg, homes.gpkg, homes-25/100.gpkg (their first homes) and schools.gpkg."""
    import numpy as np
    from osgeo import ogr

    edges = []
    for line in range(SIDE):
        main = line % 25 == 0
        values = ("primary", 50.0, 0) if main else ("residential", 30.0, 1)
        for step in range(SIDE - 1):
            a, b = step * BLOCK, (step + 1) * BLOCK
            edges.append((f"LINESTRING ({a} {line * BLOCK}, {b} {line * BLOCK})", values))
            edges.append((f"LINESTRING ({line * BLOCK} {a}, {line * BLOCK} {b})", values))
    write_layer(folder / "network.gpkg", ogr.wkbLineString, EDGE_FIELDS, edges)
    generator = np.random.default_rng(1)
    extent = (SIDE - 1) * BLOCK
    homes = [(f"POINT ({x} {y})", ()) for x, y in generator.uniform(0, extent, (HOMES, 2))]
    schools = [(f"POINT ({x} {y})", ()) for x, y in generator.uniform(0, extent, (SCHOOLS, 2))]
    write_layer(folder / "homes.gpkg", ogr.wkbPoint, (), homes)
    for count in SAMPLES:
        write_layer(folder / f"homes-{count}.gpkg", ogr.wkbPoint, (), homes[:count])
    write_layer(folder / "schools.gpkg", ogr.wkbPoint, (), schools)
    return schools[0][0][len("POINT (") : -1].replace(" ", ",")


def run(kind, folder, school):
    """One whole run in this fresh process; its seconds."""
    application, processing, plugin = start_qgis(REPO)
    if kind == "ours":
        algorithm = "smartcity:schoolroutes"
        parameters = {"NETWORK": f"{folder}/network.gpkg", "ORIGINS": f"{folder}/homes.gpkg"}
        parameters.update(SCHOOLS=f"{folder}/schools.gpkg", OUTPUT=f"{folder}/routes-ours.gpkg")
    else:
        algorithm = "native:shortestpathlayertopoint"
        parameters = {"INPUT": f"{folder}/network.gpkg", "STRATEGY": 0, "TOLERANCE": 0.01}
        parameters.update(START_POINTS=f"{folder}/{kind}.gpkg", END_POINT=f"{school} [EPSG:25832]")
        parameters.update(OUTPUT=f"{folder}/routes-{kind}.gpkg")
    started = time.perf_counter()
    processing.run(algorithm, parameters)
    return {"seconds": time.perf_counter() - started}


def main():
    with TemporaryDirectory(dir=REPO / "build") as folder:
        school = write_inputs(Path(folder))
        kinds = ["ours"] + [f"homes-{count}" for count in SAMPLES]
        runs = interleave({kind: lambda kind=kind: fresh(__file__, kind, folder, school) for kind in kinds})
    seconds = {kind: [run["seconds"] for run in runs[kind]] for kind in kinds}
    few, many = (seconds[f"homes-{count}"] for count in SAMPLES)
    per_home = [(b - a) / (SAMPLES[1] - SAMPLES[0]) for a, b in zip(few, many)]
    one_time = [a - SAMPLES[0] * home for a, home in zip(few, per_home)]
    one_school = [fixed + HOMES * home for fixed, home in zip(one_time, per_home)]
    print(
        f"school routes: {SIDE * SIDE} nodes, {2 * SIDE * (SIDE - 1)} edges, {HOMES} homes, {SCHOOLS} schools"
    )
    print(
        f"  smartcity:schoolroutes, whole run            median {statistics.median(seconds['ours']):8.2f} s"
    )
    print(
        f"  native:shortestpathlayertopoint, one school: {statistics.median(one_time):.2f} s once per run "
        f"+ {statistics.median(per_home) * 1000:.1f} ms per home"
    )
    middle = statistics.median(one_school)
    print(
        f"    → one school with {HOMES} homes: median {middle:.0f} s; "
        f"{SCHOOLS} schools: {SCHOOLS * middle:.0f} s"
    )
    verdict(
        "school routes: QGIS for one school / smartcity:schoolroutes for all",
        ratios(one_school, seconds["ours"]),
        100,
        False,
    )
    verdict("school routes: smartcity:schoolroutes whole run", seconds["ours"], 5, unit=" s")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        print(json.dumps(run(*sys.argv[2:5])))
    else:
        main()
