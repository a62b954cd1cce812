#!/usr/bin/env python3
"""bench/hostile.py — full-size hostile peers against `authlab serve`, with numbers.

Starts build/release/authlab serve --quiet on a free port and runs, one after the
other, each followed by a check that a normal request is still answered correctly:

  slowloris   500 connections that begin a request and send a header byte every 2 s (more than
              the 256-connection cap); one that was shed is reopened when it notices, at its next
              byte (as slowloris.pl does). Meanwhile a good client sends requests on fresh
              connections and on one keep-alive connection: latency p50/p99/max and failures.
  churn       the same, but a shed connection comes back 50 ms later (thousands of new
              connections a second: harsher than the issue's attack).
  silent      like churn, with connections that connect and send nothing at all.
  stream      one connection streaming 1 GiB of header bytes: the 431, when it came, the server's
              RSS before and after.
  herd        2 000 connections opened at once: how many got 503, how many were served, and
              whether an established keep-alive client was harmed.
  bigbody     POST /login announcing 1 GiB (Content-Length) and sending it, and 1 GiB chunked: the
              413, when it came, how much was sent by then, the server's RSS before and after.
  dribble     100 connections that each POST /login a body one byte a second: the 408s and when
              they came (the shipped body timeout is 30 s, counted from the start of the message).
  lying       a Content-Length that lies on POST /login: shorter, then the client is done sending
              (answer? close? how soon); longer, with garbage or a request after the form.
The good client runs in a process of its own.

Usage: bench/hostile.py [--only slowloris,churn,silent,stream,herd,bigbody,dribble,lying] [--seconds 20]
                        [--bytes 1073741824] [--binary build/release/authlab]
Prints a Markdown table. Latencies here are measurements, not pass/fail assertions.
"""
import argparse
import asyncio
import multiprocessing
import base64
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOB = "Basic " + base64.b64encode(b"bob:builder").decode()
GOOD = f"GET /staff HTTP/1.1\r\nHost: x\r\nAuthorization: {BOB}\r\n\r\n".encode()


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


async def read_response(reader, timeout=10.0):
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
    m = re.search(rb"\r\nContent-Length: (\d+)", head, re.I)
    body = await asyncio.wait_for(reader.readexactly(int(m.group(1))), timeout) if m else b""
    return int(head.split(b" ", 2)[1]), head, body


async def one_request(port, payload=GOOD):
    t0 = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(payload)
    status, _, body = await read_response(reader)
    writer.close()
    return status, body, time.perf_counter() - t0


async def still_serving(port):
    status, body, _ = await one_request(port)
    return status == 200 and b"Hello, bob" in body


def pct(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))]


