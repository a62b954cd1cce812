#!/usr/bin/env bash
# AuthLab's one entry point for people and CI.
#
#   tools/dev.sh run [GUI options]   install missing Debian packages, build, start the GUI
#   tools/dev.sh test                install missing Debian packages, build, run every test
#   tools/dev.sh build [PRESET]      install + build only (presets: dev, release, asan, tsan)
#   tools/dev.sh test-asan           the whole suite under AddressSanitizer + UBSan
#   tools/dev.sh test-tsan           the whole suite under ThreadSanitizer (not in CI; tools/tsan.supp)
#   tools/dev.sh deps                only install what is missing
#
# Debian 12 packages only, and npm's har-validator for the tests (build/npm). Builds use -j2 (two cores here).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# What building and testing need. The GUI also runs with these; xvfb only serves screenshots.
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev libxcb1-dev
    node-llhttp
    fonts-dejavu-core
    clang-format
    curl wget # the Digest interop tests in tst_cli (skipped without them)
    python3-requests chromium # the Digest interop tests in tst_interop (chromium: ~80 MB, ~20 s to install)
    nginx-light apache2-bin # tst_realservers: the client against nginx (Basic) and Apache httpd (Digest); nginx-light starts Debian's nginx.service on :80, the test uses its own port
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The independent HAR validator for the tests (tst_har, tst_cli): npm's har-validator into
# build/npm, the one thing fetched from outside Debian (Debian's nodejs and npm run it).
install_npm_tools() {
    command -v npm >/dev/null || { say "npm not installed: the HAR files are checked structurally only"; return 0; }
    [ -f build/npm/node_modules/har-validator/package.json ] && return 0
    say "Installing har-validator (npm) into build/npm"
    npm install --prefix build/npm --no-audit --no-fund har-validator@5.1.5 >/dev/null
}

build() {
    local preset=${1:-dev}
    say "Configuring and building (preset $preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
    deps)
        install_missing; install_npm_tools ;;
    build)
        install_missing; build "${1:-dev}" ;;
    run)
        install_missing; build dev
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            cat >&2 <<MSG
No display here (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open.
Run the headless server instead and point curl or a browser at the URL it prints:

    build/dev/authlab serve              # 127.0.0.1:8080, one log line per exchange
    curl -i -u bob:builder http://127.0.0.1:8080/admin

MSG
            exit 2
        fi
        say "Starting AuthLab"
        exec build/dev/authlab "$@" ;;
    test)
        install_missing; install_npm_tools; build dev
        say "Running the test suite"
        ctest --preset dev ;;
    test-asan)
        install_missing; install_npm_tools; build asan
        say "Running the test suite under ASan + UBSan"
        ctest --preset asan ;;
    test-tsan)
        install_missing; install_npm_tools; build tsan
        say "Running the test suite under ThreadSanitizer"
        ctest --preset tsan ;;
    *)
        sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
