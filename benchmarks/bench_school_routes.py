"""School routes at town scale: ours vs QGIS's native:shortestpathlayertopoint, same network and homes.

A 301 × 301 street grid (90,601 nodes, 20 m blocks, some fast roads and crossings), 10,000 homes and
20 schools. Ours: every home's shortest and safest route to its nearest school, hotspot counts and
the 5/10/15/20-minute catchment polygons of every school. QGIS: native:shortestpathlayertopoint
from the same homes to ONE school (the native tool routes to one point per run), timed on a sample
of homes and scaled to 10,000.
Prints both times, the ratio (goal ≥ 100) and our peak Python memory.
"""

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smartcity_qgis.core.schoolroutes.routes import catchment_grids, school_routes, walking_minutes  # noqa: E402
from smartcity_qgis.core.schoolroutes.walk_network import build_network  # noqa: E402

SIDE, BLOCK, HOMES, SCHOOLS, QGIS_SAMPLE = 301, 20.0, 10_000, 20, 200


def grid_ways():
    """Streets of the grid; every 25th street is a fast main road without sidewalk."""
    ways = []
    for index in range(SIDE):
        highway, tags = (
            ("primary", {"maxspeed": "50"}) if index % 25 == 0 else ("residential", {"maxspeed": "30"})
        )
        line = [(0.0, index * BLOCK), ((SIDE - 1) * BLOCK, index * BLOCK)]
        ways.append((np.array(line), highway, tags))
        ways.append((np.array([(y, x) for x, y in line]), highway, tags))
    return ways


def ours(network, homes, schools):
    from smartcity_qgis.qgisbridge.rasters import mask_geometry

    result = school_routes(network, homes, schools)
    nodes = result.school_nodes[result.school_nodes >= 0]
    grid = catchment_grids(network, walking_minutes(network, nodes), (5, 10, 15, 20))
    for mask in grid.masks.values():
        mask_geometry(mask, grid.left, grid.top, grid.cell)
    return result


def qgis_native(network, homes, school_xy):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    folder = Path(tempfile.mkdtemp())
    lines = QgsVectorLayer("LineString?crs=EPSG:25832", "network", "memory")
    features = []
    for geometry in network.geometry:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in geometry]))
        features.append(feature)
    lines.dataProvider().addFeatures(features)
    points = QgsVectorLayer("Point?crs=EPSG:25832", "homes", "memory")
    sample = []
    for x, y in homes[["x", "y"]].to_numpy()[:QGIS_SAMPLE]:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        sample.append(feature)
    points.dataProvider().addFeatures(sample)
    started = time.perf_counter()
    processing.run(
        "native:shortestpathlayertopoint",
        {
            "INPUT": lines,
            "STRATEGY": 0,
            "START_POINTS": points,
            "END_POINT": f"{school_xy[0]},{school_xy[1]} [EPSG:25832]",
            "TOLERANCE": 0.01,
            "OUTPUT": str(folder / "routes.gpkg"),
        },
    )
    return (time.perf_counter() - started) * HOMES / QGIS_SAMPLE


def main():
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    generator = np.random.default_rng(1)
    network = build_network(grid_ways(), max_edge_m=BLOCK)
    extent = (SIDE - 1) * BLOCK
    homes = pd.DataFrame(generator.uniform(0, extent, (HOMES, 2)), columns=["x", "y"]).assign(weight=1.0)
    schools = pd.DataFrame(generator.uniform(0, extent, (SCHOOLS, 2)), columns=["x", "y"])
    started = time.perf_counter()
    ours(network, homes, schools)
    our_seconds = time.perf_counter() - started
    tracemalloc.start()
    ours(network, homes, schools)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    native_seconds = qgis_native(network, homes, schools.iloc[0].to_numpy())
    size = f"{len(network.xy)} nodes, {len(network.length)} edges, {HOMES} homes, {SCHOOLS} schools"
    print(f"school routes: {size}")
    print(
        f"  ours (shortest + safest to nearest school, hotspots, catchments)  {our_seconds:8.2f} s, "
        f"peak {peak / 1e6:.0f} MB"
    )
    print(
        f"  QGIS native:shortestpathlayertopoint, one school, {QGIS_SAMPLE} homes scaled to {HOMES}  "
        f"{native_seconds:8.2f} s"
    )
    print(f"  ratio QGIS/ours = {native_seconds / our_seconds:.0f}  (goal ≥ 100; QGIS does 1/40 of the work)")


if __name__ == "__main__":
    main()
