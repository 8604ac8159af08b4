"""A school route plan as a QGIS print layout: one A4 page per school with the map of its safe
routes, the numbered danger spots, legend, scale bar and the list of the spots; exported as PDF."""

from __future__ import annotations

from datetime import date

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QMetaType
from qgis.PyQt.QtGui import QColor, QFont

from ..core.errors import N_, SmartCityError
from .compat import LABEL_OVER_POINT, LAYOUT_MM, LEGEND_SYMBOL_LABEL, TEXT_AS_TEXT
from .i18n import tr
from .layers import memory_layer

PAGE_WIDTH, BORDER = 210.0, 12.0  # mm, A4 portrait
MAP_TOP, MAP_WIDTH, MAP_HEIGHT = 30.0, 186.0, 160.0
MAP_ASPECT = MAP_WIDTH / MAP_HEIGHT
BELOW_MAP = MAP_TOP + MAP_HEIGHT + 4
LIST_LEFT = 92.0
SAFE_ROUTE_COLOUR = "33,113,181"


class ExportFailed(SmartCityError):
    pass


def page_layer(name, geometry, crs, spec, rows):
    """A memory layer (:func:`.layers.memory_layer`) of ``rows`` = ``[(attribute values,
    QgsGeometry)]``, the fields of ``spec``."""
    features = []
    for values, shape in rows:
        feature = QgsFeature()
        feature.setAttributes(list(values))
        feature.setGeometry(shape)
        features.append(feature)
    return memory_layer(name, spec, features, geometry, crs.authid() or crs.toWkt())


def styled(layer, symbol, label_field=None):
    """``layer`` drawn with ``symbol`` and, with ``label_field``, labelled in white on it."""
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if label_field:
        settings = QgsPalLayerSettings()
        settings.fieldName = label_field
        settings.placement = LABEL_OVER_POINT
        text = QgsTextFormat()
        text.setFont(QFont("Sans Serif", 8, QFont.Weight.Bold))
        text.setSize(8)
        text.setColor(QColor("white"))
        settings.setFormat(text)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    return layer


def page_layers(page, crs, route_rows, context):
    """The layers of one page: numbered danger spots, the school, its safe routes, the context."""
    spots = page_layer(
        tr("Danger spots (numbered as in the list)"),
        "Point",
        crs,
        (("number", QMetaType.Type.Int),),
        [
            ((number,), QgsGeometry.fromPointXY(QgsPointXY(s.x, s.y)))
            for number, s in enumerate(page.spots, 1)
        ],
    )
    school = page_layer(
        tr("School"),
        "Point",
        crs,
        (("name", QMetaType.Type.QString),),
        [((page.school,), QgsGeometry.fromPointXY(QgsPointXY(page.x, page.y)))],
    )
    routes = page_layer(tr("Safe routes"), "LineString", crs, (("home", QMetaType.Type.Int),), route_rows)
    layers = [
        styled(
            spots,
            QgsMarkerSymbol.createSimple({"name": "circle", "color": "215,25,28", "size": "4.5"}),
            "number",
        ),
        styled(school, QgsMarkerSymbol.createSimple({"name": "square", "color": "20,20,20", "size": "4"})),
        styled(
            routes,
            QgsLineSymbol.createSimple(
                {"line_color": SAFE_ROUTE_COLOUR, "line_width": "0.9", "capstyle": "round"}
            ),
        ),
    ]
    if context is not None:
        layers.append(context)
    return layers


def context_layer(layer):
    """The walking network (or any line layer) drawn thin and grey under every page."""
    layer.setName(tr("Walking network"))
    return styled(layer, QgsLineSymbol.createSimple({"line_color": "170,170,170", "line_width": "0.2"}))


def set_legend_font(legend, points):
    """Legend entries in ``points`` (QGIS 3.30 and later keep the font in a text format)."""
    style = legend.rstyle(LEGEND_SYMBOL_LABEL)
    font = QFont("Sans Serif", points)
    if hasattr(style, "setTextFormat"):
        text = style.textFormat()
        text.setFont(font)
        text.setSize(points)
        style.setTextFormat(text)
    else:
        style.setFont(font)


def add_label(layout, page_number, text, position, size, points=10, bold=False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("Sans Serif", points)
    font.setBold(bold)
    label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(*position, LAYOUT_MM), page=page_number)
    label.attemptResize(QgsLayoutSize(*size, LAYOUT_MM))
    return label


def route_plan_layout(pages, crs, routes_by_school, context, title, texts):
    """The print layout (and the project holding its layers) of the plan ``pages``.

    ``routes_by_school``: ``{school: [(values, QgsGeometry)]}`` of the safe route lines;
    ``texts``: the templates of subtitle, list heading and footer, and ``list``: page → its spot list.
    """
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    trees = []
    if context is not None:
        project.addMapLayer(context_layer(context))
    for number, page in enumerate(pages):
        if number:
            extra = QgsLayoutItemPage(layout)
            extra.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
            layout.pageCollection().addPage(extra)
        else:
            layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        layers = page_layers(page, crs, routes_by_school.get(page.school, []), context)
        project.addMapLayers([layer for layer in layers if layer is not context])
        add_label(
            layout, number, f"{title}: {page.school}", (BORDER, 10), (PAGE_WIDTH - 2 * BORDER, 10), 16, True
        )
        add_label(layout, number, texts["subtitle"].format(routes=page.routes), (BORDER, 21), (186, 7), 9)
        item = QgsLayoutItemMap(layout)
        item.setCrs(crs)
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setFrameEnabled(True)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(BORDER, MAP_TOP, LAYOUT_MM), page=number)
        item.attemptResize(QgsLayoutSize(MAP_WIDTH, MAP_HEIGHT, LAYOUT_MM))
        item.setExtent(QgsRectangle(*map(float, page.extent)))  # framed to MAP_ASPECT
        bar = QgsLayoutItemScaleBar(layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(item)
        bar.applyDefaultSize()
        layout.addLayoutItem(bar)
        bar.attemptMove(QgsLayoutPoint(BORDER, BELOW_MAP, LAYOUT_MM), page=number)
        legend = QgsLayoutItemLegend(layout)
        legend.setAutoUpdateModel(False)
        tree = QgsLayerTree()
        for layer in layers:
            tree.addLayer(layer)
        trees.append(tree)
        legend.model().setRootGroup(tree)
        legend.setLinkedMap(item)
        legend.setTitle("")
        set_legend_font(legend, 9)
        layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(BORDER, BELOW_MAP + 14, LAYOUT_MM), page=number)
        width = PAGE_WIDTH - BORDER - LIST_LEFT
        add_label(layout, number, texts["spots"], (LIST_LEFT, BELOW_MAP), (width, 6), 10, True)
        add_label(layout, number, texts["list"](page), (LIST_LEFT, BELOW_MAP + 7), (width, 75), 8)
        footer = texts["footer"].format(day=date.today().strftime("%d.%m.%Y"))
        add_label(layout, number, footer, (BORDER, 285), (PAGE_WIDTH - 2 * BORDER, 6), 7)
    return layout, project, trees


def export_pdf(layout, path):
    """Write ``layout`` (all its pages) as one PDF to ``path``."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = TEXT_AS_TEXT  # searchable, and what screen readers read
    result = QgsLayoutExporter(layout).exportToPdf(path, settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise ExportFailed(
            N_("QGIS could not write the PDF {path} (error {code})."), path=path, code=int(result)
        )