async def good_client(port, seconds):
    """A normal client: a request on a fresh connection, then one on its keep-alive connection,
    every 10 ms. Returns (fresh latencies, keep-alive latencies, failures by kind)."""
    fresh, keep, why = [], [], {}

    def fail(kind):
        why[kind] = why.get(kind, 0) + 1

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            status, _, dt = await one_request(port)
            if status == 200:
                fresh.append(dt)
            else:
                fail(f"fresh {status}")
        except (ConnectionError, OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
            fail(f"fresh {type(e).__name__}")
        t0 = time.perf_counter()
        try:
            writer.write(GOOD)
            status, _, _ = await read_response(reader)
            keep.append(time.perf_counter() - t0)
            if status != 200:
                fail(f"keep-alive {status}")
        except (ConnectionError, OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
            fail(f"keep-alive {type(e).__name__}")
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await asyncio.sleep(0.01)
    writer.close()
    return fresh, keep, why


def good_client_process(port, seconds, queue):
    queue.put(asyncio.run(good_client(port, seconds)))


LORIS_KINDS = {
    # name: (sends a partial request, reconnects as soon as it is closed on, label)
    "slowloris": (True, False, "slowloris: 500 connections, a header byte every 2 s, each reopened at its next "
                               "byte after being shed, like slowloris.pl (cap 256)"),
    "churn": (True, True, "slowloris with churn: 500 connections, a header byte every 2 s, each reopened "
                          "50 ms after being shed (cap 256)"),
    "silent": (False, True, "silent: 500 connections that send nothing, each reopened 50 ms after being "
                            "closed on (cap 256)"),
}


async def slowloris(port, pid, seconds, kind="slowloris"):
    partial, prompt, label = LORIS_KINDS[kind]
    stop = asyncio.Event()
    opened = 0

    async def loris():
        nonlocal opened
        while not stop.is_set():
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                opened += 1
                try:
                    if partial:
                        writer.write(b"GET /public HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                        await writer.drain()
                    while not stop.is_set():
                        if prompt:
                            try:
                                await asyncio.wait_for(reader.read(1024), 2)
                                break  # answered (408/503) or closed: either way, it is over
                            except asyncio.TimeoutError:
                                pass
                        else:
                            await asyncio.sleep(2)
                            if reader.at_eof():
                                break
                        if partial:
                            writer.write(b"a")
                            await writer.drain()
                finally:
                    writer.close()
            except (ConnectionError, OSError, asyncio.IncompleteReadError):
                pass
            await asyncio.sleep(0.05)  # shed or refused: come back

    tasks = [asyncio.create_task(loris()) for _ in range(500)]
    await asyncio.sleep(3)  # let them fill the slots and age past the shedding threshold
    # The good client runs in a process of its own, so that its latencies are the server's and
    # not those of this event loop, busy with 500 attackers.
    queue = multiprocessing.Queue()
    client = multiprocessing.Process(target=good_client_process, args=(port, seconds, queue))
    client.start()
    while client.is_alive() and queue.empty():
        await asyncio.sleep(0.1)
    fresh, keep, why = queue.get()
    client.join()
    stop.set()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    ms = lambda v: f"{v * 1000:.2f}"
    return [
        (label, "connections opened (incl. reconnects)", f"{opened:,}"),
        ("", "good client, fresh connection: requests / p50 / p99 / max ms",
         f"{len(fresh)} / {ms(pct(fresh, 50))} / {ms(pct(fresh, 99))} / {ms(max(fresh) if fresh else 0)}"),
        ("", "good client, keep-alive: requests / p50 / p99 / max ms",
         f"{len(keep)} / {ms(pct(keep, 50))} / {ms(pct(keep, 99))} / {ms(max(keep) if keep else 0)}"),
        ("", "good client failures", f"{sum(why.values())} " + (str(why) if why else "")),
        ("", "still serving afterwards", str(await still_serving(port))),
    ]


async def stream(port, pid, total):
    before = rss_kb(pid)
    peak = before
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /public HTTP/1.1\r\nHost: x\r\nX-Endless: ")
    chunk = b"a" * 65536
    sent, status = 0, None
    t0 = time.perf_counter()
    # Read concurrently, as a real client would: the answer is taken as soon as it arrives, not
    # after the kernel's buffers have filled (when the server may have reset the connection).
    answer = asyncio.create_task(read_response(reader, timeout=30))
    try:
        while sent < total and not answer.done():
            writer.write(chunk)
            await writer.drain()
            await asyncio.sleep(0)
            sent += len(chunk)
            if sent % (16 * 1024 * 1024) == 0:
                peak = max(peak, rss_kb(pid))
    except (ConnectionError, OSError):
        pass
    try:
        status = (await answer)[0]
    except Exception as e:
        status = f"none ({type(e).__name__})"
    writer.close()
    after = rss_kb(pid)
    return [
        ("stream: 1 GiB of header bytes on one connection", "status received", str(status)),
        ("", "bytes sent before the client had the answer", f"{sent:,}"),
        ("", "seconds", f"{time.perf_counter() - t0:.2f}"),
        ("", "server RSS before / peak / after (MiB)", f"{before / 1024:.1f} / {max(peak, after) / 1024:.1f} / {after / 1024:.1f}"),
        ("", "RSS growth (MiB)", f"{(max(peak, after) - before) / 1024:.1f}"),
        ("", "still serving afterwards", str(await still_serving(port))),
    ]


async def herd(port, pid, count):
    # An established keep-alive client first.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(GOOD)
    ok_before = (await read_response(reader))[0] == 200

    results = {"503": 0, "served": 0, "closed": 0, "error": 0}
    kinds = {}  # why the connections closed without an answer

    async def member():
        try:
            r, w = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            results["error"] += 1
            return
        try:
            w.write(b"GET /public HTTP/1.1\r\nHost: x\r\n\r\n")
            status, _, _ = await read_response(r, timeout=15)
            results["503" if status == 503 else "served"] += 1
        except (asyncio.IncompleteReadError, ConnectionError, OSError, asyncio.TimeoutError) as e:
            results["closed"] += 1
            kinds[type(e).__name__] = kinds.get(type(e).__name__, 0) + 1
        finally:
            w.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(member() for _ in range(count)))
    elapsed = time.perf_counter() - t0
    writer.write(GOOD)
    ok_after = (await read_response(reader))[0] == 200
    writer.close()
    return [
        (f"herd: {count} connections at once", "served / 503 / closed without answer / connect errors",
         f"{results['served']} / {results['503']} / {results['closed']} / {results['error']}"
         + (f" {kinds}" if kinds else "")),
        ("", "seconds for the whole herd", f"{elapsed:.2f}"),
        ("", "established keep-alive client answered before / after", f"{ok_before} / {ok_after}"),
        ("", "still serving afterwards", str(await still_serving(port))),
    ]


LOGIN_HEAD = b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
FORM = b"username=bob&password=builder&next=/app/"


async def big_body(port, pid, total, chunked):
    before = rss_kb(pid)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    framing = b"Transfer-Encoding: chunked\r\n" if chunked else b"Content-Length: %d\r\n" % total
    writer.write(LOGIN_HEAD + framing + b"\r\n")
    data = b"a" * 65536
    chunk = b"10000\r\n" + data + b"\r\n" if chunked else data
    sent, t0 = 0, time.perf_counter()
    answer = asyncio.create_task(read_response(reader, timeout=30))
    answered_after = None
    try:
        while sent < total and not answer.done():
            writer.write(chunk)
            await writer.drain()
            await asyncio.sleep(0)
            sent += len(data)
    except (ConnectionError, OSError):
        pass
    try:
        status, _, body = await answer
        status = f"{status} ({body.decode(errors='replace').strip()})"
        answered_after = time.perf_counter() - t0
    except Exception as e:
        status = f"none ({type(e).__name__})"
    writer.close()
    after = rss_kb(pid)
    label = "chunked, without end" if chunked else "Content-Length: 1 GiB, then the content"
    return [
        (f"bigbody: POST /login, {label}", "status received", status),
        ("", "content bytes sent before the client had the answer", f"{sent:,}"),
        ("", "seconds to the answer", f"{answered_after:.3f}" if answered_after is not None else "-"),
        ("", "server RSS before / after (MiB)", f"{before / 1024:.1f} / {after / 1024:.1f}"),
        ("", "still serving afterwards", str(await still_serving(port))),
    ]


async def dribble(port, pid, count):
    before = rss_kb(pid)
    results = {}
    times = []

    async def dribbler():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(LOGIN_HEAD + b"Content-Length: 1000\r\n\r\n")
        t0 = time.perf_counter()
        answer = asyncio.create_task(read_response(reader, timeout=120))
        i = 0
        try:
            while not answer.done() and i < 1000:
                writer.write(FORM[i % len(FORM):i % len(FORM) + 1])
                await writer.drain()
                i += 1
                await asyncio.wait([answer], timeout=1.0)
        except (ConnectionError, OSError):
            pass
        try:
            status = str((await answer)[0])
            times.append(time.perf_counter() - t0)
        except Exception as e:
            status = f"none ({type(e).__name__})"
        results[status] = results.get(status, 0) + 1
        writer.close()

    await asyncio.gather(*(dribbler() for _ in range(count)))
    return [
        (f"dribble: {count} connections, POST /login with a body of one byte a second", "answers",
         ", ".join(f"{k}: {v}" for k, v in sorted(results.items()))),
        ("", "seconds to the answer: min / max", f"{min(times):.1f} / {max(times):.1f}" if times else "-"),
        ("", "server RSS before / after (MiB)", f"{before / 1024:.1f} / {rss_kb(pid) / 1024:.1f}"),
        ("", "still serving afterwards", str(await still_serving(port))),
    ]


async def lying(port):
    rows = []
    # Shorter than announced, then the client is done sending (half-close).
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(LOGIN_HEAD + b"Content-Length: 100\r\n\r\n" + FORM)
    await writer.drain()
    writer.write_eof()
    t0 = time.perf_counter()
    try:
        got = await asyncio.wait_for(reader.read(), 60)
        what = f"{len(got)} bytes, then closed" if got else "closed without an answer"
    except asyncio.TimeoutError:
        what = "no close within 60 s"
    writer.close()
    rows.append(("lying: Content-Length 100, 41 bytes, then the client is done sending", "server",
                 f"{what} after {time.perf_counter() - t0:.3f} s"))
    # Longer than announced: what follows is read as the next request.
    length = b"Content-Length: %d\r\n\r\n" % len(FORM)
    for label, extra in (("garbage", b"garbage\r\n\r\n"),
                         ("a request", b"GET /public HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(LOGIN_HEAD + length + FORM + extra)
        statuses = []
        try:
            while True:
                statuses.append(str((await read_response(reader))[0]))
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.TimeoutError):
            pass
        writer.close()
        rows.append((f"lying: the form, then {label}", "answers, then the server closed", " then ".join(statuses)))
    rows.append(("", "still serving afterwards", str(await still_serving(port))))
    return rows


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


async def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="slowloris,churn,silent,stream,herd,bigbody,dribble,lying")
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--bytes", type=int, default=1 << 30)
    ap.add_argument("--herd", type=int, default=2000)
    ap.add_argument("--dribblers", type=int, default=100)
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "release", "authlab"))
    args = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    binary = args.binary
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--quiet", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        rows = []
        for name in args.only.split(","):
            if name in LORIS_KINDS:
                rows += await slowloris(port, server.pid, args.seconds, name)
            elif name == "stream":
                rows += await stream(port, server.pid, args.bytes)
            elif name == "herd":
                rows += await herd(port, server.pid, args.herd)
            elif name == "bigbody":
                rows += await big_body(port, server.pid, args.bytes, False)
                rows += await big_body(port, server.pid, args.bytes, True)
            elif name == "dribble":
                rows += await dribble(port, server.pid, args.dribblers)
            elif name == "lying":
                rows += await lying(port)
        print("| case | measure | value |\n|---|---|---|")
        for r in rows:
            print(f"| {r[0]} | {r[1]} | {r[2]} |")
        print(f"\nserver RSS at the end: {rss_kb(server.pid) / 1024:.1f} MiB; server alive: {server.poll() is None}")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    asyncio.run(main())
