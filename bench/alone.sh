#!/usr/bin/env bash
# bench/alone.sh BIN PORT THREADS RESULTS_DIR [--quick] — AuthLab alone, written in the same
# runs.tsv format as ../shared/bench/peers.sh, for machines without the peer harness.
set -euo pipefail
BIN=$1 PORT=$2 THREADS=$3 OUT=$4
DURATION=5 REPS=3 WARM=5
[ "${5:-}" = --quick ] && { DURATION=2; REPS=1; WARM=1; }
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$BIN" serve --quiet --threads "$THREADS" --port "$PORT" > "$OUT/authlab.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
for i in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.05; done
declare -A AUTH=([noauth]="" [forbidden]="Basic $(printf bob:builder | base64)" [ok]="Basic $(printf alice:wonderland | base64)")
declare -A EXPECT=([noauth]=401 [forbidden]=403 [ok]=200)
kv() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1" | head -1; }
: > "$OUT/runs.tsv"
for k in noauth forbidden ok; do
    WRK_AUTH="${AUTH[$k]}" wrk -t1 -c32 -d${WARM}s -s "$HERE/wrk-auth.lua" "http://127.0.0.1:$PORT/admin" > /dev/null
done
for rep in $(seq "$REPS"); do
    for k in noauth forbidden ok; do
        for c in 32 1; do
            line=$(WRK_AUTH="${AUTH[$k]}" wrk -t1 -c$c -d${DURATION}s --latency -s "$HERE/wrk-auth.lua" "http://127.0.0.1:$PORT/admin" | grep '^RESULT ')
            rss=$(awk '/^VmRSS:/{print $2}' /proc/$PID/status)
            printf 'authlab\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\tNA\t%s\n' "$k" "${EXPECT[$k]}" "$c" "$rep" \
                "$(kv "$line" rps)" "$(kv "$line" mean_us)" "$(kv "$line" p50_us)" "$(kv "$line" p90_us)" "$(kv "$line" p99_us)" \
                "$(kv "$line" max_us)" "$(kv "$line" requests)" "$(kv "$line" non2xx3xx)" \
                "$(( $(kv "$line" err_connect) + $(kv "$line" err_read) + $(kv "$line" err_write) ))" "$(kv "$line" err_timeout)" \
                "$rss" "$(kv "$line" duration_s)" >> "$OUT/runs.tsv"
        done
    done
done
