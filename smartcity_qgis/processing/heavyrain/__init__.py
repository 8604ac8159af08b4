"""Processing algorithms of the heavy-rain analyses."""
