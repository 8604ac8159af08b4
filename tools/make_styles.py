"""Writes the plugin's layer styles (``smartcity_qgis/styles/<algorithm>-<output>[-<geometry>].qml``).

Run with ``make styles`` (QGIS's Python): each style is built with PyQGIS and saved by QGIS itself,
so the files are what QGIS reads back. Legend labels are English source texts; the plugin
translates them and formats their numbers in the user's locale when it applies a style.
"""

import sys
import tempfile
from pathlib import Path

import numpy as np
from osgeo import gdal, osr
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsSymbolLayer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from smartcity_qgis.qgisbridge.legend import (  # noqa: E402
    ABOVE_METRES,
    ABOVE_MINUTES,
    ARROW_SPEEDS,
    CROSSING_PUPILS,
    DEPTH_BLUES,
    FLOW_AREAS,
    HAZARD_CLASSES,
    HECTARES,
    METRES,
    MINUTE_BANDS,
    OCCUPANCY,
    RANGE_METRES,
    RANGE_MINUTES,
    RISK_COLOURS,
    ROUTE_KINDS,
    SPEED,
    STATUS_COLOURS,
    WALK_RULES,
)

STYLES = REPO / "smartcity_qgis" / "styles"
# only the look: no field, form or other settings of the layer the style was made on
VECTOR_PARTS = QgsMapLayer.Symbology | QgsMapLayer.Labeling | QgsMapLayer.Rendering
RASTER_PARTS = QgsMapLayer.Symbology | QgsMapLayer.Rendering
GEOMETRY = {"point": "Point", "line": "LineString", "polygon": "MultiPolygon"}


def layer(geometry, fields):
    """A memory layer of ``geometry`` ("point", "line", "polygon") with ``fields`` (name: type)."""
    spec = "&".join(f"field={name}:{kind}" for name, kind in fields.items())
    return QgsVectorLayer(f"{GEOMETRY[geometry]}?crs=EPSG:25832&{spec}", "style", "memory")


def symbol(geometry, colour, size=None, outline=None, opacity=1.0):
    """A simple symbol: ``size`` is the marker size or line width (mm); polygons get ``outline``."""
    result = QgsSymbol.defaultSymbol(
        {"point": QgsWkbTypes.PointGeometry, "line": QgsWkbTypes.LineGeometry}.get(
            geometry, QgsWkbTypes.PolygonGeometry
        )
    )
    result.setColor(QColor(colour))
    result.setOpacity(opacity)
    if geometry == "point" and size:
        result.setSize(size)
    if geometry == "line" and size:
        result.setWidth(size)
    if geometry == "polygon":
        fill = result.symbolLayer(0)
        if isinstance(fill, QgsSimpleFillSymbolLayer):
            fill.setStrokeColor(QColor(outline or colour).darker(130))
            fill.setStrokeWidth(0.2)
    return result


def graduated(geometry, field, classes, sizes=None, opacity=1.0):
    """Fixed classes ``[(lower, upper, colour, label)]`` of ``field``; ``sizes`` per class."""
    ranges = [
        QgsRendererRange(
            lower, upper, symbol(geometry, colour, sizes[index] if sizes else None, opacity=opacity), label
        )
        for index, (lower, upper, colour, label) in enumerate(classes)
    ]
    return QgsGraduatedSymbolRenderer(field, ranges)


def categorized(geometry, field, categories, size=None, opacity=1.0):
    """``[(value, colour, label)]`` of ``field``."""
    return QgsCategorizedSymbolRenderer(
        field,
        [
            QgsRendererCategory(value, symbol(geometry, colour, size, opacity=opacity), label)
            for value, colour, label in categories
        ],
    )


def save_vector(name, geometry, fields, renderer, label_expression=None):
    target = layer(geometry, fields)
    target.setRenderer(renderer)
    if label_expression:
        settings = QgsPalLayerSettings()
        settings.fieldName = label_expression
        settings.isExpression = True
        target.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        target.setLabelsEnabled(True)
    message, ok = target.saveNamedStyle(str(STYLES / f"{name}.qml"), VECTOR_PARTS)
    assert ok, message


