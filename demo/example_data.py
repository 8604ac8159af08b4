"""Write the synthetic layers of the demo town into the plugin's example folder: the homes, the
terrain model and the building footprints (seeded, so the files come out the same each time)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo.homes import write_homes  # noqa: E402
from demo.paths import DATA  # noqa: E402
from demo.terrain import write_town_terrain  # noqa: E402

HOMES = "homes.geojson"
TERRAIN = "dgm1-synthetic.tif"
BUILDINGS = "buildings.geojson"


def write_example_data(folder):
    """Write the three synthetic layers into ``folder``."""
    folder = Path(folder)
    write_homes(folder / HOMES)
    write_town_terrain(folder / TERRAIN, folder / BUILDINGS, folder / HOMES)


if __name__ == "__main__":
    write_example_data(sys.argv[1] if len(sys.argv) > 1 else DATA)
