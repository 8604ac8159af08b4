"""Digital twin formats: CityGML 2.0/3.0 and CityJSON writers, CityGML enrichment, 3D Tiles."""
