#!/usr/bin/env bash
# bench/schemes.sh — the schemes of issue 9 against their peers, interleaved in one run
# (docs/performance.md, "Digest, cookie session, large scenario").
#
#   bench/schemes.sh            3 rounds x every cell x 5 s (about 6 min)
#   bench/schemes.sh --quick    1 round x 2 s (a smoke test of the harness)
#   REPS=5 DURATION=5 bench/schemes.sh
#   ONLY='nginx|cookie' REPS=9 bench/schemes.sh   only the cells whose name matches (grep -E)
#
# Servers (all on 127.0.0.1, started here, stopped by the PID recorded here):
#   authlab       build/release/authlab serve --quiet (default scenario)
#   authlab-large the same on bench/gen-scenario.py's 10,000 users / 1,000 resources
#   apache        Apache httpd 2.4 mod_auth_digest, ../shared/bench/digest/apache.conf.in (MD5, qop=auth)
#   nginx-plain   one nginx worker, ../shared/bench/config/nginx.conf.in, {PLAIN} htpasswd (as peers.sh)
# Cells, in two client models (rows compare only within their model):
#   conn  (wrk -t32 -c32; one Digest nonce per connection, nc 1,2,3... — the Digest harness's
#         NC_MODE=conn): apache Digest 200, AuthLab Digest 200 (SHA-256 and MD5), AuthLab Basic 200
#         on /staff, Apache Basic 200 ({SHA})
#   t1    (wrk -t1 -c32, as bench/run.sh / peers.sh): nginx-plain Basic 200, AuthLab /app/ with a
#         session cookie, AuthLab Basic 200 on /admin for the default and the large scenario
# Every round runs every cell once, in the same order, and notes the load average before each cell;
# the report gives medians and the median of the per-round ratios. Digest requests carry real
# responses from ../shared/bench/digest/digest_gen.py (fresh nonces before every wrk run).
# Results: bench/results/schemes-<stamp>/ (runs.tsv, audit.tsv, report.md).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIGEST_DIR=${DIGEST_DIR:-$ROOT/../shared/bench/digest}
NGINX_TPL=${NGINX_TPL:-$ROOT/../shared/bench/config/nginx.conf.in}
REPS=${REPS:-3} DURATION=${DURATION:-5} WARM=${WARM:-3}
[ "${1:-}" = --quick ] && { REPS=1; DURATION=2; WARM=1; }
[ "${1:-}" = -h ] || [ "${1:-}" = --help ] && { sed -n '2,24p' "$0"; exit 0; }
P_AUTHLAB=18090 P_LARGE=18091 P_APACHE=18095 P_NGINX=18097

[ "${NO_BUILD:-0}" = 1 ] || "$ROOT/tools/dev.sh" build release >&2
BIN=$ROOT/build/release/authlab
for t in wrk curl python3 /usr/sbin/apache2 /usr/sbin/nginx htpasswd; do
    command -v "$t" >/dev/null || { echo "missing: $t (apt-get install wrk curl apache2-bin apache2-utils nginx-light)" >&2; exit 1; }
done
STAMP=$(date +%Y%m%d-%H%M%S)
OUT=${RESULTS_DIR:-$ROOT/bench/results/schemes-$STAMP}
RUN=/tmp/authlab-bench/schemes-run
rm -rf "$RUN"; mkdir -p "$OUT" "$RUN"
LARGE=$RUN/large.json
python3 "$ROOT/bench/gen-scenario.py" --out "$LARGE" > "$OUT/large.txt"

PIDS=()
stop_all() { local p; for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
             for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done; }
trap stop_all EXIT
wait_port() { local i; for i in $(seq 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$1/")" != 000 ] && return 0; sleep 0.05; done
    echo "nothing answers on port $1" >&2; return 1; }

