#!/usr/bin/env bash
# bench/scenario-scale.sh [RUNS] — the 10,000-user / 1,000-resource scenario of bench/gen-scenario.py:
# how long `authlab serve --scenario` takes to load it (bench/scenario-load.py, against the default
# scenario, interleaved), and the GUI on Xvfb (authlab_guiprobe --scroll): launch -> window shown and
# painted, and the time of each page step through the users table, large and default in turn.
# Its req/s against the default scenario is a cell of bench/schemes.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${1:-5}
[ "${NO_BUILD:-0}" = 1 ] || { "$ROOT/tools/dev.sh" build release >&2; cmake --build "$ROOT/build/release" --target authlab_guiprobe >&2; }
LARGE=/tmp/authlab-large.json
python3 "$ROOT/bench/gen-scenario.py" --out "$LARGE"
python3 "$ROOT/bench/scenario-load.py" --scenario "$LARGE" --runs "$((RUNS * 2))"
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb" >&2; exit 1; }
tmp=$(mktemp -d)
for i in $(seq "$RUNS"); do
    for kind in large default; do
        args=(--out "$tmp/$kind-$i.json" --scroll 200)
        [ $kind = large ] && args+=(--scenario "$LARGE")
        QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1600x1000x24' "$ROOT/build/release/authlab_guiprobe" "${args[@]}"
    done
done
python3 - "$tmp" "$RUNS" <<'PY'
import json, statistics, sys
d, n = sys.argv[1], int(sys.argv[2])
for kind in ("large", "default"):
    runs = [json.load(open(f"{d}/{kind}-{i}.json")) for i in range(1, n + 1)]
    med = lambda k: statistics.median(r[k] for r in runs)  # noqa: E731
    print(f"GUI, {kind} scenario ({runs[0]['rows']} user rows, {runs[0]['columns']} columns, "
          f"~{runs[0]['visibleRows']} visible): scenario loaded {med('scenarioLoadedMs'):.0f} ms, "
          f"window shown and painted {med('shownMs'):.0f} ms after start; page step through the users table "
          f"p50 {med('p50Ms'):.2f} ms, p99 {med('p99Ms'):.2f} ms, max {med('maxMs'):.2f} ms (medians of {n} runs)")
PY
