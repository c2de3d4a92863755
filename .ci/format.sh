#!/usr/bin/env bash
# Formats every C++ file of the repository with clang-format and the root .clang-format
# (Debian 12's clang-format 14; other versions may wrap a few lines differently).
#   bash .ci/format.sh          rewrite the files in place (also: ninja -C build format)
#   bash .ci/format.sh --check  change nothing; list the unformatted files and exit 1 if any
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
clang_format="${CLANG_FORMAT:-clang-format}"
command -v "$clang_format" >/dev/null || { echo "format: $clang_format is not installed (apt-get install clang-format)" >&2; exit 2; }
# The tracked sources when this is a git checkout, else every .cpp/.h outside build trees.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -d '' files < <(git ls-files -z -- '*.cpp' '*.h')
else
    mapfile -d '' files < <(find app core ui tests packaging \( -name '*.cpp' -o -name '*.h' \) -print0)
fi
if [ "${1:-}" = "--check" ]; then
    # One run over all files; each difference is reported as "FILE:LINE:COL: error: ...".
    mapfile -t bad < <("$clang_format" --dry-run --Werror "${files[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error:.*/\1/p' | sort -u)
    if [ ${#bad[@]} -gt 0 ]; then
        echo "format: ${#bad[@]} file(s) differ from .clang-format; run: bash .ci/format.sh" >&2
        printf '  %s\n' "${bad[@]}" >&2
        exit 1
    fi
    echo "format: all ${#files[@]} files follow .clang-format"
else
    printf '%s\0' "${files[@]}" | xargs -0 "$clang_format" -i
fi
