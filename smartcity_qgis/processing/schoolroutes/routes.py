"""smartcity:schoolroutes — shortest and safest school route of every home, with hazards passed."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterFeatureSink,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.lazy import LazyModule
from ...core.schoolroutes.routes import edge_part, route_line, route_nodes
from ...qgisbridge.compat import SOURCE_LINE, WKB_LINESTRING
from ...qgisbridge.frames import write_frame
from ...qgisbridge.i18n import local_format, tr
from ...qgisbridge.layers import add_in_batches, make_fields
from ...qgisbridge.styles import value_text
from ..base import SmartCityAlgorithm, Stages
from . import params as inputs

np = LazyModule("numpy")

HOME_FIELDS = (
    ("home", QMetaType.Type.Int),
    ("school", QMetaType.Type.QString),
    ("status", QMetaType.Type.QString),
    ("status_code", QMetaType.Type.QString),
    ("pupils", QMetaType.Type.Double),
    ("snap_m", QMetaType.Type.Double),
    ("straight_m", QMetaType.Type.Double),
    ("short_m", QMetaType.Type.Double),
    ("short_min", QMetaType.Type.Double),
    ("safe_m", QMetaType.Type.Double),
    ("safe_min", QMetaType.Type.Double),
    ("detour", QMetaType.Type.Double),
    ("safe_extra", QMetaType.Type.Double),
    ("short_crossings", QMetaType.Type.Int),
    ("safe_crossings", QMetaType.Type.Int),
    ("short_fast_m", QMetaType.Type.Double),
    ("safe_fast_m", QMetaType.Type.Double),
)
ROUTE_FIELDS = (
    ("home", QMetaType.Type.Int),
    ("school", QMetaType.Type.QString),
    ("route", QMetaType.Type.QString),
    ("route_code", QMetaType.Type.QString),
    ("length_m", QMetaType.Type.Double),
)


def home_table(homes, schools, result):
    """The origin table with school labels."""
    table = result.origins.copy()
    table["school_index"] = table["school"]
    labels = np.append(schools["school"].to_numpy(dtype=object), "")
    table["school"] = labels[np.where(table["school"] >= 0, table["school"], -1)]
    table["home"] = np.arange(1, len(table) + 1)
    table["status_code"] = table["status"]
    table["status"] = [value_text(code) for code in table["status_code"]]
    table["pupils"] = homes["weight"].to_numpy(float)
    return table


class SchoolRoutesAlgorithm(SmartCityAlgorithm):
    ALG_ID = "schoolroutes"
    GROUP_ID = "schoolroutes"
    OUTPUT = "OUTPUT"
    ROUTES = "ROUTES"

    def displayName(self):
        return self.tr("School route analysis")

    def help_text(self):
        return self.tr(
            "Routes every home to its school on the walking network, along the shortest and the "
            "safest route, in one go (shortest-path trees from the schools). Per home: school, status "
            "(ok, unreachable, far from network), snapping distance, straight-line distance, length "
            "and walking time of both routes, detour factor (shortest route / straight line), extra "
            "length of the safe route (safe / shortest), unprotected crossings and metres along fast "
            "traffic without sidewalk on each route. Lengths and times include the walk from the "
            "door to the nearest point of the network (snap_m) and from the school's node to the "
            "school. Route lines "
            "(optional: they can be many) run from the door to the school.\n\n"
        ) + tr(inputs.INPUT_HELP)

    def initAlgorithm(self, config=None):
        inputs.add_network_input(self)
        inputs.add_school_inputs(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Homes with their routes")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ROUTES,
                self.tr("Route lines"),
                SOURCE_LINE,
                optional=True,
                createByDefault=False,
            )
        )

    def process(self, parameters, context, feedback):
        steps = Stages(2, feedback)  # reading and routing; writing
        network, crs, homes, schools, result = inputs.analyse(self, parameters, context, steps)
        steps.setCurrentStep(1)
        table = home_table(homes, schools, result)
        source = self.parameterAsSource(parameters, inputs.ORIGINS, context)
        sink, dest_id = self.create_sink(
            parameters, self.OUTPUT, context, make_fields(HOME_FIELDS), source.wkbType(), source.sourceCrs()
        )
        write_frame(sink, table, HOME_FIELDS, steps, list(homes["geometry"]))
        results = {self.OUTPUT: dest_id}
        route_sink, route_id = self.create_sink(
            parameters, self.ROUTES, context, make_fields(ROUTE_FIELDS), WKB_LINESTRING, crs
        )
        if route_sink is not None:
            self.write_routes(route_sink, network, result, table, homes, schools, steps)
            results[self.ROUTES] = route_id
        reached = table[table["status_code"] == "ok"]
        feedback.pushInfo(
            local_format(
                self.tr(
                    "{reached} of {homes} homes routed; median shortest route {median:.0f} m, median "
                    "extra length of the safe route {extra:.0%}."
                ),
                reached=len(reached),
                homes=len(table),
                median=reached["short_m"].median(),
                extra=reached["safe_extra"].median() - 1 if len(reached) else 0,
            )
        )
        return results

    @staticmethod
    def write_routes(sink, network, result, table, homes, schools, feedback):
        """Each reached home's shortest and safest route: from its door along the network to the school."""
        fields = make_fields(ROUTE_FIELDS)
        home_xy = homes[["x", "y"]].to_numpy(float)
        school_xy = schools[["x", "y"]].to_numpy(float)
        tree_of = {school: tree for tree, school in enumerate(np.flatnonzero(result.school_nodes >= 0))}
        reached = np.flatnonzero(table["status_code"].to_numpy() == "ok")

        def features():
            for row in reached:
                tree = tree_of[table["school_index"].iat[row]]
                school = table["school_index"].iat[row]
                for name, key, trees in (
                    ("shortest", "short", result.shortest),
                    ("safest", "safe", result.safest),
                ):
                    start = table[f"{key}_node"].iat[row]
                    parts = [home_xy[row]]
                    if start >= 0:  # door → its edge → the network → the school's node
                        edge = table["edge"].iat[row]
                        parts.append(edge_part(network, edge, table["along_m"].iat[row], start))
                        parts.append(
                            route_line(network, trees.lookup, route_nodes(trees.parent[tree], start))[1:]
                        )
                    line = np.vstack([*parts, school_xy[school]])
                    feature = QgsFeature(fields)
                    feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in line]))
                    feature.setAttributes(
                        [
                            int(table["home"].iat[row]),
                            table["school"].iat[row],
                            value_text(name),
                            name,
                            float(np.hypot(*np.diff(line, axis=0).T).sum()),
                        ]
                    )
                    yield feature

        add_in_batches(sink, features(), feedback, 2 * len(reached))
