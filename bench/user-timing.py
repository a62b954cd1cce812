#!/usr/bin/env python3
"""bench/user-timing.py — does the time of a wrong guess tell users apart in a large scenario?

Generates a scenario with 100,000 users (u000000 ... u099999) plus one user "big" whose password
is 1 MB long, and a resource /any that any valid Basic user may read. Starts `authlab serve
--quiet` with it, and on one keep-alive connection sends, interleaved in random order:

  unknown user            nobody:guess
  wrong password, first   u000000:guess
  wrong password, last    u099999:guess
  wrong password, 1 MB    big:guess
  right password, last    u099999:<its password> (200, for scale)

All wrong guesses must answer 401 with the same bytes; the table gives each one's median time.

Usage: bench/user-timing.py [--binary build/release/authlab] [--rounds 300] [--users 100000]
"""
import argparse
import json
import os
import random
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timinglib import ROOT, Conn, Server, basic, get  # noqa: E402


def scenario(users):
    return {
        "format": "authlab-scenario", "version": 1, "name": f"{users} users",
        "users": [{"name": f"u{i:06d}", "password": f"pw-{i}"} for i in range(users)]
        + [{"name": "big", "password": "x" * (1 << 20)}],
        "resources": [{"path": "/"}, {"path": "/any", "auth": ["basic"]}],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build/release/authlab"))
    ap.add_argument("--rounds", type=int, default=300)
    ap.add_argument("--users", type=int, default=100000)
    a = ap.parse_args()
    last = f"u{a.users - 1:06d}"
    kinds = {
        "unknown user": (basic("nobody", "guess"), 401),
        "wrong password, first user": (basic("u000000", "guess"), 401),
        "wrong password, last user": (basic(last, "guess"), 401),
        "wrong password, 1 MB password": (basic("big", "guess"), 401),
        "right password, last user": (basic(last, f"pw-{a.users - 1}"), 200),
    }
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "users.json")
        with open(path, "w") as f:
            json.dump(scenario(a.users), f)
        srv = Server(a.binary, path)
        try:
            c = Conn(srv.port)
            times = {k: [] for k in kinds}
            bodies = set()
            for _ in range(20):  # warm-up
                for fields, _s in kinds.values():
                    c.request(get(b"/any", fields))
            for _ in range(a.rounds):
                order = list(kinds)
                random.shuffle(order)
                for k in order:
                    fields, want = kinds[k]
                    ns, status, raw = c.request(get(b"/any", fields))
                    assert status == want, (k, status)
                    if want == 401:
                        bodies.add(b"\r\n".join(l for l in raw.split(b"\r\n") if not l.startswith(b"Date:")))
                    times[k].append(ns)
        finally:
            srv.stop()
    print(f"{a.users} users, {a.rounds} rounds; the 401s were {'byte-identical' if len(bodies) == 1 else 'DIFFERENT'} "
          "apart from Date")
    print("| request | median (µs) | p90 (µs) |")
    print("|---|---:|---:|")
    for k, v in times.items():
        v.sort()
        print(f"| {k} | {statistics.median(v) / 1000:.1f} | {v[int(len(v) * 0.9)] / 1000:.1f} |")


if __name__ == "__main__":
    main()
