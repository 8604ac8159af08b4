"""Prints the verdicts ``make benchmarks`` collected (one JSON line each) as one table."""

import json
import sys
from datetime import date


def main(path):
    with open(path, encoding="utf-8") as verdicts:
        rows = [json.loads(line) for line in verdicts if line.strip()]
    width = max(len(row["workload"]) for row in rows)
    print(f"\nBenchmark verdicts, {date.today().isoformat()} (ratios: min / median over interleaved rounds)")
    print(f"{'workload':<{width}}  {'min':>10}  {'median':>10}  {'goal':>10}  verdict")
    for row in rows:
        unit = row["unit"]
        print(
            f"{row['workload']:<{width}}  {row['min']:>7.2f}{unit:<3}  {row['median']:>7.2f}{unit:<3}  "
            f"{row['goal']:>10}  {'meets' if row['meets'] else 'misses'}"
            + (f"  ({row['note']})" if row.get("note") else "")
        )
    missed = sum(not row["meets"] for row in rows)
    print(f"{len(rows) - missed} of {len(rows)} goals met")


if __name__ == "__main__":
    main(sys.argv[1])
