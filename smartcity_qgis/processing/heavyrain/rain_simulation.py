"""smartcity:rainsimulation — a design rain on the DEM in two dimensions: depth, velocity, hazard."""

from __future__ import annotations

import os
import time

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDateTime, QMetaType, Qt, QTime

from ...core.errors import N_, InputError
from ...core.heavyrain import simulation
from ...core.lazy import LazyModule
from ...qgisbridge.compat import (
    FIELD_NUMERIC,
    NUMBER_DOUBLE,
    SOURCE_POINT,
    SOURCE_VECTOR,
    WKB_NONE,
    WKB_POINT,
)
from ...qgisbridge.frames import point_geometries, python_value, write_frame
from ...qgisbridge.i18n import local_format
from ...qgisbridge.layers import make_fields
from ...qgisbridge.rasters import write_raster
from ...qgisbridge.styles import post_process_on_load
from ...qgisbridge.temporal import TimeSliceOnLoad
from ..base import SmartCityAlgorithm, field_name
from . import params as inputs

BALANCE_FIELDS = (
    ("minute", QMetaType.Type.Double),
    ("rain_m3", QMetaType.Type.Double),
    ("losses_m3", QMetaType.Type.Double),
    ("stored_m3", QMetaType.Type.Double),
    ("outflow_m3", QMetaType.Type.Double),
)
ARROW_FIELDS = (
    ("speed", QMetaType.Type.Double),
    ("direction", QMetaType.Type.Double),
    ("depth", QMetaType.Type.Double),
)
ARROW_SPACING_M = 5.0
ARROW_MIN_SPEED = 0.1  # m/s: slower flow gets no arrow
np = LazyModule("numpy")
pd = LazyModule("pandas")
BUILDINGS_AS_HOLES = 1  # index of "impermeable holes" in BUILDINGS_AS


