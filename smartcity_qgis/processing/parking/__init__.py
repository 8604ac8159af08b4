"""Processing algorithms of the parking analyses."""
