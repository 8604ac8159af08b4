"""Pure-Python core: protocols, formats and analyses. Never imports qgis or PyQt5."""