class RainSimulationAlgorithm(SmartCityAlgorithm):
    ALG_ID = "rainsimulation"
    GROUP_ID = "heavyrain"
    SCENARIO = inputs.SCENARIO
    RAIN_MM = inputs.RAIN_MM
    DURATION = "DURATION"
    HYETOGRAPH = "HYETOGRAPH"
    GAUGE = "GAUGE"
    GAUGE_TIME = "GAUGE_TIME"
    GAUGE_MM = "GAUGE_MM"
    EULER_DEPTHS = "EULER_DEPTHS"
    RUN_ON = "RUN_ON"
    MANNING = "MANNING"
    LOSS_MM_H = "LOSS_MM_H"
    BUILDINGS_AS = "BUILDINGS_AS"
    HAZARD_DEPTHS = "HAZARD_DEPTHS"
    HAZARD_SPEEDS = "HAZARD_SPEEDS"
    MAX_DEPTH = "MAX_DEPTH"
    MAX_SPEED = "MAX_SPEED"
    HAZARD = "HAZARD"
    TIME_OF_MAX = "TIME_OF_MAX"
    BALANCE = "BALANCE"
    ARROWS = "ARROWS"
    SNAPSHOTS = "SNAPSHOTS"
    START = "START"

    def displayName(self):
        return self.tr("Design rain: 2D simulation")

    def help_text(self):
        return self.tr(
            "Simulates a design rain on the terrain model in two dimensions: how deep and how fast "
            "the water flows, and when. A local-inertial shallow-water scheme (Bates et al. 2010, "
            "de Almeida et al. 2012) on the DEM's cells with Manning roughness, an adaptive time "
            "step, losses (infiltration and drainage) as a rate, and free outflow at the edge of "
            "the DEM and into nodata. Roughness and losses are constants, or come cell by cell from "
            "a raster and from polygons such as land use with a field (these win where they lie), "
            "e.g. n 0.015 on streets and 0.05 on meadows, or the sewer's capacity in mm/h on "
            "sealed areas. Buildings are either raised blocks (their roofs' rain runs "
            "off onto the ground around them) or impermeable holes: water flows around them and "
            "their roofs' rain drains into the sewer (counted with the losses). The rain is a "
            "scenario or an own depth spread evenly over the duration, or a hyetograph table "
            "'minute:mm, …' (e.g. "
            "'10:5, 20:25, 30:10': 5 mm in the first ten minutes, 25 mm in the next …), or an "
            "Euler type II design storm (DWA-A 118) built from the depths by duration of one return "
            "period, e.g. the KOSTRA-DWD-2020 values of your grid cell: '5:9.8, 10:14.5, 15:17.6, "
            "20:19.9, 30:23.1, 45:26.4, 60:28.7' gives an hour of rain in 5-minute blocks, the "
            "heaviest at minute 20-25. Or a real event replayed: a rain gauge's observations (e.g. "
            "from 'Fetch observations'; each value the rain in mm since the one before), which also "
            "set the snapshots' time axis. The run lasts the rain plus the run-on time.\n\n"
            "Results: maximum water depth (m), maximum flow velocity (m/s), a hazard class per cell "
            "(the higher of the depth class 0.1 / 0.5 / 1 m and the velocity class 0.2 / 0.5 / 2 m/s: "
            "0 low … 3 very high; both sets of bounds can be changed), the minute of the deepest "
            "water, and the water balance every ten "
            "minutes (rain = losses + stored + outflow, kept exactly); optionally flow arrows "
            "every 5 m where the water ran at 0.1 m/s or faster, with the speed, direction "
            "(degrees from north) and depth at its fastest, and the water depth every ten minutes "
            "as GeoTIFFs in a folder, which load as a series for the Temporal Controller "
            "(View → Panels → Temporal Controller) to play the event.\n\n"
            "What it does not do: sewer network hydraulics (give the sewer's capacity as a loss "
            "rate), infiltration that changes over time, flow through buildings. It runs in numpy, "
            "or compiled with numba where that is installed (about twice as fast): 1 ha at 1 m and "
            "an hour of rain takes seconds, a square kilometre hours — simulate the area of interest "
            "(analysis area) and use 'Design rain: fill and spill' for whole towns."
        )

    def initAlgorithm(self, config=None):
        inputs.add_terrain_inputs(self)
        add = self.addParameter
        inputs.add_rain_inputs(self)
        add(
            QgsProcessingParameterNumber(
                self.DURATION, self.tr("Rain duration (minutes)"), NUMBER_DOUBLE, 60.0, minValue=1.0
            )
        )
        add(
            QgsProcessingParameterString(
                self.HYETOGRAPH,
                self.tr("Hyetograph 'minute:mm, …' (instead of depth and duration)"),
                optional=True,
            )
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.GAUGE,
                self.tr("Rain gauge observations (instead of a design rain; e.g. from 'Fetch observations')"),
                [SOURCE_VECTOR],
                optional=True,
            )
        )
        add(
            QgsProcessingParameterField(
                self.GAUGE_TIME, self.tr("Gauge: time field"), "time", self.GAUGE, optional=True
            )
        )
        add(
            QgsProcessingParameterField(
                self.GAUGE_MM,
                self.tr("Gauge: rain (mm) field"),
                "value",
                self.GAUGE,
                FIELD_NUMERIC,
                optional=True,
            )
        )
        add(
            QgsProcessingParameterString(
                self.EULER_DEPTHS,
                self.tr("Euler type II from depths by duration 'minutes:mm, …' (e.g. KOSTRA-DWD-2020)"),
                optional=True,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.RUN_ON, self.tr("Run-on after the rain (minutes)"), NUMBER_DOUBLE, 60.0, minValue=0.0
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.MANNING, self.tr("Roughness, Manning's n (s/m^⅓)"), NUMBER_DOUBLE, 0.05, minValue=0.005
            )
        )
        inputs.add_value_maps(self, "MANNING", self.tr("Roughness, Manning's n"))
        add(
            QgsProcessingParameterNumber(
                self.LOSS_MM_H,
                self.tr("Losses: infiltration and drainage (mm/h)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            )
        )
        inputs.add_value_maps(self, "LOSS", self.tr("Losses (mm/h)"))
        add(
            QgsProcessingParameterEnum(
                self.BUILDINGS_AS,
                self.tr("Buildings as"),
                inputs.buildings_as_labels(),
                defaultValue=0,
            )
        )
        for name, label, bounds in (
            (self.HAZARD_DEPTHS, self.tr("Hazard classes: lower depth bounds (m)"), simulation.DEPTH_HAZARD),
            (
                self.HAZARD_SPEEDS,
                self.tr("Hazard classes: lower velocity bounds (m/s)"),
                simulation.SPEED_HAZARD,
            ),
        ):
            add(QgsProcessingParameterString(name, label, ", ".join(f"{bound:g}" for bound in bounds)))
        add(QgsProcessingParameterRasterDestination(self.MAX_DEPTH, self.tr("Maximum water depth (m)")))
        add(QgsProcessingParameterRasterDestination(self.MAX_SPEED, self.tr("Maximum flow velocity (m/s)")))
        add(QgsProcessingParameterRasterDestination(self.HAZARD, self.tr("Hazard class")))
        add(
            QgsProcessingParameterRasterDestination(
                self.TIME_OF_MAX, self.tr("Minute of the deepest water"), optional=True, createByDefault=False
            )
        )
        add(QgsProcessingParameterFeatureSink(self.BALANCE, self.tr("Water balance")))
        add(
            QgsProcessingParameterFolderDestination(
                self.SNAPSHOTS,
                self.tr("Water depth every ten minutes (folder, for the Temporal Controller)"),
                optional=True,
                createByDefault=False,
            )
        )
        add(
            QgsProcessingParameterDateTime(
                self.START, self.tr("Rain starts at (time axis of the snapshots)"), optional=True
            )
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.ARROWS,
                self.tr("Flow arrows at the fastest flow"),
                SOURCE_POINT,
                optional=True,
                createByDefault=False,
            )
        )

    def rain(self, parameters, context, feedback):
        gauge = self.parameterAsSource(parameters, self.GAUGE, context)
        if gauge is not None:
            return self.gauge_rain(parameters, context, gauge, feedback)
        table = self.parameterAsString(parameters, self.HYETOGRAPH, context).strip()
        if table:
            return simulation.table_rain(simulation.hyetograph_rows(table))
        depths = self.parameterAsString(parameters, self.EULER_DEPTHS, context).strip()
        if depths:
            return simulation.table_rain(simulation.euler_type2(simulation.hyetograph_rows(depths)))
        depth = inputs.rain_mm(self, parameters, context)
        return simulation.block_rain(depth, self.parameterAsDouble(parameters, self.DURATION, context))

    def gauge_rain(self, parameters, context, gauge, feedback):
        """The rain a gauge measured, replayed; its start becomes the snapshots' time axis."""
        time_field = field_name(self, parameters, self.GAUGE_TIME, context, gauge)
        mm_field = field_name(self, parameters, self.GAUGE_MM, context, gauge)
        if not time_field or not mm_field:
            raise InputError(N_("Choose the time field and the rain (mm) field of the rain gauge."))
        times, depths = [], []
        for feature in gauge.getFeatures():
            moment = pd.to_datetime(str(python_value(feature[time_field]) or ""), utc=True, errors="coerce")
            value = python_value(feature[mm_field])
            if moment is not pd.NaT:
                times.append(moment.value)
                depths.append(float(value) if isinstance(value, (int, float)) else float("nan"))
        if not times:
            raise InputError(N_("The rain gauge has no usable observation (a time and 0 mm or more)."))
        rain, start_ns, left_out = simulation.gauge_rain(times, depths)
        self.gauge_start = QDateTime.fromMSecsSinceEpoch(start_ns // 1_000_000, Qt.TimeSpec.UTC)
        feedback.pushInfo(
            local_format(
                self.tr(
                    "Rain gauge: {mm:.1f} mm in {minutes:g} minutes from {start} UTC; {left} "
                    "observations left out."
                ),
                mm=rain.depth_between(0, rain.duration) * 1000,
                minutes=rain.duration / 60,
                start=self.gauge_start.toString("yyyy-MM-dd HH:mm"),
                left=left_out,
            )
        )
        return rain

    def hazard_bounds(self, parameters, context):
        """``(depth bounds, velocity bounds)`` of hazard classes 1-3, three of each."""
        bounds = [
            inputs.class_bounds(self.parameterAsString(parameters, name, context))
            for name in (self.HAZARD_DEPTHS, self.HAZARD_SPEEDS)
        ]
        if any(len(values) != len(simulation.DEPTH_HAZARD) for values in bounds):
            raise InputError(
                N_(
                    "Give three increasing bounds for each of the hazard classes 1-3, e.g. depths "
                    "'0.1, 0.5, 1' (m) and velocities '0.2, 0.5, 2' (m/s)."
                )
            )
        return bounds

    def snapshot_writer(self, folder, grid, crs):
        """``(on_snapshot, minutes)``: a callback that writes each water depth (NaN where dry) as a
        GeoTIFF into the staged ``folder`` as the run goes, and the minutes it has written."""
        staged = self.stage(folder)
        os.makedirs(staged)
        minutes = []

        def on_snapshot(minute, depth):
            write_raster(os.path.join(staged, snapshot_name(minute)), depth, grid, crs, positive_only=True)
            minutes.append(minute)

        return on_snapshot, minutes

    def load_snapshots(self, parameters, context, folder, minutes):
        """Load the snapshots in ``folder`` as a series: each shows in the Temporal Controller from
        the one before to its own minute after the start."""
        if context.project() is None:
            return
        start = self.parameterAsDateTime(parameters, self.START, context)
        if not start.isValid():
            start = self.gauge_start or QDateTime(QDateTime.currentDateTime().date(), QTime(0, 0))
        before = 0.0
        for minute in minutes:
            path = os.path.join(folder, snapshot_name(minute))
            details = QgsProcessingContext.LayerDetails(
                local_format(self.tr("Water depth after {minute:g} min"), minute=minute),
                context.project(),
                self.SNAPSHOTS,
            )
            context.addLayerToLoadOnCompletion(path, details)
            begin, end = start.addSecs(int(before * 60)), start.addSecs(int(minute * 60))
            post_process_on_load(context, path, TimeSliceOnLoad(self.ALG_ID, self.MAX_DEPTH, begin, end))
            before = minute

    def write_arrows(self, parameters, context, feedback, result, grid, crs):
        """The fastest flow as points every few metres, with speed and compass direction."""
        arrows = result.arrows(grid, ARROW_MIN_SPEED)
        sink, arrows_id = self.create_sink(
            parameters, self.ARROWS, context, make_fields(ARROW_FIELDS), WKB_POINT, crs
        )
        write_frame(sink, arrows, ARROW_FIELDS, feedback, point_geometries(arrows))
        return arrows_id

    def process(self, parameters, context, feedback):
        self.gauge_start = None
        hazard_bounds = self.hazard_bounds(parameters, context)  # checked before the long run
        rain = self.rain(parameters, context, feedback)
        as_holes = self.parameterAsEnum(parameters, self.BUILDINGS_AS, context) == BUILDINGS_AS_HOLES
        grid, crs, roofs = inputs.read_surface(
            self, parameters, context, feedback, raise_buildings=not as_holes
        )
        grid, window = grid.cropped()  # the analysis area only: the time goes with the cells
        roofs = roofs[window] if roofs is not None else None
        run_on = self.parameterAsDouble(parameters, self.RUN_ON, context) * 60.0
        minutes = (rain.duration + run_on) / 60.0
        feedback.pushInfo(
            local_format(
                self.tr("Simulating {minutes:g} minutes on {cells:,.0f} cells …"),
                minutes=minutes,
                cells=int(grid.valid.sum()),
            )
        )
        started = time.monotonic()

        def progress(share):
            feedback.setProgress(100.0 * share)
            feedback.setProgressText(
                local_format(
                    self.tr("Simulated {minute:.0f} of {minutes:g} minutes, about {left:,.0f} s to go"),
                    minute=share * minutes,
                    minutes=minutes,
                    left=(time.monotonic() - started) * (1.0 - share) / max(share, 1e-9),
                )
            )

        manning = self.parameterAsDouble(parameters, self.MANNING, context)
        losses = self.parameterAsDouble(parameters, self.LOSS_MM_H, context)
        kernel_folder = inputs.numba_cache(feedback)
        folder = self.parameterAsString(parameters, self.SNAPSHOTS, context)
        on_snapshot, written = self.snapshot_writer(folder, grid, crs) if folder else (lambda *_: None, [])
        result = simulation.simulate(
            grid,
            rain,
            manning=inputs.value_map(self, parameters, context, grid, crs, manning, "MANNING"),
            run_on_s=run_on,
            loss_rate=inputs.value_map(self, parameters, context, grid, crs, losses, "LOSS")
            / 1000.0
            / 3600.0,
            progress=progress,
            is_cancelled=feedback.isCanceled,
            compiled=kernel_folder is not None,
            cache_dir=kernel_folder,
            holes=roofs if as_holes else None,
            arrow_spacing=arrow_spacing(grid),
            on_snapshot=on_snapshot,
        )
        results = {}
        for name, array in (
            (self.MAX_DEPTH, result.max_depth),
            (self.MAX_SPEED, result.max_speed),
            (self.HAZARD, result.hazard(*hazard_bounds)),
            (self.TIME_OF_MAX, result.time_of_max),
        ):
            if self.parameterAsOutputLayer(parameters, name, context):
                results[name] = inputs.raster_output(self, parameters, name, context, array, grid, crs)
        sink, balance_id = self.create_sink(
            parameters, self.BALANCE, context, make_fields(BALANCE_FIELDS), WKB_NONE, crs
        )
        balance = pd.DataFrame(
            [(step.minutes, step.rain, step.losses, step.stored, step.outflow) for step in result.balance],
            columns=[name for name, _kind in BALANCE_FIELDS],
        )
        write_frame(sink, balance, BALANCE_FIELDS, feedback)
        results[self.BALANCE] = balance_id
        if folder:
            self.load_snapshots(parameters, context, folder, written)
            results[self.SNAPSHOTS] = folder
        if self.parameterAsOutputLayer(parameters, self.ARROWS, context):
            results[self.ARROWS] = self.write_arrows(parameters, context, feedback, result, grid, crs)
        last = result.balance[-1]
        feedback.pushInfo(
            local_format(
                self.tr(
                    "Rain {rain:,.0f} m³: losses {losses:,.0f} m³, still on the ground {stored:,.0f} "
                    "m³, left the area {outflow:,.0f} m³; deepest water {depth:.2f} m, fastest flow "
                    "{speed:.2f} m/s."
                ),
                rain=last.rain,
                losses=last.losses,
                stored=last.stored,
                outflow=last.outflow,
                depth=float(np.nanmax(result.max_depth, initial=0.0)),
                speed=float(np.nanmax(result.max_speed, initial=0.0)),
            )
        )
        return results


def snapshot_name(minute):
    """The file name of the water depth snapshot after ``minute``."""
    return f"water_depth_{minute:05.0f}min.tif"


def arrow_spacing(grid):
    """Cells between arrows: about one arrow per 5 m, at least one per cell."""
    return max(1, int(round(ARROW_SPACING_M / grid.cell_width)))
