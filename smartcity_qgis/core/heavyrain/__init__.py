"""Heavy-rain (Starkregen) terrain analysis: filling, flow, depressions, fill-spill, exposure."""
