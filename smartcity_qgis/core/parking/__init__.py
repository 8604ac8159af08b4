"""Parking analyses on occupancy tables: statistics, turnover, availability, forecast, report."""
