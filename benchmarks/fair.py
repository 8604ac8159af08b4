"""Fair measuring shared by the benchmarks.

Ours and the reference run interleaved round by round (A B A B …), each run in a fresh Python;
ratios are printed as min and median over the rounds and judged against the goal. With
``BENCH_VERDICTS`` set (``make benchmarks`` does), every verdict is also appended to that file
as one JSON line, which ``benchmarks/summary.py`` prints as one table.
"""

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from subprocess import PIPE

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def fresh(script, *arguments, python=sys.executable, env=None, timeout=None):
    """Runs ``script --run arguments`` in a fresh Python and returns its last JSON line; None when
    it has not finished after ``timeout`` seconds (then it is stopped)."""
    try:
        done = subprocess.run(
            run_command(script, arguments, python), capture_output=True, text=True, env=env, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None
    return last_result(script, arguments, done.returncode, done.stdout, done.stderr)


def at_once(script, *argument_lists, python=sys.executable):
    """Runs ``script --run arguments`` for each of ``argument_lists`` at the same time, each in a
    fresh Python, and returns their last JSON lines."""
    started = [
        (
            arguments,
            subprocess.Popen(run_command(script, arguments, python), stdout=PIPE, stderr=PIPE, text=True),
        )
        for arguments in argument_lists
    ]
    results = []
    for arguments, process in started:
        stdout, stderr = process.communicate()
        results.append(last_result(script, arguments, process.returncode, stdout, stderr))
    return results


def run_command(script, arguments, python):
    return [str(python), str(script), "--run", *map(str, arguments)]


def last_result(script, arguments, returncode, stdout, stderr):
    """The last JSON line of a finished run; a failed run ends the benchmark with its error output."""
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if returncode != 0 or not lines:
        sys.exit(f"{Path(script).name} {' '.join(map(str, arguments))} failed:\n{stderr[-3000:]}")
    return json.loads(lines[-1])


def interleave(runs, rounds=ROUNDS):
    """``runs`` maps a name to a function measuring once; all of them run once per round, in turn."""
    results = {name: [] for name in runs}
    for _round in range(rounds):
        for name, run in runs.items():
            results[name].append(run())
    return results


def ratios(numerators, denominators):
    """Round-by-round ratios of two equally long lists."""
    return [top / bottom for top, bottom in zip(numerators, denominators)]


def verdict(workload, values, goal, at_most=True, unit="×", note=""):
    """Prints min and median of ``values`` against ``goal``; the median decides meets/misses."""
    middle = statistics.median(values)
    meets = middle <= goal if at_most else middle >= goal
    goal_text = f"{'≤' if at_most else '≥'} {goal:g}{unit}"
    print(
        f"  {workload}: min {min(values):.3g}{unit}, median {middle:.3g}{unit} over {len(values)} rounds "
        f"(goal {goal_text}) — {'meets' if meets else 'misses'}"
    )
    if os.environ.get("BENCH_VERDICTS"):
        with open(os.environ["BENCH_VERDICTS"], "a", encoding="utf-8") as verdicts:
            row = {"workload": workload, "min": min(values), "median": middle, "unit": unit}
            row.update(goal=goal_text, meets=meets, rounds=len(values), note=note)
            verdicts.write(json.dumps(row, ensure_ascii=False) + "\n")
    return meets


def start_qgis(plugins):
    """Headless QGIS, Processing and the plugin found in the folder ``plugins``, in this process.
    Returns ``(application, processing, plugin)``: keep the application and the plugin (its
    provider stays registered only while the plugin lives)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path[:0] = [str(plugins), "/usr/share/qgis/python/plugins"]
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    import smartcity_qgis

    plugin = smartcity_qgis.classFactory(None)
    plugin.initProcessing()
    return application, processing, plugin
