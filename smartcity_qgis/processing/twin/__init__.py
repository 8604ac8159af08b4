"""Processing algorithms that export to and enrich the digital twin."""
