#!/usr/bin/env bash
# The test command (README.md): installs what is needed, checks the formatting (.ci/format.sh),
# builds with -Werror, checks that .ci/deps declares every package the build used, and runs every
# test with ctest inside a private D-Bus session with an unlocked gnome-keyring (the real OS
# keychain) and a throwaway HOME. Servers the tests need (Slurm, Azurite, replay servers) are
# started by the tests themselves on loopback and stopped by PID.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/.ci/install-deps.sh"
bash "$root/.ci/format.sh" --check
"$root/.ci/build.sh"
"$root/.ci/check-win32.sh" # the Win32 half of core/platform, under Wine
build="${BUILD_DIR:-$root/build}"
# Would a fresh machine have every package this build used? (The tool lives beside the clone, in
# ../shared, where CI provides it; a user's clone goes on without it.)
if [ -x "$root/../shared/tools/check-deps" ]; then
    (cd "$root" && "$root/../shared/tools/check-deps" "$build" .ci/deps)
fi
export TEST_HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="$TEST_HOME/run"; mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export TRAINYARD_NODE_MODULES="$root/.ci/node/node_modules"
cd "$build"
HOME="$TEST_HOME" dbus-run-session -- bash -c '
    echo -n trainyard-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --output-on-failure --timeout 600 -j2 "$@"' ctest "$@"
