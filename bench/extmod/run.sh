#!/usr/bin/env bash
# Times C extension calls under Isolated and under CPython 3.12 with the same C sources
# (native-tests/ext_modules.c, native-tests/example_ext.c) compiled against each one's headers.
# Usage: bench/extmod/run.sh [python3.12]   (after ./build.sh)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="${1:-python3.12}"
INC="$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
cc -O2 -shared -fPIC -I"$INC" "$ROOT/native-tests/ext_modules.c" -o "$OUT/ext_multi.abi3.so"
cc -O2 -shared -fPIC -I"$INC" "$ROOT/native-tests/example_ext.c" -o "$OUT/isoexample.abi3.so" -lm
echo "== $("$PY" --version)"
"$PY" "$ROOT/bench/extmod/calls.py" "$OUT"
echo "== Isolated"
"$ROOT/build/bin/isolated" "$ROOT/bench/extmod/calls.py" "$ROOT/build/cmake/native-tests"
