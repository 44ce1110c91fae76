#!/usr/bin/env bash
# Builds a vim source tree (9.1 or later) with its Python 3 interface for the Limited API, linked
# directly against Isolated (include/ + build/lib/libisolated.so), and runs vim's Python tests.
#
#   hosts/vim/check.sh VIM_SOURCE_DIR [make targets...]
#
# VIM_SOURCE_DIR is a vim checkout given by the caller (never committed here). It is copied to
# build/vim/ and built there (the caller's tree is not touched). Default targets: test_python3
# test_pyx3 test_vim9_python3 test_plugin_python3complete. Prints a per-file pass count; the
# test logs stay in build/vim/src/testdir/ (messages, test.log). Needs: ./build.sh run first,
# a C compiler, make, and ncurses headers (Debian: libncurses-dev).
# Environment: TEST_SKIP_PAT (default: Test_unicode, which crashes vim itself with
# encoding=debug under CPython too), TEST_FILTER (vim's own: run only the tests whose name
# matches), JOBS (default nproc), VIM_REUSE=1 (keep the vim already built in build/vim: vim loads
# build/lib/libisolated.so at run time, so after a runtime change only the tests need to rerun).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SRC="${1:?usage: hosts/vim/check.sh VIM_SOURCE_DIR [make targets...]}"; shift
targets=("$@"); ((${#targets[@]})) || targets=(test_python3 test_pyx3 test_vim9_python3 test_plugin_python3complete)
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
LIB="$ROOT/build/lib"
[[ -f "$LIB/libisolated.so" && -x "$ROOT/build/bin/isolated" ]] || { echo "check.sh: run ./build.sh first" >&2; exit 2; }
[[ -f "$SRC/src/configure.ac" && -f "$SRC/src/if_python3.c" ]] || { echo "check.sh: $SRC is not a vim source tree" >&2; exit 2; }
grep -q 'python3-stable-abi' "$SRC/src/configure.ac" ||
    { echo "check.sh: this vim predates --with-python3-stable-abi (needs 9.1 or later)" >&2; exit 2; }

OUT="$ROOT/build/vim"
if [[ "${VIM_REUSE:-0}" == 1 && -x "$OUT/src/vim" ]]; then
    echo "==> VIM_REUSE=1: reusing build/vim/src/vim"
    cd "$OUT/src"
else
echo "==> copying $SRC to build/vim"
rm -rf "$OUT"; mkdir -p "$OUT"
(cd "$SRC" && tar --exclude=.git -cf - .) | (cd "$OUT" && tar -xf -)

echo "==> configure (Limited API 3.12, linked against libisolated.so)"
cd "$OUT/src"
# configure asks a python3 executable about itself; these cache variables give it our answers.
# build/bin/isolated is a real Python 3.12 command, so the few checks configure still runs work.
export vi_cv_path_python3="$ROOT/build/bin/isolated"
export vi_cv_var_python3_version=3.12 vi_cv_var_python3_abiflags=
export vi_cv_path_python3_pfx="$ROOT/build" vi_cv_path_python3_epfx="$ROOT/build"
export vi_cv_path_python3_include="$ROOT/include" vi_cv_path_python3_platinclude="$ROOT/include"
export vi_cv_path_python3path="$LIB/python3.12" vi_cv_path_python3_conf="$LIB"
export vi_cv_path_python3_plibs="-L$LIB -lisolated -Wl,-rpath,$LIB"
export vi_cv_dll_name_python3=libisolated.so vi_cv_var_python3_stable_abi_hex=0x30C0000
./configure --with-features=huge --enable-python3interp=yes --with-python3-stable-abi=3.12 \
    --enable-fail-if-missing --disable-gui --without-x --with-tlib=ncurses >"$OUT/configure.log" 2>&1 ||
    { tail -30 "$OUT/configure.log"; echo "check.sh: configure failed (build/vim/configure.log)" >&2; exit 1; }
grep -q '^#define FEAT_PYTHON3 1' auto/config.h || { echo "check.sh: configure left Python 3 out" >&2; exit 1; }

echo "==> make (warnings and errors of if_python3.c in build/vim/make.log)"
make -j"$JOBS" >"$OUT/make.log" 2>&1 || { grep -E "error|Error" "$OUT/make.log" | head -40; echo "check.sh: vim did not build" >&2; exit 1; }
echo "    if_python3.c: $(grep -c 'if_python3.c.*warning' "$OUT/make.log" || true) warnings"
fi
./vim --version | grep -E -o '[+-]python3(/dyn)?' | head -1

echo "==> vim's Python tests: ${targets[*]}"
cd testdir
export TEST_SKIP_PAT="${TEST_SKIP_PAT-Test_unicode}"
status=0
for t in "${targets[@]}"; do
    rm -f messages test.log
    make "$t" >"$OUT/$t.log" 2>&1 || status=1
    # vim's runtest.vim writes "Executed N tests" and failures to the messages file.
    executed="$(grep -E -o 'Executed +[0-9]+ tests?' messages 2>/dev/null | grep -E -o '[0-9]+' | tail -1 || true)"
    failed="$(grep -E -o '[0-9]+ FAILED' messages 2>/dev/null | grep -E -o '[0-9]+' | tail -1 || true)"
    skipped="$(grep -c -E '^Skipped|SKIPPED' messages 2>/dev/null || true)"
    executed="${executed:-0}" failed="${failed:-0}"
    printf '%-32s %3d passed, %3d failed (executed %d; skipped %s)\n' "$t" $((executed - failed)) "$failed" "$executed" "$skipped"
    [[ -f messages ]] && cp messages "$OUT/$t.messages"
done
exit $status
