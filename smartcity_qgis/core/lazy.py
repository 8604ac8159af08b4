"""Modules imported when first used: loading the plugin (and every ``qgis_process`` call) then
pays nothing for pandas, SciPy or Shapely, and the plugin loads where one of them is missing."""

import importlib


class LazyModule:
    """Stands for the module ``name``; the first attribute read imports it."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attribute):
        value = getattr(importlib.import_module(self._name), attribute)
        setattr(self, attribute, value)  # later reads skip __getattr__
        return value
