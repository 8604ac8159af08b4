"""Processing algorithms of the school-route analyses."""
