"""The only place where QGIS and the pure core meet: transport, layers, settings, logging."""
