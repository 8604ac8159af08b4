"""Processing algorithms that load urban data platform layers and parking feeds."""
