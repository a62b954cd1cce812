#!/usr/bin/env python3
"""bench/scenario-load.py [--runs 9] [--scenario /tmp/authlab-large.json] -- how long `authlab serve
--scenario` takes to load a large scenario: launch -> first answer (GET / on a fresh connection,
polled every 2 ms), the large scenario and the default one in turn (A B A B ...), and the
difference of the medians, which is the scenario's own cost (reading, JSON, validation,
finalize(): digests and indexes). The load average is printed with the figures.
"""
import argparse
import os
import socket
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timinglib import ROOT  # noqa: E402


def first_answer_ms(cmd, port):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    if s.recv(16).startswith(b"HTTP/1.1 200"):
                        return (time.perf_counter() - t0) * 1000
            except OSError:
                pass
            if p.poll() is not None:
                raise SystemExit(f"{cmd} exited with {p.returncode}")
            time.sleep(0.002)
    finally:
        p.terminate()
        p.wait(10)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build/release/authlab"))
    ap.add_argument("--scenario", default="/tmp/authlab-large.json")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--port", type=int, default=18093)
    a = ap.parse_args()
    if not os.path.exists(a.scenario):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench/gen-scenario.py"), "--out", a.scenario], check=True)
    base = [a.binary, "serve", "--quiet", "--port", str(a.port)]
    large, default = [], []
    load = os.getloadavg()[0]
    for _ in range(a.runs):
        large.append(first_answer_ms(base + ["--scenario", a.scenario], a.port))
        default.append(first_answer_ms(base, a.port))
    ml, md = statistics.median(large), statistics.median(default)
    print(f"load average before: {load:.2f}, after: {os.getloadavg()[0]:.2f}")
    print(f"large scenario ({os.path.getsize(a.scenario):,} bytes): launch -> first answer median {ml:.0f} ms "
          f"(runs {', '.join(f'{x:.0f}' for x in large)})")
    print(f"default scenario: median {md:.0f} ms (runs {', '.join(f'{x:.0f}' for x in default)})")
    pairs = sorted(x - y for x, y in zip(large, default))
    print(f"the large scenario's own cost (pairwise large - default): median {statistics.median(pairs):.0f} ms "
          f"(min {pairs[0]:.0f}, max {pairs[-1]:.0f}); goal <= 300 ms")


if __name__ == "__main__":
    main()
