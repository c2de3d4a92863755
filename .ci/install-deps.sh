#!/usr/bin/env bash
# Installs what building, running and testing Trainyard needs on Debian 12, from the package
# lists in .ci/deps: *.apt (Debian packages) and *.npm (npm packages, installed under
# .ci/node_modules). Idempotent: nothing is fetched when everything is there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"

mapfile -t apt_packages < <(cat "$here"/deps/*.apt 2>/dev/null | sed 's/#.*//' | tr -s ' \t' '\n' | grep -v '^$' | sort -u)
missing=()
for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: apt-get install ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

npm_packages=$(cat "$here"/deps/*.npm 2>/dev/null | sed 's/#.*//' | tr -s ' \t' '\n' | grep -v '^$' | sort -u || true)
if [ -n "$npm_packages" ]; then
    mkdir -p "$here/node"
    need=0
    for p in $npm_packages; do
        name="${p%@*}"; [ -n "$name" ] || name="$p"
        [ -d "$here/node/node_modules/$name" ] || need=1
    done
    if [ $need = 1 ]; then
        echo "install-deps: npm install $npm_packages"
        (cd "$here/node" && npm install --no-audit --no-fund --loglevel=error $npm_packages >/dev/null)
    fi
fi
