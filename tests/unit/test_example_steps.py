"""The example project runs every demo step that needs no sensor platform, nor its results."""

from smartcity_qgis.processing.examples import STEPS, offline_steps, step_outputs


def test_offline_steps_leave_out_the_platform_and_what_reads_its_results():
    left_out = {step[0] for step in STEPS} - {step[0] for step in offline_steps()}
    assert left_out == {
        "smartcity:sensorlocations",
        "smartcity:observations",
        "smartcity:parkingstats",
        "smartcity:parkingavailability",
        "smartcity:parkingforecast",
        "smartcity:parkingreport",
        "smartcity:exportcitygml3dynamizer",
    }
    assert len(offline_steps()) == len(STEPS) - 8  # observations run twice


def test_step_outputs_name_what_a_step_writes_not_what_it_reads():
    outputs = dict(zip((step[1] for step in STEPS), step_outputs(STEPS)))
    assert outputs["school-routes.gpkg"] == {"OUTPUT": "school-routes.gpkg", "ROUTES": "route-lines.gpkg"}
    assert outputs["flooded.gpkg"] == {
        "FLOODED": "flooded.gpkg",
        "WATER_DEPTH": "water-depth.tif",
        "PONDS": "ponds.gpkg",
    }
    assert outputs["availability.gpkg"] == {"OUTPUT": "availability.gpkg"}  # reads walk-network, stats
