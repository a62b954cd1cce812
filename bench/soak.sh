#!/usr/bin/env bash
# bench/soak.sh [SECONDS] — full rate for SECONDS (default 600) with mixed 401/403/200/404 traffic
# and keep-alive churn (1 request in 25 says Connection: close). Every response's status is
# checked against what its request must get (bench/soak.lua); the server's RSS is sampled every
# 30 s. Prints the wrk summary line and the RSS series.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DURATION=${1:-600}
PORT=${AUTHLAB_BENCH_PORT:-18092}
"$ROOT/tools/dev.sh" build release >&2
"$ROOT/build/release/authlab" serve --quiet --port "$PORT" > /dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
for i in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.05; done
rss() { awk '/^VmRSS:/{print $2}' /proc/$PID/status; }
echo "rss_kb start $(rss)"
( for t in $(seq 30 30 "$DURATION"); do sleep 30; kill -0 $PID 2>/dev/null && echo "rss_kb at ${t}s $(rss)"; done ) &
SAMPLER=$!
wrk -t1 -c32 -d"${DURATION}s" --latency -s "$ROOT/bench/soak.lua" "http://127.0.0.1:$PORT/" | grep '^SOAK'
wait $SAMPLER 2>/dev/null || true
echo "rss_kb end $(rss)"
kill -0 $PID && echo "server still running: yes"
