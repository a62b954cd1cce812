#!/usr/bin/env python3
"""bench/hidden-timing.py — does a hidden resource answer faster or slower than a missing path?

Starts `authlab serve --quiet` (default scenario), opens one keep-alive connection and, in each
round, sends in random order: GET /vault (hidden), GET /nope (missing), and a control pair of two
missing paths (/nope-a, /nope-b) that must take the same time. Reports, per run, the difference
of the medians vault - nope and the control difference a - b, in microseconds. A leak shows as a
vault - nope difference that is larger than the control's and keeps its sign over runs.

Usage: bench/hidden-timing.py [--binary build/release/authlab] [--rounds 3000] [--runs 6]
                              [--auth none|bob|wrong] [--log]
"""
import argparse
import os
import random
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timinglib import ROOT, Conn, Server, basic, get  # noqa: E402

AUTH = {"none": b"", "bob": basic("bob", "builder"), "wrong": basic("alice", "wrong")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build/release/authlab"))
    ap.add_argument("--rounds", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--auth", choices=sorted(AUTH), default="none")
    ap.add_argument("--log", action="store_true", help="serve without --quiet: a log line per exchange")
    a = ap.parse_args()
    fields = AUTH[a.auth]
    paths = {"vault": b"/vault", "nope": b"/nope", "a": b"/nope-a", "b": b"/nope-b"}
    srv = Server(a.binary, log=a.log)
    try:
        print(f"| run | vault - nope (µs) | control a - b (µs) | median nope (µs) |")
        print("|---:|---:|---:|---:|")
        for run in range(1, a.runs + 1):
            c = Conn(srv.port)
            times = {k: [] for k in paths}
            for _ in range(200):  # warm-up: caches, the connection
                for k in paths:
                    c.request(get(paths[k], fields))
            for _ in range(a.rounds):
                order = list(paths)
                random.shuffle(order)
                for k in order:
                    ns, status, _ = c.request(get(paths[k], fields))
                    assert status == 404, (k, status)
                    times[k].append(ns)
            med = {k: statistics.median(v) / 1000 for k, v in times.items()}
            print(f"| {run} | {med['vault'] - med['nope']:+.2f} | {med['a'] - med['b']:+.2f} | {med['nope']:.1f} |")
            c.s.close()
    finally:
        srv.stop()


if __name__ == "__main__":
    main()
