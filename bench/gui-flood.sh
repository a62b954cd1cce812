#!/usr/bin/env bash
# bench/gui-flood.sh [SECONDS] — the GUI while wrk floods its embedded server.
# Starts the release GUI (bench/guiprobe: the real window with a probe attached) on Xvfb (10 ms timer lag, RSS every
# second, log rows, and bob's admins membership toggled twice a second so the live badges must
# keep changing), drives its server with wrk -c32 for SECONDS-5 s, and prints the probe's JSON.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_=${1:-30}
PORT=${AUTHLAB_BENCH_PORT:-18091}
"$ROOT/tools/dev.sh" build release >&2
command -v Xvfb >/dev/null || { echo "Xvfb is missing: sudo apt-get install xvfb" >&2; exit 1; }
DISP=:$((80 + RANDOM % 9))
Xvfb "$DISP" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
out=$(mktemp -d)
trap 'kill $XPID 2>/dev/null' EXIT
sleep 1
cmake --build "$ROOT/build/release" --target authlab_guiprobe >&2
DISPLAY=$DISP QT_QPA_PLATFORM=xcb "$ROOT/build/release/authlab_guiprobe" --port "$PORT" \
    --out "$out/probe.json" --seconds "$SECONDS_" > "$out/gui.log" 2>&1 &
GPID=$!
for i in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.05; done
WRK_AUTH="Basic $(printf bob:builder | base64)" wrk -t1 -c32 -d$((SECONDS_ - 5))s --latency \
    -s "$ROOT/bench/wrk-auth.lua" "http://127.0.0.1:$PORT/admin" | grep '^RESULT' >&2
wait $GPID
cat "$out/probe.json"
