#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan) and runs each for a
# bounded time on a working copy of its seed corpus.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
#   SECONDS   run time per target (default 60)
#   TARGET    fuzz_requestparser fuzz_authorization fuzz_scenario fuzz_challenge fuzz_digest
#             fuzz_formbody fuzz_cookies fuzz_proxytarget (default: all)
#   JOBS      environment: how many targets run at the same time (default 2)
#
# The committed seeds (fuzz/corpus/<target>) are only read: each target fuzzes
# build/fuzz/corpus-work/<target> (seeded from them, kept between runs), writes crashes to
# build/fuzz/artifacts/<target>/ and its log to build/fuzz/logs/<target>.log. Exits non-zero
# if any target found a crash (or a leak, timeout or out-of-memory input).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
seconds="${1:-60}"
shift || true
jobs="${JOBS:-2}"
all_targets=(fuzz_requestparser fuzz_authorization fuzz_scenario fuzz_challenge fuzz_digest fuzz_formbody fuzz_cookies
             fuzz_proxytarget)
if [[ $# -gt 0 ]]; then targets=("$@"); else targets=("${all_targets[@]}"); fi

if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [[ "$seconds" -lt 1 ]]; then
    echo "usage: fuzz/run.sh [SECONDS] [TARGET...]" >&2
    exit 2
fi
if ! [[ "$jobs" =~ ^[0-9]+$ ]] || [[ "$jobs" -lt 1 ]]; then
    echo "JOBS must be a positive number" >&2
    exit 2
fi

cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

bin="$root/build/fuzz/fuzz"
work="$root/build/fuzz/corpus-work"
artifacts="$root/build/fuzz/artifacts"
logs="$root/build/fuzz/logs"
mkdir -p "$work" "$artifacts" "$logs"

dict_for() {
    case "$1" in
        fuzz_requestparser) echo "$here/http.dict" ;;
        fuzz_authorization) echo "$here/auth.dict" ;;
        fuzz_scenario) echo "$here/scenario.dict" ;;
        fuzz_challenge) echo "$here/challenge.dict" ;;
        fuzz_digest) echo "$here/digest.dict" ;;
        fuzz_proxytarget) echo "$here/proxy.dict" ;;
    esac
}
max_len_for() {
    case "$1" in
        fuzz_requestparser | fuzz_scenario) echo 8192 ;;
        fuzz_authorization) echo 1024 ;;
        *) echo 2048 ;;
    esac
}

# UBSan findings must stop the run like ASan's do; leaks are checked per input by libFuzzer.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

run_one() {
    local t="$1"
    local exe="$bin/$t"
    [[ -x "$exe" ]] || { echo "no fuzzer $exe" >&2; return 1; }
    mkdir -p "$work/$t" "$artifacts/$t"
    # Seed the working corpus; what earlier runs found stays.
    cp -n "$here/corpus/$t/"* "$work/$t/" 2>/dev/null || true
    local args=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
                -max_len="$(max_len_for "$t")" -artifact_prefix="$artifacts/$t/")
    local dict; dict="$(dict_for "$t")"
    [[ -f "$dict" ]] && args+=(-dict="$dict")
    date +%s >"$logs/$t.start"
    set +e
    "$exe" "${args[@]}" "$work/$t" >"$logs/$t.log" 2>&1
    echo $? >"$logs/$t.rc"
    set -e
}

echo "fuzzing ${targets[*]}: ${seconds}s each, $jobs at a time (logs in build/fuzz/logs)"
for t in "${targets[@]}"; do
    while [[ "$(jobs -rp | wc -l)" -ge "$jobs" ]]; do wait -n || true; done
    echo "  start $t"
    run_one "$t" &
done
wait

stat() { grep -m1 "^stat::$2:" "$1" | awk '{print $2}'; }
status=0
printf '\n%-20s %12s %8s %8s %8s %8s  %s\n' target executions exec/s cov ft corpus result
for t in "${targets[@]}"; do
    log="$logs/$t.log"
    rc="$(cat "$logs/$t.rc" 2>/dev/null || echo 1)"
    execs="$(stat "$log" number_of_executed_units)"
    rate="$(stat "$log" average_exec_per_sec)"
    last="$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 || true)"
    cov="$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")"
    ft="$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")"
    corp="$(sed -nE 's/.* corp: ([0-9]+)\/.*/\1/p' <<<"$last")"
    found="$(grep -m1 -oE "(crash|leak|timeout|oom|slow-unit)-[0-9a-f]+" "$log" || true)"
    if [[ "$rc" != 0 ]] || grep -qE "^==[0-9]+==ERROR|deadly signal|fuzz invariant violated" "$log"; then
        result="CRASH ${found:-(exit $rc)} -> build/fuzz/artifacts/$t/"
        status=1
    else
        result="ok"
    fi
    printf '%-20s %12s %8s %8s %8s %8s  %s\n' "$t" "${execs:--}" "${rate:--}" "${cov:--}" "${ft:--}" \
        "${corp:--}" "$result"
done
exit $status
