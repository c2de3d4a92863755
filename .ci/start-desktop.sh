#!/usr/bin/env bash
# The README's first command: installs what is needed, builds, and starts the desktop app on the
# default local workspace (created on first start).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/.ci/install-deps.sh"
"$root/.ci/build.sh"
exec "${BUILD_DIR:-$root/build}/bin/trainyard" "$@"