"$BIN" serve --quiet --port $P_AUTHLAB > "$RUN/authlab.log" 2>&1 & PIDS+=($!)
"$BIN" serve --quiet --port $P_LARGE --scenario "$LARGE" > "$RUN/authlab-large.log" 2>&1 & PIDS+=($!)
# Apache as ../shared/bench/digest/run.sh starts it (htdigest lines written directly, {SHA} htpasswd).
A=$RUN/apache; mkdir -p "$A/htdocs" "$A/run" "$A/logs" "$A/tmp"; printf 'ok\n' > "$A/htdocs/ok.txt"
: > "$A/htdigest"; : > "$A/htpasswd"
for up in alice:wonderland bob:builder carol:songbird; do
    u=${up%%:*} p=${up#*:}
    printf '%s:AuthLab:%s\n' "$u" "$(printf '%s:AuthLab:%s' "$u" "$p" | md5sum | cut -d' ' -f1)" >> "$A/htdigest"
    htpasswd -b -s "$A/htpasswd" "$u" "$p" 2>/dev/null
done
printf 'staff: alice bob\n' > "$A/groups"
chmod 755 "$RUN" "$A" "$A/htdocs"; chmod 644 "$A/htdigest" "$A/htpasswd" "$A/groups" "$A/htdocs/ok.txt"
if [ "$(id -u)" = 0 ]; then au=nobody ag=$(id -gn nobody 2>/dev/null || echo nogroup); else au=$(id -un) ag=$(id -gn); fi
sed -e "s#@RUNDIR@#$A#g" -e "s#@PORT@#$P_APACHE#g" -e "s#@USER@#$au#g" -e "s#@GROUP@#$ag#g" \
    "$DIGEST_DIR/apache.conf.in" > "$A/apache.conf"
TMPDIR=$A/tmp /usr/sbin/apache2 -f "$A/apache.conf" -DFOREGROUND > "$RUN/apache.log" 2>&1 & PIDS+=($!)
N=$RUN/nginx; mkdir -p "$N/tmp" "$N/empty"; printf 'alice:{PLAIN}secret\nbob:{PLAIN}secret\n' > "$N/htpasswd"
chmod 755 "$N"; chmod 644 "$N/htpasswd"
sed -e "s#@RUNDIR@#$N#g" -e "s#@PORT@#$P_NGINX#g" -e "s#@HTPASSWD@#$N/htpasswd#g" "$NGINX_TPL" > "$N/nginx.conf"
/usr/sbin/nginx -p "$N" -e "$N/error.log" -c "$N/nginx.conf" > "$RUN/nginx.log" 2>&1 & PIDS+=($!)
for p in $P_AUTHLAB $P_LARGE $P_APACHE $P_NGINX; do wait_port $p; done

# One login (POST /login), its cookie reused by every /app/ request.
curl -s -o /dev/null -c "$RUN/jar" --data 'username=alice&password=wonderland&next=/app/' "http://127.0.0.1:$P_AUTHLAB/login"
SID=$(awk '$6 == "authlab_session" {print $7}' "$RUN/jar")
[ -n "$SID" ] || { echo "POST /login gave no session cookie" >&2; exit 1; }
basic() { printf 'Basic %s' "$(printf '%s' "$1" | base64 -w0)"; }

# cell: name|model|port|path|kind|arg   kind: digest (arg user:password[:algorithm]), basic (user:pw), cookie
CELLS=(
    "apache-digest200|conn|$P_APACHE|/digest/staff|digest|bob:builder:MD5"
    "authlab-digest200|conn|$P_AUTHLAB|/digest/staff|digest|bob:builder:SHA-256"
    "authlab-digest200-md5|conn|$P_AUTHLAB|/digest/staff|digest|bob:builder:MD5"
    "authlab-basic200-staff|conn|$P_AUTHLAB|/staff|basic|bob:builder"
    "apache-basic200|conn|$P_APACHE|/basic/staff|basic|bob:builder"
    "nginx-plain-basic200|t1|$P_NGINX|/admin|basic|alice:secret"
    "authlab-app-cookie|t1|$P_AUTHLAB|/app/|cookie|"
    "authlab-basic200-admin|t1|$P_AUTHLAB|/admin|basic|alice:wonderland"
    "authlab-large-basic200-admin|t1|$P_LARGE|/admin|basic|alice:wonderland"
)
if [ -n "${ONLY:-}" ]; then
    kept=(); for c in "${CELLS[@]}"; do grep -qE -- "$ONLY" <<< "${c%%|*}" && kept+=("$c"); done
    CELLS=("${kept[@]}")
fi
declare -A RATE
kv() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1" | head -1; }
run_cell() { # cell seconds tally outfile -> RESULT line on stdout
    local name model port path kind arg t=1 user pass alg per rate
    IFS='|' read -r name model port path kind arg <<< "$1"
    [ "$model" = conn ] && t=32
    local env=(WRK_TALLY="$3") script=$ROOT/bench/wrk-auth.lua
    case "$kind" in
        basic) env+=(WRK_AUTH="$(basic "$arg")") ;;
        cookie) env+=(WRK_COOKIE="authlab_session=$SID") ;;
        digest)
            IFS=: read -r user pass alg <<< "$arg"
            rate=${RATE[$name]:-60000}
            per=$(( rate * ($2 + 1) * 2 / t + 256 ))
            python3 "$DIGEST_DIR/digest_gen.py" gen --url "http://127.0.0.1:$port$path" --user "$user" --password "$pass" \
                --slices $t --per-slice $per --out "$RUN/hdr" --algorithm "$alg" > "$RUN/gen.txt" 2>&1
            env=(WRK_TALLY="$3" WRK_DIGEST_DIR="$RUN/hdr"); script=$DIGEST_DIR/wrk-digest.lua ;;
    esac
    env "${env[@]}" wrk -t$t -c32 -d"$2"s --latency -s "$script" "http://127.0.0.1:$port$path" > "$4" 2>&1
    local line; line=$(grep '^RESULT ' "$4" | head -1)
    local r; r=$(kv "$line" rps); r=${r%.*}
    [ "${r:-0}" -gt "${RATE[$name]:-0}" ] && RATE[$name]=$r
    echo "$line"
}

