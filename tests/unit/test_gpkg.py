"""Date-times in GeoPackages get the UTC 'Z' the standard asks for; GDAL then reads them as UTC."""

from osgeo import ogr

from smartcity_qgis.core.gpkg import mark_utc

ogr.UseExceptions()


def test_only_the_named_columns_become_utc_and_offsets_stay(tmp_path):
    path = str(tmp_path / "times.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("times", geom_type=ogr.wkbPoint)
    for name in ("observed", "local"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTDateTime))
    for observed in ("2026-03-29T00:30:00", "2026-03-29T01:30:00+02:00"):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("observed", observed)
        feature.SetField("local", "2026-03-29T12:00:00")
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (9 48)"))
        layer.CreateFeature(feature)
    del layer, dataset
    mark_utc(path, ["observed"])
    dataset = ogr.Open(path)
    rows = [
        (feature.GetFieldAsDateTime("observed"), feature.GetFieldAsDateTime("local"))
        for feature in dataset.GetLayer(0)
    ]
    assert [observed[-1] for observed, _local in rows] == [100, 100 + 8]  # UTC; +02:00 kept
    assert [local[-1] for _observed, local in rows] == [0, 0]  # no zone: not touched
