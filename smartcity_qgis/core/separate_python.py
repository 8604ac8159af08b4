"""Runs a piece of the plugin's core in a separate Python of the same version (the one QGIS
embeds has no executable of its own), for work that must not share QGIS's process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .errors import N_, Cancelled, InputError

PLUGIN_PARENT = str(Path(__file__).resolve().parents[2])  # the folder holding smartcity_qgis/
POLL_S = 0.1
VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"  # of this Python, e.g. "3.11"


def python_executable():
    """The Python interpreter installed with this Python's library (Linux, macOS: bin/python3.X;
    Windows: python.exe), so that it has the same packages; else this process's own where it is a
    Python (QGIS embeds Python, and its ``sys.executable`` may be any ``python3`` on the PATH)."""
    candidates = [
        os.path.join(sys.exec_prefix, "bin", f"python{VERSION}"),
        os.path.join(sys.exec_prefix, "python.exe"),
        os.path.join(sys.exec_prefix, "python3.exe"),
        sys.executable if Path(sys.executable or "").name.lower().startswith("python") else None,
        shutil.which(f"python{VERSION}"),
    ]
    return next((path for path in candidates if path and os.path.isfile(path)), None)


def run_function(module, arguments, is_cancelled=lambda: False):
    """Run ``module.main()`` (a module of this package, e.g. ``smartcity_qgis.core.twin.validation``)
    in a separate Python with ``arguments`` as ``sys.argv[1:]``; returns the JSON of the last line
    it prints. Cancel kills it."""
    python = python_executable()
    if python is None:
        raise InputError(
            N_("No Python interpreter of version {version} was found beside QGIS."), version=VERSION
        )
    code = f"import sys; sys.path.insert(0, sys.argv.pop(1)); from {module} import main; main()"
    with subprocess.Popen(
        [python, "-c", code, PLUGIN_PARENT, *map(str, arguments)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    ) as process:
        while True:
            try:
                output, errors = process.communicate(timeout=POLL_S)  # reads as it waits
                break
            except subprocess.TimeoutExpired:
                if is_cancelled():
                    process.kill()
                    process.communicate()
                    raise Cancelled() from None
    lines = [line for line in output.splitlines() if line.startswith("{")]
    if process.returncode != 0 or not lines:
        raise InputError(
            N_("The separate Python process stopped with an error: {detail}"), detail=errors.strip()[-500:]
        )
    return json.loads(lines[-1])
