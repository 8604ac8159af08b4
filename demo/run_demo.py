"""Run the Smart City algorithms on the bundled demo town through qgis_process, as a user would.

Writes the results and a styled QGIS project of them (smartcity-demo.qgz) into the output folder
and prints a short summary.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo.paths import DATA  # noqa: E402
from demo.sensors import fill_demo_platform  # noqa: E402
from smartcity_qgis.processing.examples import OUTPUT_PARAMETER, STEPS, with_places  # noqa: E402
from tools.sensorthings_server import SensorThingsServer  # noqa: E402


def filled(value, platform_url, stream_ids, output):
    """A parameter value with the demo platform's URL, Datastream ids and output folder put in."""
    parking = ",".join(
        stream_id for name, stream_id in stream_ids.items() if name.endswith("freie Stellplätze")
    )
    places = {"platform": platform_url, "parking": parking, "output": str(output), "data": str(DATA)}
    return with_places(value, places, stream_ids.__getitem__)


def describe(path):
    """``(name, count text)`` of an output: features of a layer, or the size of a file."""
    if path.suffix == ".gpkg":
        name, count = feature_count(path)
        return name, f"{count:>7} features"
    size = sum(file.stat().st_size for file in path.iterdir()) if path.is_dir() else path.stat().st_size
    return path.stem, f"{size / 1024:>7.0f} KB"


def run_algorithm(algorithm, parameters, environment):
    """Run one algorithm with string parameters; return its JSON answer."""
    command = ["qgis_process.bin", "run", algorithm, "--json", "--"]
    command += [f"{key}={value}" for key, value in parameters.items()]
    answer = subprocess.run(command, env=environment, capture_output=True, text=True)
    if answer.returncode != 0:
        sys.exit(f"{algorithm} failed:\n{answer.stdout}\n{answer.stderr}")
    return json.loads(answer.stdout)


def write_project(output):
    """The results as a styled QGIS project: the plugin's example project with the platform's
    results added."""
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    from smartcity_qgis.processing.provider import SmartCityProvider
    from smartcity_qgis.qgisbridge.example_project import PROJECT_FILE, write_example_project

    provider = SmartCityProvider()  # registered only while referenced
    QgsApplication.processingRegistry().addProvider(provider)
    return write_example_project(output / PROJECT_FILE, DATA, output, STEPS)


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
    print("  starting the local SensorThings server with the town's sensors …")
    with SensorThingsServer() as server:
        stream_ids = fill_demo_platform(server)
        for algorithm, filename, parameters in STEPS:
            target = output / filename
            values = {
                key: filled(value, server.base_url, stream_ids, output) for key, value in parameters.items()
            }
            values[OUTPUT_PARAMETER.get(algorithm, "OUTPUT")] = str(target)
            run_algorithm(algorithm, values, environment)
            name, count = describe(target)
            print(f"  {algorithm:<30} {name:<22} {count}  → {target}")
    project = write_project(output)
    print(f"Results are in {output}; open {project.name} in QGIS to see them on a map.")


if __name__ == "__main__":
    main()
