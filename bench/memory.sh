#!/usr/bin/env bash
# bench/memory.sh — does `authlab serve` stay bounded under what a peer can make it remember?
# (docs/performance.md, "Memory under Digest and login floods")
#
#   bench/memory.sh                 1,000,000 Digest 401s, 10,000 Digest nonces granted once
#                                   each, 1,000,000 logins; VmRSS sampled every 0.5 s
#   N401=100000 NLOGIN=100000 bench/memory.sh   a shorter run
#
# Phases, one server (release build, default scenario, one I/O thread):
#   digest401  wrk -t1 -c32 on /digest/staff without credentials: every answer a 401 with a new
#              nonce (nonces are stateless: nothing is stored)
#   nonces     bench/digest-nonces.py: NNONCE times GET -> 401 -> a real SHA-256 response with that
#              nonce -> 200; each grant puts the nonce in AuthState's Nonces table (cap 4,096)
#   logins     wrk -t1 -c32 POSTing alice's right credentials to /login: every answer a 303 with a
#              new session (AuthState's Sessions table, cap 1,024)
# Each wrk phase repeats 10 s runs until its count is reached. Output: bench/results/memory-<stamp>/
# (rss.tsv: seconds, phase, VmRSS kB; phases.tsv: phase, requests, statuses; report.md).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N401=${N401:-1000000} NLOGIN=${NLOGIN:-1000000} NNONCE=${NNONCE:-10000}
PORT=${AUTHLAB_BENCH_PORT:-18092}
[ "${1:-}" = -h ] || [ "${1:-}" = --help ] && { sed -n '2,18p' "$0"; exit 0; }
[ "${NO_BUILD:-0}" = 1 ] || "$ROOT/tools/dev.sh" build release >&2
BIN=$ROOT/build/release/authlab
OUT=${RESULTS_DIR:-$ROOT/bench/results/memory-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
"$BIN" serve --quiet --port "$PORT" > "$OUT/authlab.log" 2>&1 &
PID=$!
SAMPLER=""
trap 'kill $PID 2>/dev/null; [ -n "$SAMPLER" ] && kill $SAMPLER 2>/dev/null; wait 2>/dev/null || true' EXIT
for i in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.05; done
PHASE=$OUT/phase; echo start > "$PHASE"
T0=$(date +%s.%N)
( while kill -0 $PID 2>/dev/null; do
    printf '%.1f\t%s\t%s\n' "$(echo "$(date +%s.%N) - $T0" | bc)" "$(cat "$PHASE")" \
        "$(awk '/^VmRSS:/{print $2}' /proc/$PID/status)"
    sleep 0.5
  done ) > "$OUT/rss.tsv" 2>/dev/null &
SAMPLER=$!
kv() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1" | head -1; }
flood() { # phase target path [env...]
    local phase=$1 want=$2 path=$3 total=0 line n; shift 3
    echo "$phase" > "$PHASE"
    while [ "$total" -lt "$want" ]; do
        line=$(env WRK_TALLY=1 "$@" wrk -t1 -c32 -d10s -s "$ROOT/bench/wrk-auth.lua" "http://127.0.0.1:$PORT$path" | grep -E '^(RESULT|TALLY) ' | paste -sd' ')
        n=$(kv "$line" requests); total=$((total + n))
        printf '%s\t%s\t%s\n' "$phase" "$n" "$(sed 's/.*TALLY //' <<< "$line")" >> "$OUT/phases.tsv"
    done
    printf '%s total\t%s\n' "$phase" "$total" >> "$OUT/phases.tsv"
}
: > "$OUT/phases.tsv"
sleep 2
flood digest401 "$N401" /digest/staff
echo nonces > "$PHASE"
python3 "$ROOT/bench/digest-nonces.py" --port "$PORT" --n "$NNONCE" >> "$OUT/phases.tsv"
flood logins "$NLOGIN" /login WRK_FORM='username=alice&password=wonderland&next=/app/'
echo idle > "$PHASE"; sleep 3
python3 - "$OUT" <<'PY' | tee "$OUT/report.md"
import sys, statistics
d = sys.argv[1]
rows = [l.rstrip("\n").split("\t") for l in open(f"{d}/rss.tsv") if l.count("\t") == 2 and l.split("\t")[2].strip()]
print("| phase | samples | VmRSS at start / max / at end (MiB) |")
print("|---|---:|---|")
order = []
for _, p, _ in rows:
    if p not in order:
        order.append(p)
for p in order:
    v = [int(r[2]) / 1024 for r in rows if r[1] == p]
    print(f"| {p} | {len(v)} | {v[0]:.1f} / {max(v):.1f} / {v[-1]:.1f} |")
allv = [int(r[2]) / 1024 for r in rows]
print(f"\nmax VmRSS over the run: {max(allv):.1f} MiB")
PY
cat "$OUT/phases.tsv"
echo "results: $OUT" >&2
