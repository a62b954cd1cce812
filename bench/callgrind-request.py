#!/usr/bin/env python3
"""bench/callgrind-request.py — instructions per request of `authlab serve`, counted by callgrind.

Runs the server under `valgrind --tool=callgrind --instr-atstart=no`, warms up with 200
requests on one keep-alive connection, switches instrumentation on (callgrind_control -i on), sends
N more requests of one kind, dumps, and divides the instructions (all threads; the listener
and the idle GUI-less main thread do next to nothing) by N. Instruction counts are repeatable
whatever else the machine does, unlike times.

Usage: bench/callgrind-request.py [--binary build/release/authlab] [--n 5000] [--only TEXT] [--keep DIR]
                                  [--scenario FILE]

--only measures the kinds whose name contains TEXT; --keep leaves callgrind's output files in DIR
(for callgrind_annotate). The Digest kinds send a real response for every request: one nonce
from the server's 401, then nc 1, 2, 3... on the one connection (as a client may, RFC 7616 §3.4).
"""
import argparse
import glob
import hashlib
import os
import shutil
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
    "200 bob, Digest SHA-256 (/digest/staff)": (b"/digest/staff", ("digest", "SHA-256", "bob", "builder"), 200),
    "200 bob, Digest MD5 (/digest/staff)": (b"/digest/staff", ("digest", "MD5", "bob", "builder"), 200),
    "200 alice, session cookie (/app/)": (b"/app/", ("cookie", "alice", "wonderland"), 200),
}


def digest_fields(conn, path, algorithm, user, password):
    """A function of the request number: the Authorization field of a real Digest response."""
    _, status, resp = conn.request(get(path))
    assert status == 401, status
    head = resp.split(b"\r\n\r\n", 1)[0].decode()
    line = next(l for l in head.split("\r\n") if l.lower().startswith("www-authenticate:")
                and f"algorithm={algorithm}" in l)
    nonce = re.search(r'nonce="([^"]*)"', line).group(1)
    opaque = re.search(r'opaque="([^"]*)"', line).group(1)
    realm = re.search(r'realm="([^"]*)"', line).group(1)
    h = {"SHA-256": hashlib.sha256, "MD5": hashlib.md5}[algorithm]
    H = lambda s: h(s.encode()).hexdigest()  # noqa: E731
    ha1, ha2, cnonce = H(f"{user}:{realm}:{password}"), H(f"GET:{path.decode()}"), "0a4f113b"

    def fields(i):
        nc = f"{i + 1:08x}"
        response = H(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
        return (f'Authorization: Digest username="{user}", realm="{realm}", nonce="{nonce}", uri="{path.decode()}", '
                f'algorithm={algorithm}, qop=auth, nc={nc}, cnonce="{cnonce}", response="{response}", '
                f'opaque="{opaque}"\r\n').encode()
    return fields


def cookie_fields(conn, user, password):
    body = f"username={user}&password={password}&next=/app/".encode()
    _, status, resp = conn.request(b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   b"Content-Type: application/x-www-form-urlencoded\r\n"
                                   b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    assert status == 303, status
    sid = re.search(rb"Set-Cookie: authlab_session=([0-9a-f]+)", resp, re.I).group(1)
    return lambda i: b"Cookie: authlab_session=" + sid + b"\r\n"


def measure(binary, path, fields, want, n, keep=None, scenario=None):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        p = subprocess.Popen(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                              binary, "serve", "--quiet", "--port", "0"] + (["--scenario", scenario] if scenario else []),
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = p.stdout.readline().decode()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))
        c = Conn(port)
        if isinstance(fields, tuple) and fields[0] == "digest":
            fields = digest_fields(c, path, *fields[1:])
        elif isinstance(fields, tuple) and fields[0] == "cookie":
            fields = cookie_fields(c, *fields[1:])
        else:
            fields = (lambda f: lambda i: f)(fields)
        for i in range(200):
            c.request(get(path, fields(i)))
        subprocess.run(["callgrind_control", "-i", "on", str(p.pid)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for i in range(200, 200 + n):
            _, status, _ = c.request(get(path, fields(i)))
            assert status == want, status
        subprocess.run(["callgrind_control", "-i", "off", str(p.pid)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        c.s.close()
        p.terminate()
        p.wait(60)
        total = 0
        if keep:
            os.makedirs(keep, exist_ok=True)
            for f in glob.glob(out + "*"):
                shutil.copy(f, keep)
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
    ap.add_argument("--only", default="")
    ap.add_argument("--keep", default=None)
    ap.add_argument("--scenario", default=None, help="a scenario file instead of the default one")
    a = ap.parse_args()
    print(f"| request | instructions per request ({os.path.relpath(a.binary, ROOT)}) |")
    print("|---|---:|")
    for name, (path, fields, want) in KINDS.items():
        if a.only in name:
            print(f"| {name} | {measure(a.binary, path, fields, want, a.n, a.keep, a.scenario):,.0f} |", flush=True)


if __name__ == "__main__":
    main()
