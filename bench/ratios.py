#!/usr/bin/env python3
"""bench/ratios.py RESULTS_DIR — AuthLab's numbers as ratios to each peer's, from peers.sh's runs.tsv.

Every cell is the median of the measured repetitions. Ratios > 1 mean AuthLab is better for req/s,
ratios < 1 mean AuthLab is better for latency (AuthLab ÷ peer). Goals (issue: speed and robustness):
c32 req/s >= 1.0x nginx-plain, p99 <= nginx-plain's, >= 10x httpbin and Mockoon; c1 latency within
1.5x nginx-plain; RSS <= 40 MB under load.
"""
import statistics
import sys
from collections import defaultdict

COLS = ["name", "kind", "expect", "conns", "rep", "rps", "mean_us", "p50_us", "p90_us", "p99_us", "max_us",
        "requests", "non2xx", "sock_err", "timeouts", "rss_kb", "cpu_ticks", "duration_s"]
KINDS = [("noauth", "401 anonymous"), ("forbidden", "403 bob"), ("ok", "200 alice")]
PEERS = ["nginx-plain", "nginx", "wiremock", "httpbin", "mockoon"]


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def main(d):
    cells = defaultdict(lambda: defaultdict(list))
    with open(f"{d}/runs.tsv") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < len(COLS):
                continue
            r = dict(zip(COLS, parts))
            key = (r["name"], r["kind"], r["conns"])
            for c in ("rps", "mean_us", "p99_us", "rss_kb", "requests", "non2xx", "sock_err", "timeouts"):
                v = num(r[c])
                if v is not None:
                    cells[key][c].append(v)
    med = {k: {c: statistics.median(v) for c, v in cols.items()} for k, cols in cells.items()}
    names = sorted({k[0] for k in med})
    if "authlab" not in names:
        print("no authlab rows in", d)
        return 1
    peers = [p for p in PEERS if p in names]
    print(f"# AuthLab vs peers — {d}\n")
    print("Medians of the measured runs. `x` = AuthLab ÷ peer (req/s: higher is better; latency: lower is better).\n")
    head = "| kind | AuthLab c32 req/s | " + " | ".join(f"vs {p}" for p in peers) + " |"
    print(head)
    print("|" + "---|" * (2 + len(peers)))
    for kind, label in KINDS:
        a = med.get(("authlab", kind, "32"))
        if not a:
            continue
        row = [label, f"{a['rps']:,.0f}"]
        for p in peers:
            b = med.get((p, kind, "32"))
            row.append(f"{a['rps'] / b['rps']:.2f}x ({b['rps']:,.0f})" if b and b.get("rps") else "–")
        print("| " + " | ".join(row) + " |")
    print()
    print("| kind | AuthLab c32 p99 ms | nginx-plain c32 p99 ms | p99 ratio | AuthLab c1 mean / p99 ms | nginx-plain c1 mean / p99 ms | c1 mean ratio | c1 p99 ratio | AuthLab RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind, label in KINDS:
        a32, a1 = med.get(("authlab", kind, "32")), med.get(("authlab", kind, "1"))
        n32, n1 = med.get(("nginx-plain", kind, "32")), med.get(("nginx-plain", kind, "1"))
        if not a32:
            continue
        def ms(v):
            return f"{v / 1000:.3f}" if v is not None else "–"
        ratio = lambda x, y: f"{x / y:.2f}x" if x is not None and y else "–"
        rss = a32.get("rss_kb")
        print(f"| {label} | {ms(a32.get('p99_us'))} | {ms(n32.get('p99_us') if n32 else None)} | "
              f"{ratio(a32.get('p99_us'), n32.get('p99_us') if n32 else None)} | "
              f"{ms(a1.get('mean_us') if a1 else None)} / {ms(a1.get('p99_us') if a1 else None)} | "
              f"{ms(n1.get('mean_us') if n1 else None)} / {ms(n1.get('p99_us') if n1 else None)} | "
              f"{ratio(a1.get('mean_us') if a1 else None, n1.get('mean_us') if n1 else None)} | "
              f"{ratio(a1.get('p99_us') if a1 else None, n1.get('p99_us') if n1 else None)} | "
              f"{rss / 1024:.1f} |" if rss else "| – |")
    errors = sum(sum(cells[k].get("sock_err", [])) + sum(cells[k].get("timeouts", [])) for k in cells if k[0] == "authlab")
    wrong = 0
    for (name, kind, conns), c in cells.items():
        if name != "authlab":
            continue
        for req, non2xx in zip(c.get("requests", []), c.get("non2xx", [])):
            wrong += (req - non2xx) if kind != "ok" else non2xx
    print(f"\nAuthLab socket errors + timeouts over all runs: {errors:.0f}; responses with an unexpected status class: {wrong:.0f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