def save_raster(name, stops, opacity=1.0, discrete=False):
    """A pseudocolour style: ``stops`` = ``[(value, colour, alpha, label)]``, linear between them
    (``discrete``: each colour up to its value)."""
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "grid.tif")
        dataset = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, gdal.GDT_Float32)
        reference = osr.SpatialReference()
        reference.ImportFromEPSG(25832)
        dataset.SetProjection(reference.ExportToWkt())
        dataset.SetGeoTransform((0, 1, 0, 2, 0, -1))
        dataset.GetRasterBand(1).WriteArray(np.zeros((2, 2), np.float32))
        dataset = None
        raster = QgsRasterLayer(path, "style")
        ramp = QgsColorRampShader(stops[0][0], stops[-1][0])
        ramp.setColorRampType(QgsColorRampShader.Discrete if discrete else QgsColorRampShader.Interpolated)
        items = []
        for value, colour, alpha, label in stops:
            color = QColor(colour)
            color.setAlpha(alpha)
            items.append(QgsColorRampShader.ColorRampItem(value, color, label))
        ramp.setColorRampItemList(items)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(ramp)
        renderer = QgsSingleBandPseudoColorRenderer(raster.dataProvider(), 1, shader)
        renderer.setOpacity(opacity)
        raster.setRenderer(renderer)
        message, ok = raster.saveNamedStyle(str(STYLES / f"{name}.qml"), RASTER_PARTS)
        assert ok, message
        del raster


def depth_ranges():
    """Water-depth classes from :data:`DEPTH_BLUES`: ``[(lower, upper, colour, legend)]``."""
    uppers = [depth for depth, _colour in DEPTH_BLUES[1:]] + [99.0]
    return [
        (lower, upper, colour, RANGE_METRES if upper < 99 else ABOVE_METRES)
        for (lower, colour), upper in zip(DEPTH_BLUES, uppers)
    ]


def heavy_rain():
    water = [(0.0, "#ffffff", 0, METRES)] + [(depth, colour, 255, METRES) for depth, colour in DEPTH_BLUES]
    save_raster("rainfillspill-water_depth", water)
    save_raster("depressions-sink_depth", water)
    save_raster("districtterrain-sink_depth", water)
    save_raster("rainsimulation-max_depth", water)
    save_raster(
        "rainsimulation-max_speed",
        [
            (0.0, "#ffffff", 0, SPEED),
            (0.2, "#fee391", 200, SPEED),
            (0.5, "#fe9929", 220, SPEED),
            (2.0, "#993404", 255, SPEED),
        ],
    )
    save_raster(
        "rainsimulation-hazard",
        [
            (0.5, "#ffffb2", 200, HAZARD_CLASSES[0]),
            (1.5, "#fecc5c", 220, HAZARD_CLASSES[1]),
            (2.5, "#fd8d3c", 240, HAZARD_CLASSES[2]),
            (3.5, "#e31a1c", 255, HAZARD_CLASSES[3]),
        ],
        discrete=True,
    )
    area_ramp = [
        (0.0, "#ffffff", 0, HECTARES),
        (1e4, "#deebf7", 60, HECTARES),
        (1e6, "#08306b", 200, HECTARES),
    ]
    save_raster("flowpaths-accumulation", area_ramp, opacity=0.6)
    save_raster("districtterrain-contributing_area", area_ramp, opacity=0.6)
    save_vector("rainsimulation-arrows", "point", {"speed": "double", "direction": "double"}, flow_arrows())
    depth_fields = {"id": "integer", "max_depth": "double", "volume_m3": "double"}
    for name in ("rainfillspill-ponds", "depressions-output"):
        save_vector(
            name, "polygon", depth_fields, graduated("polygon", "max_depth", depth_ranges(), opacity=0.7)
        )
    save_vector(
        "districtterrain-depressions",
        "point",
        depth_fields,
        graduated(
            "point",
            "max_depth",
            depth_ranges(),
            sizes=[1.6 + 0.8 * index for index in range(len(DEPTH_BLUES))],
        ),
    )
    save_vector(
        "rainfillspill-flooded",
        "polygon",
        {"class": "integer", "depth": "string", "area_m2": "double"},
        categorized(
            "polygon",
            "class",  # legend texts come from the layer's own 'depth' field when the style is applied
            [(number, colour, "") for number, (_depth, colour) in enumerate(DEPTH_BLUES, start=1)],
            opacity=0.8,
        ),
    )
    save_vector(
        "flowpaths-output",
        "line",
        {"segment": "integer", "strahler": "integer", "area_m2": "double"},
        graduated(
            "line",
            "area_m2",
            [(lower, upper, "#2b8cbe", label) for lower, upper, label in FLOW_AREAS],
            sizes=[0.2 + 0.35 * index for index in range(len(FLOW_AREAS))],
        ),
    )
    for geometry in ("polygon", "point"):
        save_vector(
            f"affectedbuildings-output-{geometry}",
            geometry,
            {"risk": "integer", "risk_class": "string", "max_depth": "double"},
            categorized(geometry, "risk", list(RISK_COLOURS)),
        )


