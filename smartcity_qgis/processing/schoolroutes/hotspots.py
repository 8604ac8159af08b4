"""smartcity:schoolhotspots — crossings and road sections ranked by the pupils who pass them."""

from __future__ import annotations

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import N_
from ...core.lazy import LazyModule
from ...core.schoolroutes.walk_network import CROSSING_KINDS
from ...qgisbridge.compat import SOURCE_LINE, SOURCE_POINT, WKB_LINESTRING, WKB_POINT
from ...qgisbridge.frames import write_frame
from ...qgisbridge.i18n import tr
from ...qgisbridge.layers import make_fields
from ...qgisbridge.styles import road_text, road_texts, value_text
from ..base import SmartCityAlgorithm, Stages
from . import params as inputs

np = LazyModule("numpy")
pd = LazyModule("pandas")


NODE_FIELDS = (
    ("rank", QMetaType.Type.Int),
    ("pupils", QMetaType.Type.Double),
    ("kind", QMetaType.Type.QString),
    ("kind_code", QMetaType.Type.QString),
    ("crossing", QMetaType.Type.QString),
    ("roads", QMetaType.Type.QString),
)
EDGE_FIELDS = (
    ("rank", QMetaType.Type.Int),
    ("edge_id", QMetaType.Type.Int),
    ("pupils", QMetaType.Type.Double),
    ("highway", QMetaType.Type.QString),
    ("road", QMetaType.Type.QString),
    ("speed_kmh", QMetaType.Type.Double),
    ("high_speed", QMetaType.Type.Bool),
)


def hazard_nodes(network, crossing_flow):
    """Points where pupils cross a road without signal or zebra, most pupils first; ``roads``
    names the streets meeting there (their road classes where none has a name)."""
    hazard = crossing_flow > 0
    nodes = np.flatnonzero(hazard)
    names, classes = {}, {}
    for edge in range(len(network.length)):
        for node in (network.source[edge], network.target[edge]):
            if hazard[node]:
                classes.setdefault(node, set()).add(network.highway[edge])
                if network.names is not None and network.names[edge]:
                    names.setdefault(node, set()).add(network.names[edge])
    roads = {node: names.get(node) or classes[node] for node in classes}
    table = pd.DataFrame(
        {
            "node": nodes,
            "pupils": crossing_flow[nodes],
            "kind": np.where(
                network.crossing[nodes] == CROSSING_KINDS.index("unprotected"), "crossing", "junction"
            ),
            "crossing": [CROSSING_KINDS[kind] for kind in network.crossing[nodes]],
            "roads": [", ".join(sorted(roads.get(node, ()))) for node in nodes],
        }
    ).sort_values("pupils", ascending=False, kind="stable")
    table["rank"] = np.arange(1, len(table) + 1)
    return table


CSV_COLUMNS = (
    ("rank", N_("rank")),
    ("kind", N_("kind")),
    ("pupils", N_("pupils")),
    ("crossing", N_("crossing")),
    ("roads", N_("roads")),
    ("x", "x"),
    ("y", "y"),
    ("code", "code"),
)


def hotspot_csv(table):
    """The hotspot table for the school-route plan: headers and values in the user's language, the
    English kind in the 'code' column for scripts."""
    table = table.assign(
        code=table["kind"],
        kind=table["kind"].map(value_text),
        crossing=table["crossing"].fillna("").map(value_text),
        roads=table["roads"].fillna("").map(road_texts),
    )
    table = table.reindex(columns=[key for key, _header in CSV_COLUMNS])
    table.columns = [tr(header) for _key, header in CSV_COLUMNS]
    return table.to_csv(index=False, float_format="%.1f")


def fast_edges(network, edge_flow):
    """Road sections along fast traffic without sidewalk that pupils walk, most pupils first."""
    edges = np.flatnonzero(network.high_speed & (edge_flow > 0))
    table = pd.DataFrame({"edge": edges, "pupils": edge_flow[edges]}).sort_values(
        "pupils", ascending=False, kind="stable"
    )
    table["rank"] = np.arange(1, len(table) + 1)
    return table


