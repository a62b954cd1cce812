#!/usr/bin/env python3
"""bench/digest-nonces.py --port P [--n 10000] -- N Digest grants, each with a nonce of its own.

For each: GET /digest/staff -> 401 (a new nonce) -> the same GET with bob's real SHA-256 response
(nc=00000001) -> 200. Every grant makes the server remember one nonce (AuthState's Nonces table,
cap 4,096), so N above the cap exercises eviction (bench/memory.sh). Prints one line for
phases.tsv: "nonces<TAB>requests<TAB>s200=.. s401=..".
"""
import argparse
import collections
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timinglib import Conn, get  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--n", type=int, default=10_000)
    a = ap.parse_args()
    H = lambda s: hashlib.sha256(s.encode()).hexdigest()  # noqa: E731
    path = "/digest/staff"
    c = Conn(a.port)
    tally = collections.Counter()
    ha1, ha2 = H("bob:AuthLab:builder"), H(f"GET:{path}")
    for _ in range(a.n):
        _, status, resp = c.request(get(path.encode()))
        tally[status] += 1
        head = resp.split(b"\r\n\r\n", 1)[0].decode()
        line = next(l for l in head.split("\r\n") if l.lower().startswith("www-authenticate:") and "SHA-256" in l)
        nonce = re.search(r'nonce="([^"]*)"', line).group(1)
        opaque = re.search(r'opaque="([^"]*)"', line).group(1)
        resp_hash = H(f"{ha1}:{nonce}:00000001:0a4f113b:auth:{ha2}")
        field = (f'Authorization: Digest username="bob", realm="AuthLab", nonce="{nonce}", uri="{path}", '
                 f'algorithm=SHA-256, qop=auth, nc=00000001, cnonce="0a4f113b", response="{resp_hash}", '
                 f'opaque="{opaque}"\r\n').encode()
        _, status, _ = c.request(get(path.encode(), field))
        tally[status] += 1
    print(f"nonces\t{sum(tally.values())}\t" + " ".join(f"s{k}={v}" for k, v in sorted(tally.items())))


if __name__ == "__main__":
    main()
