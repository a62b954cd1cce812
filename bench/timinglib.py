"""Shared by bench/hidden-timing.py and bench/user-timing.py: start `authlab serve`, time
requests one by one on a keep-alive connection. Timings are measurements, never assertions."""
import base64
import os
import re
import socket
import subprocess
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def basic(user, password):
    raw = (user.encode() if isinstance(user, str) else user) + b":" + \
        (password.encode() if isinstance(password, str) else password)
    return b"Authorization: Basic " + base64.b64encode(raw) + b"\r\n"


class Server:
    def __init__(self, binary, scenario=None, log=False):
        args = [binary, "serve", "--port", "0"] + ([] if log else ["--quiet"])
        if scenario:
            args += ["--scenario", scenario]
        self.p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        line = self.p.stdout.readline().decode()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.p.kill()
            raise SystemExit(f"authlab serve did not start: {line!r} {self.p.stderr.read()[:500]!r}")
        self.port = int(m.group(1))
        # With a log line per exchange the pipe must be drained, or the server blocks on it.
        threading.Thread(target=lambda: [None for _ in self.p.stdout], daemon=True).start()

    def stop(self):
        self.p.terminate()
        self.p.wait(10)


class Conn:
    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port))
        self.s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = b""

    def request(self, raw):
        """Sends one request, reads the whole response; returns (ns, status, response bytes)."""
        t0 = time.perf_counter_ns()
        self.s.sendall(raw)
        while b"\r\n\r\n" not in self.buf:
            self.buf += self.s.recv(65536)
        head, _, rest = self.buf.partition(b"\r\n\r\n")
        n = int(re.search(rb"\r\nContent-Length: (\d+)", head, re.I).group(1))
        while len(rest) < n:
            rest += self.s.recv(65536)
        t1 = time.perf_counter_ns()
        self.buf = rest[n:]
        return t1 - t0, int(head.split(b" ", 2)[1]), head + b"\r\n\r\n" + rest[:n]


def get(path, fields=b""):
    return b"GET " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n" + fields + b"\r\n"
