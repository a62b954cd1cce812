#!/usr/bin/env bash
# bench/startup.sh [RUNS] — launch to first live badge, against a bare Qt "hello" window.
# Both run on the same Xvfb display; each run measures wall clock from just before exec to the
# moment the program reports (AuthLab: its first live answer, via --startup-time;
# hello: its first paint). Prints the median and the ratio.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${1:-9}
"$ROOT/tools/dev.sh" build release >&2
cmake --build "$ROOT/build/release" --target authlab_hello >&2
command -v Xvfb >/dev/null || { echo "Xvfb is missing: sudo apt-get install xvfb" >&2; exit 1; }
DISP=:$((90 + RANDOM % 9))
Xvfb "$DISP" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
trap 'kill $XPID 2>/dev/null' EXIT
export DISPLAY=$DISP QT_QPA_PLATFORM=xcb
for i in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done 2>/dev/null || true
tmp=$(mktemp -d)
auth=() hello=()
for i in $(seq "$RUNS"); do
    t0=$(date +%s%3N)
    t1=$("$ROOT/build/release/authlab" --startup-time 2>/dev/null | tail -1)
    auth+=($((t1 - t0)))
    t0=$(date +%s%3N)
    t1=$("$ROOT/build/release/authlab_hello" 2>/dev/null | head -1)
    hello+=($((t1 - t0)))
done
python3 - "${auth[*]}" "${hello[*]}" <<'PY'
import statistics, sys
a = [int(x) for x in sys.argv[1].split()]
h = [int(x) for x in sys.argv[2].split()]
ma, mh = statistics.median(a), statistics.median(h)
print(f"AuthLab launch -> first live badge: median {ma:.0f} ms (runs: {a})")
print(f"Qt hello window launch -> first paint: median {mh:.0f} ms (runs: {h})")
print(f"ratio: {ma / mh:.2f}x; goal: <= 500 ms -> {'met' if ma <= 500 else 'NOT met'}")
PY
