"""The "Smart City" processing provider and its algorithms (one file each)."""
