#!/usr/bin/env bash
# bench/run.sh — AuthLab against the servers people would otherwise use, on this machine, in
# one run, and a Markdown table of ratios.
#
#   bench/run.sh                 AuthLab + every peer (nginx, nginx-plain, httpbin, Mockoon, WireMock)
#   bench/run.sh --quick         1 rep of 2 s per cell (a smoke test of the harness)
#   bench/run.sh --only authlab,nginx-plain
#   bench/run.sh --authlab-only  no peers: AuthLab alone (when the peer harness is not there)
#
# The peers and the harness are ../shared/bench/peers.sh (override with PEERS_DIR=...): wrk -t1 on
# loopback, -c32 and -c1, warm-up, a status audit under load, 3 reps per cell, RSS and CPU of the
# server's process tree. AuthLab runs as `authlab serve --quiet` on the default scenario:
# 401 = anonymous /admin, 403 = bob on /admin, 200 = alice on /admin (THREADS=N for --threads N).
# Results: bench/results/peers-<stamp>/ (raw files, peers' report.md, and ratios.md).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PEERS_DIR=${PEERS_DIR:-$ROOT/../shared/bench}
THREADS=${THREADS:-1}
PORT=${AUTHLAB_BENCH_PORT:-18090}
ONLY="" QUICK=() ALONE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=(--quick); shift ;;
        --only) ONLY=$2; shift 2 ;;
        --authlab-only) ALONE=1; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

"$ROOT/tools/dev.sh" build release >&2
BIN=$ROOT/build/release/authlab
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install wrk" >&2; exit 1; }
STAMP=$(date +%Y%m%d-%H%M%S)
export RESULTS_DIR=${RESULTS_DIR:-$ROOT/bench/results/peers-$STAMP}
mkdir -p "$RESULTS_DIR"

TARGET="authlab|http://127.0.0.1:$PORT|cmd:$BIN serve --quiet --threads $THREADS --port {PORT}|/admin|/admin|bob:builder|/admin|alice:wonderland|AuthLab serve --quiet --threads $THREADS (default scenario)"

if [ "$ALONE" = 1 ] || [ ! -x "$PEERS_DIR/peers.sh" ]; then
    [ "$ALONE" = 1 ] || echo "peer harness not found at $PEERS_DIR: measuring AuthLab alone" >&2
    # The same harness shape, reduced: our own loop over the three kinds.
    "$ROOT/bench/alone.sh" "$BIN" "$PORT" "$THREADS" "$RESULTS_DIR" "${QUICK[@]}"
else
    only=${ONLY:-authlab,nginx,nginx-plain,httpbin,mockoon,wiremock}
    # peers.sh refuses targets that listen beyond 127.0.0.1 and stops everything it started.
    "$PEERS_DIR/peers.sh" "${QUICK[@]}" --only "$only" --add "$TARGET"
fi
python3 "$ROOT/bench/ratios.py" "$RESULTS_DIR" | tee "$RESULTS_DIR/ratios.md"
echo "results: $RESULTS_DIR" >&2