def flow_arrows():
    """Arrows turned to the flow direction (degrees from north), larger and darker when faster."""
    colours = ("#fec44f", "#ec7014", "#993404")
    classes = [(lower, upper, colour, label) for (lower, upper, label), colour in zip(ARROW_SPEEDS, colours)]
    renderer = graduated("point", "speed", classes, sizes=[3.0, 4.5, 6.0])
    for index, item in enumerate(renderer.ranges()):
        arrow = item.symbol().clone()
        marker = arrow.symbolLayer(0)
        marker.setShape(QgsSimpleMarkerSymbolLayerBase.ArrowHeadFilled)
        marker.setDataDefinedProperty(QgsSymbolLayer.PropertyAngle, QgsProperty.fromField("direction"))
        renderer.updateRangeSymbol(index, arrow)
    return renderer


def school_routes():
    save_vector(
        "walknetwork-output",
        "line",
        {"highway": "string", "high_speed": "integer", "from_cross": "string", "to_cross": "string"},
        rule_based([(expression, colour, width, label) for expression, colour, width, label in WALK_RULES]),
    )
    for geometry in ("point", "polygon"):
        save_vector(
            f"schoolroutes-output-{geometry}",
            geometry,
            {"status_code": "string", "short_m": "double"},
            categorized(geometry, "status_code", STATUS_COLOURS, size=2.0),
        )
    save_vector(
        "schoolroutes-routes",
        "line",
        {"route_code": "string", "length_m": "double"},
        categorized("line", "route_code", ROUTE_KINDS, size=0.6, opacity=0.5),
    )
    reds = ["#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"]
    pupil_classes = [
        (lower, upper, reds[index], label) for index, (lower, upper, label) in enumerate(CROSSING_PUPILS)
    ]
    save_vector(
        "schoolhotspots-nodes",
        "point",
        {"rank": "integer", "pupils": "double", "kind": "string"},
        graduated(
            "point",
            "pupils",
            pupil_classes,
            sizes=[2.0, 3.0, 4.0, 5.0, 6.5],
        ),
        label_expression='"rank"',
    )
    save_vector(
        "schoolhotspots-edges",
        "line",
        {"rank": "integer", "pupils": "double"},
        graduated(
            "line",
            "pupils",
            pupil_classes,
            sizes=[0.5, 0.9, 1.3, 1.8, 2.5],
        ),
    )
    greens = ["#006d2c", "#31a354", "#74c476", "#bae4b3", "#edf8e9", "#f7fcf5"]
    save_vector(
        "schoolcatchments-output",
        "polygon",
        {"school": "string", "type": "string", "minutes": "double"},
        graduated(
            "polygon",
            "minutes",
            [
                (lower, upper, greens[index], RANGE_MINUTES if upper < 999 else ABOVE_MINUTES)
                for index, (lower, upper) in enumerate(MINUTE_BANDS)
            ],
            opacity=0.45,
        ),
    )


def rule_based(rules):
    """``[(expression, colour, width, label)]``, one rule each (QGIS draws every matching rule)."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, colour, width, label in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol("line", colour, width), 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def parking():
    for geometry in ("point", "polygon"):
        for name, field in (("parkingfeed-output", "occ_rate"), ("parkingstats-output", "mean_occ")):
            if name == "parkingfeed-output" and geometry == "polygon":
                continue
            save_vector(
                f"{name}-{geometry}",
                geometry,
                {field: "double", "name": "string"},
                graduated(
                    geometry, field, OCCUPANCY, sizes=[3.5] * len(OCCUPANCY) if geometry == "point" else None
                ),
            )
    save_vector(
        "sensorlocations-output",
        "point",
        {"stream": "string", "value": "double", "unit": "string"},
        QgsSingleSymbolRenderer(symbol("point", "#3182bd", 3.0)),
        label_expression="format_number(\"value\", 1) || ' ' || coalesce(\"unit\", '')",
    )


def main():
    application = QgsApplication([], False)
    application.initQgis()
    STYLES.mkdir(exist_ok=True)
    for old in STYLES.glob("*.qml"):
        old.unlink()
    heavy_rain()
    school_routes()
    parking()
    print(f"{len(list(STYLES.glob('*.qml')))} styles in {STYLES.relative_to(REPO)}")
    application.exitQgis()


if __name__ == "__main__":
    main()
