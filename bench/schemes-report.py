#!/usr/bin/env python3
"""bench/schemes-report.py DIR -- the Markdown report of a bench/schemes.sh run: medians per cell
and, for each goal of issue 9, the median (min-max) of the ratio taken round by round."""
import csv
import statistics
import sys
from collections import defaultdict

RATIOS = [  # (numerator, denominator, goal)
    ("authlab-digest200", "apache-digest200", 1.0),
    ("authlab-digest200-md5", "apache-digest200", 1.0),
    ("authlab-digest200", "authlab-basic200-staff", 0.6),
    ("authlab-app-cookie", "nginx-plain-basic200", 1.0),
    ("authlab-large-basic200-admin", "authlab-basic200-admin", 0.9),
    ("apache-digest200", "apache-basic200", None),
]


def main() -> None:
    d = sys.argv[1]
    rows = list(csv.DictReader(open(f"{d}/runs.tsv"), delimiter="\t"))
    by = defaultdict(dict)
    model = {}
    for r in rows:
        by[r["cell"]][int(r["round"])] = r
        model[r["cell"]] = r["model"]
    print(f"| cell | client | req/s (median of {max(len(v) for v in by.values())}) | p99 ms | non-2xx | errors | wraps | load1 |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for cell, rs in by.items():
        v = list(rs.values())
        med = statistics.median(float(x["rps"]) for x in v)
        p99 = statistics.median(float(x["p99_us"]) for x in v) / 1000
        loads = [float(x["load1"]) for x in v]
        print(f"| {cell} | {'-t32 -c32' if model[cell] == 'conn' else '-t1 -c32'} | {med:,.0f} | {p99:.2f} | "
              f"{sum(int(x['non2xx'] or 0) for x in v)} | {sum(int(x['errors'] or 0) for x in v)} | "
              f"{sum(int(x['wraps'] or 0) for x in v)} | {min(loads):.2f}-{max(loads):.2f} |")
    print()
    print("| ratio | per round | median (min-max) | goal |")
    print("|---|---|---:|---|")
    for a, b, goal in RATIOS:
        if a not in by or b not in by:
            continue
        rr = [float(by[a][k]["rps"]) / float(by[b][k]["rps"]) for k in sorted(by[a]) if k in by[b]]
        met = "" if goal is None else (f"≥ {goal}×: {'met' if statistics.median(rr) >= goal else 'MISSED'}")
        print(f"| {a} ÷ {b} | {', '.join(f'{x:.2f}' for x in rr)} | **{statistics.median(rr):.2f}×** "
              f"({min(rr):.2f}-{max(rr):.2f}) | {met} |")


if __name__ == "__main__":
    main()
