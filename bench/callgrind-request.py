#!/usr/bin/env python3
"""bench/callgrind-request.py — instructions per request of `authlab serve`, counted by callgrind.

Runs the server under `valgrind --tool=callgrind --instr-atstart=no`, warms up with 200
requests on one keep-alive connection, switches instrumentation on (callgrind_control -i on), sends
N more requests of one kind, dumps, and divides the instructions (all threads; the listener
and the idle GUI-less main thread do next to nothing) by N. Instruction counts are repeatable
whatever else the machine does, unlike times.

Usage: bench/callgrind-request.py [--binary build/release/authlab] [--n 5000]
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timinglib import ROOT, Conn, basic, get  # noqa: E402

KINDS = {
    "401 anonymous (/staff)": (b"/staff", b"", 401),
    "401 wrong password (/staff)": (b"/staff", basic("alice", "wonderlanf"), 401),
    "401 unknown user (/staff)": (b"/staff", basic("mallory", "wonderland"), 401),
    "404 missing (/nope)": (b"/nope", b"", 404),
    "404 hidden (/vault)": (b"/vault", b"", 404),
    "404 missing (/nope), bob's credentials": (b"/nope", basic("bob", "builder"), 404),
    "404 hidden (/vault), bob's credentials": (b"/vault", basic("bob", "builder"), 404),
    "200 alice (/staff)": (b"/staff", basic("alice", "wonderland"), 200),
}


def measure(binary, path, fields, want, n):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        p = subprocess.Popen(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                              binary, "serve", "--quiet", "--port", "0"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = p.stdout.readline().decode()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))
        c = Conn(port)
        for _ in range(200):
            c.request(get(path, fields))
        subprocess.run(["callgrind_control", "-i", "on", str(p.pid)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(n):
            _, status, _ = c.request(get(path, fields))
            assert status == want, status
        subprocess.run(["callgrind_control", "-i", "off", str(p.pid)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        c.s.close()
        p.terminate()
        p.wait(60)
        total = 0
        for f in glob.glob(out + "*"):
            with open(f) as fh:
                for l in fh:
                    if l.startswith("totals:"):
                        total += int(l.split()[1])
                        break
        return total / n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build/release/authlab"))
    ap.add_argument("--n", type=int, default=5000)
    a = ap.parse_args()
    print(f"| request | instructions per request ({os.path.relpath(a.binary, ROOT)}) |")
    print("|---|---:|")
    for name, (path, fields, want) in KINDS.items():
        print(f"| {name} | {measure(a.binary, path, fields, want, a.n):,.0f} |", flush=True)


if __name__ == "__main__":
    main()
