"""Memory layers for the tests inside QGIS."""

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer


def memory_layer(definition, rows, name="layer"):
    """A memory layer of ``definition`` (e.g. ``"Point?crs=EPSG:25832&field=id:string"``) with one
    feature per ``(attributes, WKT)`` in ``rows`` (WKT None: no geometry)."""
    layer = QgsVectorLayer(definition, name, "memory")
    features = []
    for attributes, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(attributes))
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer
