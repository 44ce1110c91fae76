#!/usr/bin/env bash
# Runs a documentation example (possibly under valgrind.sh) and compares what it printed with
# what the same C file printed when compiled against CPython 3.12 (<name>.expected).
#   compare_output.sh <expected file> <program or valgrind.sh ...> [args...]
# Standard output is compared (stderr is shown on a failure); the lines valgrind.sh adds
# ("valgrind: ...") are not the program's and are left out.
set -uo pipefail
expected="$1"; shift
errors="$(mktemp)"
trap 'rm -f "$errors"' EXIT
actual="$("$@" 2>"$errors")"
rc=$?
filtered="$(printf '%s\n' "$actual" | grep -v '^valgrind: ')"
if [[ $rc != 0 ]]; then
    printf '%s\n' "$actual"
    cat "$errors"
    echo "---- exit status $rc ----"
    exit $rc
fi
if ! diff -u "$expected" <(printf '%s\n' "$filtered"); then
    cat "$errors"
    echo "---- output differs from CPython 3.12's ($expected) ----"
    exit 1
fi
printf '%s\n' "$actual" | grep '^valgrind: ' || true
echo "same output as CPython 3.12"
