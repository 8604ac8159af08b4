"""Urban data platform clients (SensorThings, NGSI-LD/v2, parking feeds) that yield plain records."""