mkdir -p "$OUT/wrk"
{
    echo "date: $(date -Is)"; echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo +dirty)"
    echo "host: $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
    echo "settings: REPS=$REPS DURATION=${DURATION}s WARM=${WARM}s, order = round > cell"
    echo "wrk: $(wrk -v 2>&1 | head -1 | awk '{print $2}'), apache: $(/usr/sbin/apache2 -v | head -1 | cut -d/ -f2), nginx: $(/usr/sbin/nginx -v 2>&1 | cut -d/ -f2)"
    cat "$OUT/large.txt"
} > "$OUT/env.txt"
cat "$OUT/env.txt" >&2

: > "$OUT/audit.tsv"
for c in "${CELLS[@]}"; do # warm-up, then an audit: the exact status of every response under load
    name=${c%%|*}
    run_cell "$c" "$WARM" 0 "$OUT/wrk/$name-warm.txt" > /dev/null
    line=$(run_cell "$c" 2 1 "$OUT/wrk/$name-audit.txt")
    tally=$(grep -h '^TALLY ' "$OUT/wrk/$name-audit.txt" | sed 's/^TALLY //')
    printf '%s\t%s\t%s\n' "$name" "$(kv "$line" requests)" "$tally" | tee -a "$OUT/audit.tsv" >&2
done

printf 'cell\tmodel\tround\trps\tmean_us\tp99_us\trequests\tnon2xx\terrors\twraps\tload1\n' > "$OUT/runs.tsv"
for ((r = 1; r <= REPS; r++)); do
    for c in "${CELLS[@]}"; do
        IFS='|' read -r name model _ <<< "$c"
        load=$(cut -d' ' -f1 /proc/loadavg)
        line=$(run_cell "$c" "$DURATION" 0 "$OUT/wrk/$name-r$r.txt")
        err=$(( $(kv "$line" err_connect) + $(kv "$line" err_read) + $(kv "$line" err_write) + $(kv "$line" err_timeout) ))
        w=$(kv "$line" wraps)
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$model" "$r" "$(kv "$line" rps)" \
            "$(kv "$line" mean_us)" "$(kv "$line" p99_us)" "$(kv "$line" requests)" "$(kv "$line" non2xx3xx)" \
            "$err" "${w:-0}" "$load" | tee -a "$OUT/runs.tsv" >&2
    done
done
for i in 0 1; do # RSS after the load
    printf '%s RSS %s kB\n' "$([ $i = 0 ] && echo authlab || echo authlab-large)" "$(awk '/^VmRSS:/{print $2}' /proc/${PIDS[$i]}/status)" >> "$OUT/env.txt"
done
python3 "$ROOT/bench/schemes-report.py" "$OUT" | tee "$OUT/report.md"
echo "results: $OUT" >&2
