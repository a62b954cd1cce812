#!/usr/bin/env bash
# tools/format.sh [check|fix] — the C++ sources in the committed .clang-format (clang-format 14).
#   check  (default) list the files that are not formatted and exit 1 if there are any (.ci/run)
#   fix    format them in place
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
CF=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$CF" ] || { echo "clang-format is missing: tools/dev.sh deps installs it" >&2; exit 1; }
mapfile -t files < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'fuzz/*.cpp' 'fuzz/*.h' \
                                      'bench/*.cpp' 'bench/*.h')
case "${1:-check}" in
    fix) "$CF" -i "${files[@]}" ;;
    check)
        bad=()
        for f in "${files[@]}"; do
            "$CF" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
        done
        if [ ${#bad[@]} -gt 0 ]; then
            printf 'Not formatted (run tools/format.sh fix):\n' >&2
            printf '  %s\n' "${bad[@]}" >&2
            exit 1
        fi
        echo "All ${#files[@]} C++ files are formatted." ;;
    *) sed -n '2,4p' "$0" >&2; exit 2 ;;
esac
