"""smartcity:schoolrouteplan — a school route plan (Schulwegplan) as PDF: one page per school."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.errors import N_, InputError
from ...core.schoolroutes.route_plan import DangerSpot, plan_pages, spot_lines
from ...qgisbridge.compat import ALGORITHM_NO_THREADING, SOURCE_LINE, SOURCE_POINT
from ...qgisbridge.i18n import tr
from ...qgisbridge.route_plan_layout import MAP_ASPECT, export_pdf, route_plan_layout
from ..base import SmartCityAlgorithm, Stages, check_cancel
from . import params as inputs

SAFEST = "safest"


class SchoolRoutePlanAlgorithm(SmartCityAlgorithm):
    ALG_ID = "schoolrouteplan"
    GROUP_ID = "schoolroutes"
    ROUTES = "ROUTES"
    HOTSPOTS = "HOTSPOTS"
    CONTEXT_LINES = "CONTEXT_LINES"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("School route plan (PDF)")

    def help_text(self):
        return self.tr(
            "Writes the school route plan (Schulwegplan) that towns hand out to parents: one A4 page "
            "per school with a map of the safe routes of its homes (the route lines of 'School route "
            "analysis'), the danger spots on that map numbered by the pupils who cross there (the "
            "crossing hotspots of 'School route hotspots'), the school, the walking network as "
            "background, legend, scale bar and the numbered list of the danger spots. Schools "
            "without routed homes get no page."
        )

    def flags(self):
        return super().flags() | ALGORITHM_NO_THREADING  # print layouts are drawn on the main thread

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(QgsProcessingParameterFeatureSource(self.ROUTES, self.tr("Route lines"), [SOURCE_LINE]))
        inputs.add_school_inputs(self, with_routes=False)
        add(
            QgsProcessingParameterFeatureSource(
                self.HOTSPOTS, self.tr("Danger spots (crossing hotspots)"), [SOURCE_POINT], optional=True
            )
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.CONTEXT_LINES,
                self.tr("Background lines (walking network)"),
                [SOURCE_LINE],
                optional=True,
            )
        )
        add(QgsProcessingParameterString(self.TITLE, self.tr("Title"), self.tr("School route plan")))
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("School route plan"), self.tr("PDF files (*.pdf)")
            )
        )

    def process(self, parameters, context, feedback):
        steps = Stages(2, feedback)  # reading; drawing the pages
        routes = self.parameterAsSource(parameters, self.ROUTES, context)
        if routes is None or "school" not in routes.fields().names():
            raise InputError(
                N_("The route lines need the field 'school': use the route lines of 'School route analysis'.")
            )
        crs = routes.sourceCrs()
        schools = inputs.school_table(self, parameters, context, crs, steps)
        by_school, bounds = {}, []
        names = routes.fields().names()
        code_field = "route_code" if "route_code" in names else None
        has_home = "home" in names
        for feature in routes.getFeatures(QgsFeatureRequest()):
            check_cancel(steps)
            if code_field and feature[code_field] != SAFEST or not feature.hasGeometry():
                continue
            school, geometry = str(feature["school"]), QgsGeometry(feature.geometry())
            box = geometry.boundingBox()
            bounds.append((school, box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
            by_school.setdefault(school, []).append(((feature["home"] if has_home else 0,), geometry))
        pages = plan_pages(
            list(schools[["school", "x", "y"]].itertuples(index=False)),
            bounds,
            self.danger_spots(parameters, context, crs),
            MAP_ASPECT,
        )
        if not pages:
            raise InputError(
                N_(
                    "No safe route leads to any of these schools: the route lines name {routed}, the "
                    "schools are {schools}. Choose the school field used for the routes."
                ),
                routed=", ".join(sorted({row[0] for row in bounds})[:5]) or "–",
                schools=", ".join(schools["school"].astype(str).head(5)) or "–",
            )
        steps.setCurrentStep(1)
        context_lines = self.parameterAsVectorLayer(parameters, self.CONTEXT_LINES, context)
        texts = {
            "subtitle": tr("Safe routes of {routes} homes (blue); danger spots numbered as in the list"),
            "spots": tr("Danger spots on this map (pupils crossing there)"),
            "list": lambda page: (
                "\n".join(spot_lines(page, tr("pupils: {pupils:.0f}")))
                or tr("No danger spot counted on this map.")
            ),
            "footer": tr("Made on {day} with the Smart City plugin for QGIS."),
        }
        layout, _project, _trees = route_plan_layout(
            pages,
            crs,
            by_school,
            context_lines.clone() if context_lines is not None else None,
            self.parameterAsString(parameters, self.TITLE, context),
            texts,
        )
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        export_pdf(layout, self.stage(path))
        feedback.pushInfo(self.tr("{count} pages written to {path}").format(count=len(pages), path=path))
        return {self.OUTPUT: path}

    def danger_spots(self, parameters, context, crs):
        """The crossing hotspots as :class:`DangerSpot` objects in ``crs`` (none without the layer)."""
        source = self.parameterAsSource(parameters, self.HOTSPOTS, context)
        if source is None:
            return []
        names = source.fields().names()
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.project())
        spots = []
        for feature in source.getFeatures():
            if not feature.hasGeometry():
                continue
            point = transform.transform(feature.geometry().centroid().asPoint())
            value = {
                name: feature[name] if name in names else None for name in ("rank", "kind", "roads", "pupils")
            }
            spots.append(
                DangerSpot(
                    int(value["rank"] or 0),
                    str(value["kind"] or ""),
                    str(value["roads"] or ""),
                    float(value["pupils"] or 0.0),
                    point.x(),
                    point.y(),
                )
            )
        return spots
