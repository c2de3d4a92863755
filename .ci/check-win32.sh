#!/usr/bin/env bash
# The Win32 half of core/platform (process trees as job objects, stop requests, detached start,
# instance lock, durable writes, private folders, the peer of a named pipe): builds it with its
# test program, tests/core/platform/tst_platform.cpp (the same test ctest runs against the POSIX
# half), with mingw-w64 and runs it under Wine.
# Without mingw-w64 or Wine this says so and passes, except in CI (CI=true), where it fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cxx=x86_64-w64-mingw32-g++
wine=$(command -v wine || command -v wine64 || true)
if ! command -v "$cxx" >/dev/null || [ -z "$wine" ]; then
    echo "check-win32: SKIPPED — needs $cxx and wine (apt-get install $(grep -v '^#' "$root/.ci/deps/win32.apt" | tr '\n' ' '))"
    [ "${CI:-}" = true ] && { echo "check-win32: CI=true, so this is a failure"; exit 1; }
    exit 0
fi

out="${BUILD_DIR:-$root/build}/win32"
mkdir -p "$out"
# -static: the test needs no MinGW runtime DLLs next to it under Wine.
"$cxx" -std=c++20 -O1 -Wall -Wextra -Werror -static -I"$root" \
    "$root"/core/platform/*.cpp "$root"/core/platform/win32/*.cpp "$root/tests/core/platform/tst_platform.cpp" \
    -o "$out/tst_platform.exe"

# A throwaway Wine prefix and HOME (CI runs as root in a fresh HOME with no display); no Mono or
# Gecko installers, no debug chatter. wineboot is time-boxed so a first run cannot hang.
tmp=$(mktemp -d)
trap 'WINEPREFIX="$tmp/prefix" timeout 20 wineserver -k 2>/dev/null || true; rm -rf "$tmp"' EXIT
export WINEPREFIX="$tmp/prefix" HOME="$tmp/home" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY
if ! timeout 300 "$wine" wineboot --init >"$tmp/wineboot.log" 2>&1; then
    echo "check-win32: wineboot failed or took over 300 s:"; cat "$tmp/wineboot.log"; exit 1
fi
echo "check-win32: $("$wine" --version) running $out/tst_platform.exe"
set +e
timeout 300 "$wine" "$out/tst_platform.exe" 2>&1 | tr -d '\r' | tee "$tmp/result.log"
status=${PIPESTATUS[0]}
set -e
# The summary line must be there too: a crash or a hang (timeout) prints none.
grep -q '^[0-9]* passed, 0 failed$' "$tmp/result.log" || status=1
echo "check-win32: $([ "$status" = 0 ] && echo passed || echo "FAILED (status $status)")"
exit "$status"