class SchoolHotspotsAlgorithm(SmartCityAlgorithm):
    ALG_ID = "schoolhotspots"
    GROUP_ID = "schoolroutes"
    NODES = "NODES"
    EDGES = "EDGES"
    CSV = "CSV"

    def displayName(self):
        return self.tr("School route hotspots")

    def help_text(self):
        return self.tr(
            "Counts the pupils (weighted by pupils per home) whose route - the safest by default - "
            "passes each point and road section, and ranks the hazards by the children exposed: "
            "points where routes cross a road without signal or zebra (a main road at a junction, or "
            "any road at an unmarked crossing - walking along a road past a side street is no "
            "crossing, and a school's own node is not counted) and sections walked along fast "
            "traffic without sidewalk. The pupils at a crossing point are those whose routes cross "
            "there, the same count as the crossings per home of 'School routes'. Writes both as "
            "layers (rank 1 = most pupils) and, optionally, as a CSV table for the school-route "
            "plan.\n\n"
        ) + tr(inputs.INPUT_HELP)

    def initAlgorithm(self, config=None):
        inputs.add_network_input(self)
        inputs.add_school_inputs(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.NODES, self.tr("Crossing hotspots"), SOURCE_POINT)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.EDGES, self.tr("Road section hotspots"), SOURCE_LINE)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.CSV,
                self.tr("Hotspot table (CSV)"),
                self.tr("CSV files (*.csv)"),
                optional=True,
                createByDefault=False,
            )
        )

    def process(self, parameters, context, feedback):
        steps = Stages(2, feedback)  # reading and routing; counting and writing
        network, crs, _homes, _schools, result = inputs.analyse(self, parameters, context, steps)
        steps.setCurrentStep(1)
        nodes = hazard_nodes(network, result.crossing_flow)
        edges = fast_edges(network, result.edge_flow)
        node_sink, node_id = self.create_sink(
            parameters, self.NODES, context, make_fields(NODE_FIELDS), WKB_POINT, crs
        )
        write_frame(
            node_sink,
            node_table(nodes),
            NODE_FIELDS,
            steps,
            [QgsGeometry.fromPointXY(QgsPointXY(*network.xy[node])) for node in nodes["node"]],
        )
        edge_sink, edge_id = self.create_sink(
            parameters, self.EDGES, context, make_fields(EDGE_FIELDS), WKB_LINESTRING, crs
        )
        write_frame(
            edge_sink,
            edge_table(network, edges),
            EDGE_FIELDS,
            steps,
            [
                QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in network.geometry[edge]])
                for edge in edges["edge"]
            ],
        )
        results = {self.NODES: node_id, self.EDGES: edge_id}
        csv_path = self.parameterAsFileOutput(parameters, self.CSV, context)
        if csv_path:
            table = pd.concat(
                [
                    nodes.assign(x=network.xy[nodes["node"], 0], y=network.xy[nodes["node"], 1]).drop(
                        columns="node"
                    ),
                    edges.assign(
                        kind="fast road without sidewalk",
                        x=[network.geometry[edge].mean(axis=0)[0] for edge in edges["edge"]],
                        y=[network.geometry[edge].mean(axis=0)[1] for edge in edges["edge"]],
                        roads=network.highway[edges["edge"].to_numpy()],
                    ).drop(columns="edge"),
                ]
            ).sort_values("pupils", ascending=False, kind="stable")
            table["rank"] = np.arange(1, len(table) + 1)
            self.write_output(csv_path, hotspot_csv(table))
            results[self.CSV] = csv_path
        feedback.pushInfo(
            self.tr("{nodes} crossing hotspots and {edges} road sections with pupils.").format(
                nodes=len(nodes), edges=len(edges)
            )
        )
        return results


def node_table(nodes):
    """The hazard points' fields: kind and crossing translated (the kind also as key), roads."""
    return nodes.assign(
        kind=nodes["kind"].map(value_text),
        kind_code=nodes["kind"],
        crossing=nodes["crossing"].map(value_text),
        roads=nodes["roads"].map(road_texts),
    )


def edge_table(network, edges):
    """The fast road sections' fields: edge number, road class and its name, speed."""
    edge = edges["edge"].to_numpy()
    return edges.assign(
        edge_id=edge + 1,
        highway=[network.highway[index] for index in edge],
        road=[road_text(network.highway[index]) for index in edge],
        speed_kmh=[float(network.speed[index]) for index in edge],
        high_speed=True,
    )
