"""Run the Smart City algorithms on the bundled demo town through qgis_process, as a user would.

Writes the results under the output folder and prints a short summary.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

# (algorithm id, output file, parameters) — each later analysis adds its steps here.
STEPS = (
    (
        "smartcity:parkingfeed",
        "parking.gpkg",
        {"SOURCE": str(DATA / "herrenberg-parking.json"), "FORMAT": "0"},
    ),
)


def run_algorithm(algorithm, parameters, environment):
    """Run one algorithm with string parameters; return its JSON answer."""
    command = ["qgis_process.bin", "run", algorithm, "--json", "--"]
    command += [f"{key}={value}" for key, value in parameters.items()]
    answer = subprocess.run(command, env=environment, capture_output=True, text=True)
    if answer.returncode != 0:
        sys.exit(f"{algorithm} failed:\n{answer.stdout}\n{answer.stderr}")
    return json.loads(answer.stdout)


def feature_count(path):
    from osgeo import ogr

    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    return layer.GetName(), layer.GetFeatureCount()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plugin-path", required=True)
    parser.add_argument("--profile", required=True)
    parser.add_argument("--output", default="demo-output")
    args = parser.parse_args()
    output = Path(args.output).resolve()
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    environment = dict(
        os.environ,
        QGIS_PLUGINPATH=args.plugin_path,
        QGIS_CUSTOM_CONFIG_PATH=args.profile,
        QT_QPA_PLATFORM="offscreen",
    )
    print("Smart City demo — Herrenberg")
    for algorithm, filename, parameters in STEPS:
        target = output / filename
        run_algorithm(algorithm, {**parameters, "OUTPUT": str(target)}, environment)
        name, count = feature_count(target)
        print(f"  {algorithm:<28} {name:<20} {count:>7} features  → {target}")
    print(f"Results are in {output}")


if __name__ == "__main__":
    main()
