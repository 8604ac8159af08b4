"""smartcity:loadcitymodel — a CityGML or CityJSON file as footprints with attributes, to check it in QGIS."""

from __future__ import annotations

import json
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.columns import column_kind
from ...core.errors import N_, InputError
from ...core.lazy import LazyModule
from ...core.twin.city_model_reader import read_citygml, read_cityjson
from ...qgisbridge.compat import SOURCE_POLYGON, WKB_MULTIPOLYGON
from ...qgisbridge.layers import PROPERTY_KINDS, add_in_batches, make_fields
from ..base import SmartCityAlgorithm, read_input
from .params import CITY_MODEL_ENDINGS, add_city_model_file

geometry = LazyModule("shapely.geometry")
BOOKKEEPING = (("object_id", QMetaType.Type.QString), ("type", QMetaType.Type.QString))


def field_value(value, kind):
    if value is None:
        return None
    if kind == QMetaType.Type.QString and isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value) if kind == QMetaType.Type.QString else value


class LoadCityModelAlgorithm(SmartCityAlgorithm):
    ALG_ID = "loadcitymodel"
    GROUP_ID = "twin"
    INPUT = "INPUT"
    MODEL_CRS = "MODEL_CRS"
    OUTPUT = "OUTPUT"
    ROOFS = "ROOFS"

    def displayName(self):
        return self.tr("Load 3D city model (CityGML, CityJSON)")

    def help_text(self):
        return self.tr(
            "Reads a CityGML 2.0/1.0 file (e.g. the LoD2 buildings of your Land's survey office, or "
            "an export of this plugin) or a CityJSON/CityJSONSeq file and writes one polygon per "
            "city object: its ground surfaces, else all its surfaces seen from above (courtyards "
            "stay open), with its id, type and attributes (generic attributes, measured height, "
            "function …). Use it to check an export, or to see and pick the buildings to enrich. "
            "The CRS is read from the file (srsName, referenceSystem); give it here only when the "
            "file names none or a wrong one. Optionally also the roofs in 3D (PolygonZ, one "
            "multipolygon per object): the roof surfaces of LoD2 buildings, the tops of LoD1 "
            "blocks - for QGIS's 3D map view or to check heights."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add_city_model_file(self, self.INPUT)
        add(
            QgsProcessingParameterCrs(
                self.MODEL_CRS, self.tr("CRS of the file (default: as it says)"), None, optional=True
            )
        )
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("City objects"), SOURCE_POLYGON))
        add(
            QgsProcessingParameterFeatureSink(
                self.ROOFS, self.tr("Roofs in 3D"), SOURCE_POLYGON, optional=True, createByDefault=False
            )
        )

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        name = os.path.basename(path)
        with_roofs = bool(self.parameterAsOutputLayer(parameters, self.ROOFS, context))
        if path.lower().endswith(CITY_MODEL_ENDINGS):
            model = read_cityjson(read_input(path), name, feedback.isCanceled, with_roofs)
        else:
            model = read_citygml(path, feedback.isCanceled, with_roofs)
        crs = self.parameterAsCrs(parameters, self.MODEL_CRS, context)
        if not crs.isValid():
            if model.epsg is None:
                raise InputError(N_("{name} names no CRS; choose the CRS of the file."), name=name)
            crs = QgsCoordinateReferenceSystem(f"EPSG:{model.epsg}")
        names = sorted({key for item in model.objects for key in item.attributes} - {"object_id", "type"})
        kinds = {
            key: PROPERTY_KINDS[column_kind([item.attributes.get(key) for item in model.objects]) or "text"]
            for key in names
        }
        fields = make_fields(BOOKKEEPING + tuple(kinds.items()))
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, WKB_MULTIPOLYGON, crs)

        def features():
            for item in model.objects:
                feature = QgsFeature(fields)
                if item.footprint is not None:
                    shape = QgsGeometry.fromWkt(item.footprint.wkt)
                    shape.convertToMultiType()
                    feature.setGeometry(shape)
                values = [field_value(item.attributes.get(key), kinds[key]) for key in names]
                feature.setAttributes([item.object_id, item.kind, *values])
                yield feature

        add_in_batches(sink, features(), feedback)
        without = sum(item.footprint is None for item in model.objects)
        feedback.pushInfo(
            self.tr("{count} city objects read from {name} ({crs}); {without} without surfaces.").format(
                count=len(model.objects), name=name, crs=crs.authid(), without=without
            )
        )
        results = {self.OUTPUT: dest_id}
        if with_roofs:
            results[self.ROOFS] = self.write_roofs(parameters, context, feedback, model, crs)
        return results

    def write_roofs(self, parameters, context, feedback, model, crs):
        """One 3D multipolygon of its roofs per object that has any."""
        fields = make_fields(BOOKKEEPING)
        sink, dest_id = self.create_sink(
            parameters, self.ROOFS, context, fields, QgsWkbTypes.addZ(WKB_MULTIPOLYGON), crs
        )

        def features():
            for item in model.objects:
                if item.roofs:
                    feature = QgsFeature(fields)
                    roofs = geometry.MultiPolygon([geometry.Polygon(*rings) for rings in item.roofs])
                    feature.setGeometry(QgsGeometry.fromWkt(roofs.wkt))  # as the footprints: shapely's WKT
                    feature.setAttributes([item.object_id, item.kind])
                    yield feature

        add_in_batches(sink, features(), feedback)
        return dest_id
