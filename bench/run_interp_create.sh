#!/usr/bin/env bash
# Runs bench/interp_create against Isolated and, when it was built (CPython 3.12's embedding
# files present), against CPython, and prints the ratio of the create+end medians.
#   bench/run_interp_create.sh [build dir] [runs]      (./build.sh bench runs this)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}" runs="${2:-2000}"
ours="$build/bin/interp_create" theirs="$build/bin/interp_create_cpython"
[[ -x "$ours" ]] || { echo "error: $ours is missing: run ./build.sh first" >&2; exit 1; }

median() { sed -n "s/^$1: *median *\([0-9.]*\) us.*/\1/p"; }

echo "== Isolated ($ours, $runs runs)"
out_ours="$("$ours" "$runs")"; echo "$out_ours"
if [[ -x "$theirs" ]]; then
    # CPython's cycle takes milliseconds: fewer runs, same 10 s budget per figure.
    echo "== CPython ($theirs, $((runs / 10 > 20 ? runs / 10 : 20)) runs)"
    out_cp="$("$theirs" $((runs / 10 > 20 ? runs / 10 : 20)) 2>&1 | grep -E 'median|n/a')"; echo "$out_cp"
    a="$(median 'create+end' <<<"$out_ours")" b="$(median 'create+end' <<<"$out_cp")"
    [[ -n "$a" && -n "$b" ]] &&
        awk -v a="$a" -v b="$b" 'BEGIN { printf "== create+end: Isolated %.1f us, CPython %.1f us: CPython takes %.1fx as long\n", a, b, b / a }'
    a="$(median 'create+run(pass)+end' <<<"$out_ours")" b="$(median 'create+run(pass)+end' <<<"$out_cp")"
    if [[ -n "$a" && -n "$b" ]]; then
        awk -v a="$a" -v b="$b" 'BEGIN { printf "== create+run(pass)+end: Isolated %.1f us, CPython %.1f us: CPython takes %.1fx as long\n", a, b, b / a }'
    fi
else
    echo "== CPython: not compared (no CPython 3.12 embedding files: python3.12-config --embed, e.g. a pyenv 3.12 built with --enable-shared)"
fi
