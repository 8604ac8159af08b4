"""Render the README screenshots from a real, headless QGIS session.

Usage: python tools/screenshots.py OUTPUT_FOLDER  (after `make demo`, which writes demo-output/)
Writes dock.png and dock-de.png (the Smart City panel in English and German with the demo town's
sensors on the local SensorThings server), demo-parking.png (the demo's car parks on the streets)
demo-heavyrain.png (the demo project as it opens: the design rain on the synthetic terrain) and
demo-3dtiles-cesium.png (the demo's exported 3D Tiles of the affected buildings in CesiumJS).
"""

import base64
import sys
import time
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsGraduatedSymbolRenderer,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsStyle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def wait_until_idle(page):
    while page.busy():
        QgsApplication.processEvents()
        time.sleep(0.01)
    QgsApplication.processEvents()


def render_dock(target):
    """The platform page with the demo town's sensors loaded and one week of a car park charted."""
    import smartcity_qgis
    from demo.sensors import HOURS, WEEK_START, fill_demo_platform
    from smartcity_qgis.core.platforms.connection import Platform
    from smartcity_qgis.qgisbridge.connections import delete_connection, save_connection
    from smartcity_qgis.ui.dock import SmartCityDock
    from tools.sensorthings_server import SensorThingsServer

    plugin = smartcity_qgis.classFactory(None)
    plugin.initProcessing()
    with SensorThingsServer() as server:
        fill_demo_platform(server)
        save_connection("Herrenberg", Platform("sensorthings", server.base_url))
        dock = SmartCityDock()
        dock.resize(440, 820)
        dock.show()
        page = dock.pages["platform"]
        page.reload_connections("Herrenberg")
        page.load()
        wait_until_idle(page)
        page.search.setText("Altstadtgarage")
        parent = next(
            page.tree.topLevelItem(i)
            for i in range(page.tree.topLevelItemCount())
            if not page.tree.topLevelItem(i).isHidden()
        )
        parent.child(0).setSelected(True)
        page.range.setCurrentIndex(2)
        last_week = int(WEEK_START.timestamp()) + (HOURS - 7 * 24) * 3600
        page.start.setDateTime(QDateTime.fromSecsSinceEpoch(last_week, Qt.UTC))
        page.end.setDateTime(page.start.dateTime().addDays(7))
        page.show_chart()
        wait_until_idle(page)
        dock.grab().save(str(target))
        dock.shutdown()
        delete_connection("Herrenberg")
    plugin.unload()


def render_demo_map(target):
    streets = QgsVectorLayer(
        str(REPO / "smartcity_qgis" / "example" / "herrenberg-minimal.osm.pbf") + "|layername=lines",
        "streets",
        "ogr",
    )
    parking = QgsVectorLayer(str(REPO / "demo-output" / "parking.gpkg"), "parking", "ogr")
    if not (streets.isValid() and parking.isValid()):
        sys.exit("Run `make demo` first: demo-output/parking.gpkg is missing.")
    streets.renderer().symbol().setColor(QColor("#9a9a9a"))
    renderer = QgsGraduatedSymbolRenderer("capacity")
    renderer.updateClasses(parking, QgsGraduatedSymbolRenderer.EqualInterval, 4)
    renderer.setSymbolSizes(2.5, 7.0)
    renderer.updateColorRamp(QgsStyle.defaultStyle().colorRamp("Blues"))
    parking.setRenderer(renderer)
    QgsProject.instance().addMapLayers([streets, parking])
    render_map([parking, streets], parking, target)


def render_map(layers, extent_layer, target):
    """Draw ``layers`` (top first) around ``extent_layer`` into a 900 × 700 PNG."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    settings.setOutputSize(QSize(900, 700))
    settings.setBackgroundColor(QColor("white"))
    extent = settings.layerExtentToOutputExtent(extent_layer, extent_layer.extent())
    extent.scale(1.15)
    settings.setExtent(extent)
    image = QImage(settings.outputSize(), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    image.save(str(target))


def render_heavy_rain_map(target):
    """The demo project as it opens: design rain, flow paths and buildings by risk on the terrain."""
    project = QgsProject.instance()
    if not project.read(str(REPO / "demo-output" / "smartcity-demo.qgz")):
        sys.exit("Run `make demo` first: demo-output/smartcity-demo.qgz is missing.")
    layers = [node.layer() for node in project.layerTreeRoot().findLayers() if node.isVisible()]
    terrain = next(layer for layer in layers if isinstance(layer, QgsRasterLayer) and "DGM1" in layer.name())
    render_map(layers, terrain, target)


def render_tileset_in_cesium(target):
    """The demo's 3D Tiles export as CesiumJS shows it (headless Chromium): the affected buildings
    coloured by risk as in QGIS, from the south."""
    from smartcity_qgis.qgisbridge.legend import RISK_COLOURS
    from tools.cesium_viewer import view_tileset

    colours = [[f"${{risk}} === {number}", f"color('{colour}')"] for number, colour, _name in RISK_COLOURS]
    answer = view_tileset(
        REPO / "demo-output" / "buildings-3dtiles",
        [],
        pitch=-50.0,
        range_m=1500.0,
        style={"color": {"conditions": colours}},
    )
    if "error" in answer:
        sys.exit(f"CesiumJS could not show the demo's tileset: {answer['error']}")
    target.write_bytes(base64.b64decode(answer["picture"].split(",", 1)[1]))


def main():
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    output.mkdir(parents=True, exist_ok=True)
    application = QgsApplication([], True)
    application.initQgis()
    render_dock(output / "dock.png")
    from smartcity_qgis.qgisbridge.i18n import install_translator

    install_translator("de_DE")  # the plugin loaded next speaks German; unloading it removes it
    render_dock(output / "dock-de.png")
    render_demo_map(output / "demo-parking.png")
    render_heavy_rain_map(output / "demo-heavyrain.png")
    render_tileset_in_cesium(output / "demo-3dtiles-cesium.png")
    print(f"Screenshots written to {output}")
    QgsProject.instance().clear()


if __name__ == "__main__":
    main()
