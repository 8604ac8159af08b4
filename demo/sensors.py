"""The demo town's sensor platform: Herrenberg's car parks on a local SensorThings server.

Capacities and coordinates are the real ones from ``data/herrenberg-parking.json``; the counts are
SYNTHETIC (five weeks of a weekday/weekend occupancy profile with some noise), because the open
feed has no history. A synthetic rain gauge adds a heavy-rain event for the heavy-rain analyses.
"""

import json
import math
import random
from datetime import datetime, timedelta

from demo.paths import DATA
from smartcity_qgis.processing import examples

WEEK_START = datetime.fromisoformat(examples.WEEK_START.replace("Z", "+00:00"))
WEEKS = 5
HOURS = WEEKS * 7 * 24
NOISE = 0.05
RAIN_GAUGE = (examples.RAIN_GAUGE, (8.8590, 48.5990))


def occupancy(moment):
    """Synthetic occupied share: busy midday on weekdays, a Saturday market peak, quiet nights."""
    hour = moment.hour + 1  # local time (CET)
    weekday = moment.weekday()
    peak = 0.85 if weekday < 5 else 0.95 if weekday == 5 else 0.35
    day_shape = math.exp(-(((hour - 12.5) / 3.5) ** 2))
    return 0.08 + (peak - 0.08) * day_shape


def rain_mm(hour_index):
    """Synthetic hourly rain: dry weeks with a 3-hour cloudburst (Starkregen) in the last week."""
    first = HOURS - 4 * 24 + 3
    storm = {first: 8.0, first + 1: 31.5, first + 2: 12.0}
    return storm.get(hour_index, 0.0)


def fill_demo_platform(server):
    """Fill a running, empty SensorThings server; returns ``{stream name: Datastream id}``."""
    lots = json.loads((DATA / "herrenberg-parking.json").read_text("utf-8"))["lots"]
    ids = {}
    times = [WEEK_START + timedelta(hours=hour) for hour in range(HOURS)]
    for lot in lots:
        total = lot.get("total")
        if not total or not lot.get("coords"):
            continue
        stream = f"{lot['name']} – freie Stellplätze"
        [stream_id] = server.add_thing(
            lot["name"],
            (lot["coords"]["lng"], lot["coords"]["lat"]),
            [(stream, "Freie Stellplätze", "Stp")],
            {"capacity": total, "type": lot.get("lot_type", ""), "synthetic_counts": True},
        )
        ids[stream] = stream_id
        noise = random.Random(lot["id"])  # the same synthetic series on every run
        server.add_observations(
            stream_id,
            [
                (
                    moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    round(total * (1 - min(1.0, max(0.0, occupancy(moment) + noise.uniform(-NOISE, NOISE))))),
                )
                for moment in times
            ],
        )
    name, lon_lat = RAIN_GAUGE
    [gauge] = server.add_thing(name, lon_lat, [(name, "Niederschlag", "mm")], {"synthetic": True})
    ids[name] = gauge
    server.add_observations(
        gauge, [(moment.strftime("%Y-%m-%dT%H:%M:%SZ"), rain_mm(index)) for index, moment in enumerate(times)]
    )
    return ids
