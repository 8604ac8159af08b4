"""Dock panel, its capability pages and the options page."""
