"""Enriching LoD2 CityGML at scale: ours vs a plain lxml iterparse + write pass over the same file.

Writes a synthetic, schema-shaped CityGML 2.0 file of BUILDINGS buildings (default 50,000, each a
LoD2 box with roof and walls, about 0.5 GB), then, interleaved in fresh processes, (a) copies it
with the plain ``iterparse(tag=cityObjectMember)`` loop and (b) enriches every building with 5
typed attributes. Prints buildings/s, the ratio ours/baseline (goal ≤ 1.5) and each process's peak
resident memory (goal: independent of the file size). Usage: bench_citygml_enrich.py [buildings]
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fair import interleave, ratios, verdict

REPO = Path(__file__).resolve().parent.parent
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<CityModel xmlns="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml" '
    'xmlns:bldg="http://www.opengis.net/citygml/building/2.0" '
    'xmlns:gen="http://www.opengis.net/citygml/generics/2.0">\n'
)
RING = (
    '<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="3">{}</gml:posList>'
    "</gml:LinearRing></gml:exterior></gml:Polygon>"
)


def building(index):
    x, y = 400000 + (index % 500) * 30.0, 5400000 + (index // 500) * 30.0
    corners = [(x, y), (x + 12.5, y), (x + 12.5, y + 9.5), (x, y + 9.5)]
    faces = []
    for (ax, ay), (bx, by) in zip(corners, corners[1:] + corners[:1]):
        faces.append(f"{ax} {ay} 100.0 {bx} {by} 100.0 {bx} {by} 107.5 {ax} {ay} 107.5 {ax} {ay} 100.0")
    ring = " ".join(f"{cx} {cy} 107.5" for cx, cy in corners + corners[:1])
    faces += [ring, ring.replace("107.5", "100.0")]
    surfaces = "".join(f"<gml:surfaceMember>{RING.format(face)}</gml:surfaceMember>" for face in faces * 6)
    return (
        f'  <cityObjectMember>\n    <bldg:Building gml:id="B{index}">\n'
        f"      <gml:name>Gebäude {index}</gml:name>\n"
        '      <bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>\n'
        f"      <bldg:lod2MultiSurface><gml:MultiSurface>{surfaces}</gml:MultiSurface>"
        "</bldg:lod2MultiSurface>\n"
        "    </bldg:Building>\n  </cityObjectMember>\n"
    )


def write_file(path, count):
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for index in range(count):
            out.write(building(index))
        out.write("</CityModel>\n")


BASELINE = """
import resource, sys
from lxml import etree
source, target = sys.argv[1:3]
member = "{http://www.opengis.net/citygml/2.0}cityObjectMember"
with open(target, "wb") as out:
    for _event, element in etree.iterparse(source, tag=member, huge_tree=True, resolve_entities=False):
        out.write(etree.tostring(element, with_tail=True))
        element.clear()
        while element.getprevious() is not None:
            del element.getparent()[0]
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

OURS = """
import resource, sys
sys.path.insert(0, sys.argv[4])
from smartcity_qgis.core.twin.citygml_enrich import AttributeSpec, enrich_citygml
source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
specs = [AttributeSpec("tiefe", "measure", "m"), AttributeSpec("klasse", "int"),
         AttributeSpec("notiz", "string"), AttributeSpec("stand", "date"), AttributeSpec("karte", "uri")]
values = {f"B{i}": {"tiefe": i % 100 / 10, "klasse": i % 4, "notiz": "Keller", "stand": "2026-11-20",
                    "karte": f"https://karte.example/{i}"} for i in range(count)}
result = enrich_citygml(source, target, values, specs)
assert result.matched == count, result
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def timed_process(code, *arguments):
    """Seconds and peak resident MB of ``code`` run in a fresh Python process."""
    started = time.perf_counter()
    answer = subprocess.run(
        [sys.executable, "-c", code, *map(str, arguments)], check=True, capture_output=True
    )
    seconds = time.perf_counter() - started
    return seconds, int(answer.stdout.split()[-1]) / 1024


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "lod2.gml"
        write_file(source, count)
        size_mb = source.stat().st_size / 1e6
        runs = interleave(
            {
                "baseline": lambda: timed_process(BASELINE, source, Path(folder) / "copy.gml"),
                "ours": lambda: timed_process(OURS, source, Path(folder) / "enriched.gml", count, REPO),
            }
        )
    print(f"CityGML enrichment: {count} buildings, {size_mb:.0f} MB")
    for kind, label in (("baseline", "iterparse(tag=) copy loop"), ("ours", "smartcity enrichment")):
        seconds = statistics.median(seconds for seconds, _peak in runs[kind])
        peak = max(peak for _seconds, peak in runs[kind])
        print(f"  {label:26s} {seconds:7.2f} s  {count / seconds:9.0f} buildings/s  peak RSS {peak:.0f} MB")
    times = {kind: [seconds for seconds, _peak in runs[kind]] for kind in runs}
    verdict("LoD2 enrichment / plain iterparse copy", ratios(times["ours"], times["baseline"]), 1.5)


if __name__ == "__main__":
    main()
