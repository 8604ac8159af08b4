"""smartcity:districtterrain — filling, sink depth and contributing area of a district's DEM tiles,
tile by tile in QGIS or on a Dask cluster."""

from __future__ import annotations

import os
from contextlib import nullcontext

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import engines
from ...core.errors import N_, InputError
from ...core.heavyrain.district import DEFAULT_TILE_SIZE, analyse_district
from ...qgisbridge.compat import FILE_BEHAVIOR_FOLDER, NUMBER_INTEGER, SOURCE_POINT, WKB_POINT
from ...qgisbridge.frames import point_geometries, write_frame
from ...qgisbridge.i18n import local_format
from ...qgisbridge.layers import make_fields
from ..base import SmartCityAlgorithm
from . import params as inputs
from .depressions import DEPRESSION_FIELDS

ENGINES = ("auto", "qgis", "scheduler")
# The whole-raster depression fields up to the water level (pour point and catchments need one raster).
POINT_FIELDS = DEPRESSION_FIELDS[: [name for name, _kind in DEPRESSION_FIELDS].index("pour_z") + 1]
# Share of the run per step, for the progress bar (filling dominates).
STEP_SHARES = {
    "fill": 0.35,
    "distances": 0.15,
    "flow": 0.2,
    "depressions": 0.05,
    "write": 0.25,
}


