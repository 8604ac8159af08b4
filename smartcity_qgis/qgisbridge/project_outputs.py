"""Where the dock writes its results: a folder kept in the project, so that a saved project still
finds its layers after a restart.

The folder is the one chosen in the dock, else ``smartcity-results`` beside a saved project file;
only an unsaved project without a chosen folder gets temporary outputs.
"""

from __future__ import annotations

import os

from qgis.core import QgsProcessing, QgsProject

SCOPE = "smartcity"
KEY = "/output_folder"
BESIDE_PROJECT = "smartcity-results"


def chosen_folder(project=None):
    """The folder chosen for this project ("" if none)."""
    project = project or QgsProject.instance()
    folder, _found = project.readEntry(SCOPE, KEY, "")
    return folder


def choose_folder(folder, project=None):
    """Keep ``folder`` (``""``: none) as this project's output folder."""
    (project or QgsProject.instance()).writeEntry(SCOPE, KEY, folder)


def output_folder(project=None):
    """The folder results go to, or None (an unsaved project without a chosen folder)."""
    project = project or QgsProject.instance()
    folder = chosen_folder(project)
    if folder:
        return folder
    if project.fileName():
        return os.path.join(project.homePath(), BESIDE_PROJECT)
    return None


def destination(name, extension="gpkg", project=None):
    """A new file ``<name>.<extension>`` (a folder ``<name>`` without ``extension``) in the output
    folder, ``<name>-2`` … when taken, or a temporary output when there is no folder."""
    folder = output_folder(project)
    if folder is None:
        return QgsProcessing.TEMPORARY_OUTPUT
    os.makedirs(folder, exist_ok=True)
    suffix = f".{extension}" if extension else ""
    path = os.path.join(folder, name + suffix)
    number = 2
    while os.path.exists(path):
        path = os.path.join(folder, f"{name}-{number}{suffix}")
        number += 1
    return path
