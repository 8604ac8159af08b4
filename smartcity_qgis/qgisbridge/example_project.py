"""The example project: the demo town shipped in the plugin, its analyses run and the results
styled in a QGIS project (Plugins ▸ Smart City ▸ Load example project; `make demo` writes the same
project with the sensor platform's results added)."""

import os
import shutil
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsHillshadeRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..core.errors import N_, InputError, SmartCityError
from ..core.files import TEMPORARY_SUFFIX, publish, remove_path
from ..processing.examples import OUTPUT_PARAMETER, offline_steps, step_outputs, with_places
from .i18n import tr
from .styles import apply_style

EXAMPLE_DATA = Path(__file__).resolve().parent.parent / "example"
PROJECT_FILE = "smartcity-demo.qgz"
PROJECT_CRS = "EPSG:25832"
LAYER_FILES = (".gpkg", ".tif", ".geojson")
# the demo town's own layers: (file in the data folder, layer name, provider, shown at first)
DATA_LAYERS = (
    ("herrenberg-minimal.osm.pbf|layername=lines", N_("Streets and paths (OpenStreetMap)"), "ogr", True),
    ("schools.geojson", N_("Schools (invented)"), "ogr", False),
    ("homes.geojson", N_("Homes (synthetic)"), "ogr", False),
    ("destinations.geojson", N_("Destinations"), "ogr", False),
    ("buildings.geojson", N_("Buildings (synthetic)"), "ogr", False),
    ("simulation-area.geojson", N_("Area of the 2D simulation"), "ogr", False),
    ("dgm1-synthetic.tif", N_("Terrain model DGM1 (synthetic)"), "gdal", True),
)
STREET_COLOUR = "#a0a0a0"
SHOWN_GROUP = "heavyrain"  # the result group ticked at first; the others are a tick away
# results left unticked at first, so the ticked ones make a readable map: (algorithm, output)
HIDDEN_AT_FIRST = {
    ("depressions", "OUTPUT"),
    ("depressions", "SINK_DEPTH"),
    ("flowpaths", "ACCUMULATION"),
    ("rainfillspill", "PONDS"),
    ("rainsimulation", "HAZARD"),
    ("rainsimulation", "MAX_SPEED"),
    ("schoolroutes", "OUTPUT"),
    ("schoolcatchments", "HOME_TIMES"),
    ("observations", "OUTPUT"),
    ("parkingstats", "PROFILE"),
    ("parkingforecast", "OUTPUT"),
    ("parkingforecast", "BACKTEST"),
}


def copy_example_data(folder):
    """Copy the demo town's files from the plugin into ``folder``; return it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for path in EXAMPLE_DATA.iterdir():
        if path.is_file():
            shutil.copyfile(path, folder / path.name)
    return folder


def example_runs(data, results, steps=None):
    """``(algorithm id, parameters)`` of each of ``steps`` (default: those that need no sensor
    platform) on the demo town in ``data``, writing into ``results``."""
    steps = offline_steps() if steps is None else steps
    places = {"data": str(data), "output": str(results)}
    runs = []
    for algorithm_id, filename, parameters in steps:
        values = {key: with_places(value, places, str) for key, value in parameters.items()}
        values[OUTPUT_PARAMETER.get(algorithm_id, "OUTPUT")] = str(Path(results) / filename)
        runs.append((algorithm_id, values))
    return runs


def write_example_project(path, data, results, steps=None):
    """Write the project ``path`` (.qgz, paths relative to it): the results of ``steps`` in one
    group per capability, styled, rasters under the vectors, and the demo town's data below."""
    steps = offline_steps() if steps is None else steps
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(PROJECT_CRS))
    project.setTitle(tr("Smart City example: Herrenberg"))
    groups = {}
    registry = QgsApplication.processingRegistry()
    for (algorithm_id, _filename, _parameters), files in zip(steps, step_outputs(steps)):
        algorithm = registry.algorithmById(algorithm_id)
        for key, name in files.items():
            file = Path(results) / name
            if file.suffix not in LAYER_FILES or not file.is_file():
                continue
            name = algorithm.parameterDefinition(key).description()
            if project.mapLayersByName(name):  # e.g. two runs of one algorithm
                name = f"{name} ({file.stem})"
            layer = file_layer(file, name)
            apply_style(layer, algorithm.name(), key)
            group = groups.get(algorithm.groupId())
            if group is None:
                group = groups[algorithm.groupId()] = project.layerTreeRoot().addGroup(algorithm.group())
                group.setItemVisibilityChecked(algorithm.groupId() == SHOWN_GROUP)
            node = add_layer(project, group, layer)
            node.setItemVisibilityChecked((algorithm.name(), key) not in HIDDEN_AT_FIRST)
    inputs = project.layerTreeRoot().addGroup(tr("Demo town data"))
    for source, name, provider, shown in DATA_LAYERS:
        layer = file_layer(Path(data) / source, tr(name), provider)
        add_layer(project, inputs, layer).setItemVisibilityChecked(shown)
        if source.endswith("layername=lines"):
            layer.renderer().symbol().setColor(QColor(STREET_COLOUR))  # a quiet base map
        if provider == "gdal":
            layer.setRenderer(QgsHillshadeRenderer(layer.dataProvider(), 1, 315.0, 45.0))
            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(layer.extent(), layer.crs()))
    save_project(project, Path(path))
    return Path(path)


def file_layer(path, name, provider=None):
    """The layer in ``path`` (a raster for .tif, else vector), named ``name``."""
    if provider == "gdal" or (provider is None and path.suffix == ".tif"):
        return QgsRasterLayer(str(path), name, "gdal")
    return QgsVectorLayer(str(path), name, "ogr")


def add_layer(project, group, layer):
    """Add ``layer`` to ``group``: vectors above the group's rasters, rasters at its bottom."""
    project.addMapLayer(layer, False)
    rasters = [node for node in group.findLayers() if isinstance(node.layer(), QgsRasterLayer)]
    if isinstance(layer, QgsRasterLayer) or not rasters:
        return group.addLayer(layer)
    return group.insertLayer(group.children().index(rasters[0]), layer)


def save_project(project, path):
    """Write ``project`` to a temporary file beside ``path`` (so relative paths are right), then
    rename it onto ``path``. The temporary's name starts with ``path``'s: QGIS names the project
    inside the .qgz after it."""
    temporary = str(path.with_name(f"{path.stem}.{os.getpid()}{TEMPORARY_SUFFIX}{path.suffix}"))
    try:
        if not project.write(temporary):
            raise SmartCityError(
                N_("The project {path} cannot be written ({reason})."), path=path, reason=project.error()
            )
        publish(temporary, str(path))
    finally:
        remove_path(temporary)


def start_example(folder):
    """Copy the demo town into ``folder``/data; return the runs that fill ``folder``/results."""
    folder = Path(folder)
    try:
        data = copy_example_data(folder / "data")
    except OSError as error:
        raise InputError(
            N_("The example project cannot be written to {folder} ({reason})."),
            folder=folder,
            reason=error.strerror or str(error),
        ) from None
    return example_runs(data, folder / "results")


def finish_example(folder):
    """Write the project of the finished runs in ``folder``; return its path."""
    folder = Path(folder)
    return write_example_project(folder / PROJECT_FILE, folder / "data", folder / "results")