class DistrictTerrainAlgorithm(SmartCityAlgorithm):
    ALG_ID = "districtterrain"
    GROUP_ID = "heavyrain"
    TILES = "TILES"
    DEM = "DEM"
    TILES_CRS = "TILES_CRS"
    TILE_SIZE = "TILE_SIZE"
    ENGINE = "ENGINE"
    SCHEDULER = "SCHEDULER"
    MIN_DEPTH = inputs.MIN_DEPTH
    OUTPUT = "OUTPUT"
    DEPRESSIONS = "DEPRESSIONS"
    RESULTS = {"FILLED": "filled", "SINK_DEPTH": "sink_depth", "CONTRIBUTING_AREA": "contributing_area"}

    def displayName(self):
        return self.tr("Large area: filling and flow from DEM tiles")

    def help_text(self):
        return self.tr(
            "For a district or Landkreis whose DGM1 does not fit in memory: reads a folder of DEM "
            "tiles (GeoTIFF, ESRI ASCII grid or XYZ; give the CRS for tiles without one) or one "
            "large raster (e.g. a VRT) as a virtual mosaic, never whole, and computes tile by tile "
            "the exactly filled surface, the sink depth (filled surface minus DEM), the D8 "
            "contributing area (m²) and the depressions (a point at the deepest cell with area, "
            "maximum and mean depth, volume and water level). Tiles are joined exactly across their "
            "borders: the results are identical, cell for cell and depression for depression, to "
            "those of 'Depressions (sinks)' and 'Flow paths' (D8) on the whole raster.\n\n"
            "Where it runs: 'Automatic' uses a Dask cluster on this computer's cores when the Python "
            "packages dask and distributed are installed, else QGIS computes the tiles one after "
            "another. With a Dask scheduler address (e.g. tcp://10.0.0.5:8786) a city's cluster "
            "computes them; its workers need Python with numpy, GDAL's Python bindings (numba for "
            "speed) and must reach the tiles and the output folder under the same paths.\n\n"
            "Results in the output folder: filled.vrt, sink_depth.vrt and contributing_area.vrt, each "
            "over a subfolder of Cloud-Optimised GeoTIFF tiles. Depression outlines, pour points "
            "and catchments, fill-spill and the 2D simulation work on one raster: run them per "
            "sub-area (e.g. clipped to a catchment).\n\n"
            "Example: processing.run('smartcity:districtterrain', {'TILES': '/data/dgm1', "
            "'TILES_CRS': 'EPSG:25832', 'OUTPUT': '/data/district'})"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.TILES,
                self.tr("Folder of DEM tiles (GeoTIFF, ASCII grid, XYZ)"),
                behavior=FILE_BEHAVIOR_FOLDER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.DEM, self.tr("Or one DEM raster, e.g. a VRT"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.TILES_CRS, self.tr("CRS of tiles without one (e.g. XYZ)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TILE_SIZE,
                self.tr("Tile size (cells)"),
                NUMBER_INTEGER,
                DEFAULT_TILE_SIZE,
                minValue=64,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ENGINE,
                self.tr("Run on"),
                [
                    self.tr("Automatic: Dask on this computer's cores if installed, else QGIS"),
                    self.tr("QGIS, one tile after another"),
                    self.tr("The Dask scheduler below"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SCHEDULER, self.tr("Dask scheduler address (e.g. tcp://10.0.0.5:8786)"), optional=True
            )
        )
        inputs.add_min_depth(self)
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Output folder")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.DEPRESSIONS, self.tr("Depressions (deepest point)"), SOURCE_POINT
            )
        )
        for output, name in zip(
            self.RESULTS, (self.tr("Filled surface"), self.tr("Sink depth"), self.tr("Contributing area"))
        ):
            self.addOutput(QgsProcessingOutputRasterLayer(output, name))

    def process(self, parameters, context, feedback):
        folder = self.parameterAsFile(parameters, self.TILES, context)
        layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if not folder and layer is None:
            raise InputError(N_("Choose a folder of DEM tiles or a DEM raster."))
        dem = folder or layer.source().split("|")[0]
        crs = self.parameterAsCrs(parameters, self.TILES_CRS, context)
        output = self.parameterAsString(parameters, self.OUTPUT, context)
        monitor = engines.Monitor(report=progress_reporter(self, feedback), stopped=feedback.isCanceled)
        remote = ENGINES[self.parameterAsEnum(parameters, self.ENGINE, context)] == "scheduler"
        # a cluster's workers compile with their own numba (if they have it) into their own cache
        cache = None if remote else inputs.numba_cache(feedback)
        kernel_options = (
            {"compiled": None, "cache_dir": None}
            if remote
            else {"compiled": cache is not None, "cache_dir": cache}
        )
        with self.engine(parameters, context, feedback) as engine:
            run = analyse_district(
                dem,
                output,
                self.parameterAsInt(parameters, self.TILE_SIZE, context),
                crs.toWkt() if crs.isValid() else None,
                engine,
                monitor,
                self.parameterAsDouble(parameters, self.MIN_DEPTH, context),
                **kernel_options,
            )
        paths, layout, table = run.paths, run.layout, run.depressions
        feedback.pushInfo(
            local_format(
                self.tr(
                    "{cells:,} cells in {tiles} tiles written to {folder}; {count} depressions "
                    "holding {volume:,.0f} m³."
                ),
                cells=layout.rows * layout.columns,
                tiles=layout.count,
                folder=output,
                count=len(table),
                volume=table["volume_m3"].sum(),
            )
        )
        sink, depressions = self.create_sink(
            parameters,
            self.DEPRESSIONS,
            context,
            make_fields(POINT_FIELDS),
            WKB_POINT,
            QgsCoordinateReferenceSystem.fromWkt(run.crs_wkt),
        )
        write_frame(sink, table, POINT_FIELDS, feedback, point_geometries(table))
        results = {self.OUTPUT: output, self.DEPRESSIONS: depressions}
        for output_name, result in self.RESULTS.items():
            results[output_name] = paths[result]
            if context.project() is not None:
                details = QgsProcessingContext.LayerDetails(
                    os.path.basename(paths[result]), context.project(), output_name
                )
                context.addLayerToLoadOnCompletion(paths[result], details)
        return results

    def engine(self, parameters, context, feedback):
        """Where the tiles run: a context giving the engine (closed after the run)."""
        choice = ENGINES[self.parameterAsEnum(parameters, self.ENGINE, context)]
        address = self.parameterAsString(parameters, self.SCHEDULER, context).strip()
        if choice == "scheduler":
            if not address:
                raise InputError(N_("Give the address of the Dask scheduler (e.g. tcp://10.0.0.5:8786)."))
            feedback.pushInfo(
                self.tr("Running the tiles on the Dask scheduler at {address}.").format(address=address)
            )
            return engines.open_engine(address)
        if choice == "auto" and engines.dask_available():
            feedback.pushInfo(
                self.tr("Running the tiles on a Dask cluster of {workers} workers on this computer.").format(
                    workers=os.cpu_count()
                )
            )
            return engines.open_engine(workers=os.cpu_count())
        if choice == "auto":
            feedback.pushInfo(self.tr("Dask is not installed: QGIS computes the tiles one after another."))
        return nullcontext(engines.SerialEngine())


def progress_reporter(algorithm, feedback):
    """A ``report(step, done, total)`` that moves the progress bar through the steps."""
    steps = list(STEP_SHARES)
    texts = {
        "fill": algorithm.tr("Filling the tiles …"),
        "distances": algorithm.tr("Draining the flats across tiles …"),
        "flow": algorithm.tr("Flow directions per tile …"),
        "depressions": algorithm.tr("Depressions across tiles …"),
        "write": algorithm.tr("Writing the result tiles …"),
    }

    def report(step, done, total):
        before = sum(STEP_SHARES[name] for name in steps[: steps.index(step)])
        feedback.setProgressText(texts[step])
        feedback.setProgress(100.0 * (before + STEP_SHARES[step] * done / max(total, 1)))

    return report
