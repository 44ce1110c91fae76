#!/usr/bin/env bash
# Runs CPython's own regression tests (Debian's libpython3.11-testsuite) under Isolated with
# unittest, one process per test module, and prints per-module pass/fail/error counts, compared
# with what CPython 3.12 gets on the same tests (baseline-3.12.txt, made by --baseline).
#
#   tests/cpython-suite/run.sh [options] [test_module ...]    (default: every module in modules.txt)
#     --python PATH     the interpreter to run (default: build/bin/isolated)
#     --baseline PY3.12 run the modules under CPython 3.12 instead and rewrite baseline-3.12.txt
#     --timeout S       seconds per module before it counts as a hang (default 600)
#     --jobs N          modules run side by side (default: nproc)
#     --markdown        print the table as Markdown (for README)
#
# Results per test go to build/cpython-suite/<name>/<module>.txt ("<status> <test id>"), stderr
# (failure tracebacks) to <module>.log. A test counts as passing when every record of its id says
# pass (a failing subtest fails its test). The percentage counts, per module, Isolated's passes up to
# CPython 3.12's; baseline-3.12-differences.txt lists the 3.11 tests that CPython 3.12 itself fails.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${ISOLATED_CACHE:-$ROOT/.cache}"
PY="$ROOT/build/bin/isolated" BASELINE="" TIMEOUT=600 JOBS="$(nproc 2>/dev/null || echo 2)" MARKDOWN=0
mods=()
while (($#)); do
    case "$1" in
        --python) PY="$2"; shift 2 ;;
        --baseline) BASELINE="$2"; PY="$2"; shift 2 ;;
        --timeout) TIMEOUT="$2"; shift 2 ;;
        --jobs) JOBS="$2"; shift 2 ;;
        --markdown) MARKDOWN=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
        *) mods+=("$1"); shift ;;
    esac
done
((${#mods[@]})) || mapfile -t mods < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$HERE/modules.txt")
[[ -x "$PY" ]] || { echo "run.sh: $PY not found (run ./build.sh first)" >&2; exit 2; }

# The tests: Debian splits them in two packages — libpython3.11-testsuite (the test_* modules) and
# libpython3.11-stdlib (test/__init__.py, test/support/, regrtest). Both are downloaded once
# (apt-get download, no root needed), cached, and unpacked under build/.
TESTS="$ROOT/build/cpython-suite/lib"
fetch_deb() {   # package -> path of the cached .deb
    local pkg="$1" deb
    mkdir -p "$CACHE/deb"
    deb="$(ls -t "$CACHE"/deb/${pkg}_*.deb 2>/dev/null | head -n1 || true)"
    if [[ -z "$deb" ]]; then
        local -a opts=(); [[ "$(id -u)" == 0 ]] && opts=(-o APT::Sandbox::User=root)
        (cd "$CACHE/deb" && apt-get download -qq "${opts[@]}" "$pkg") >/dev/null 2>&1 ||
            { echo "run.sh: could not download $pkg with apt-get (needs Debian's package lists)" >&2; exit 2; }
        deb="$(ls -t "$CACHE"/deb/${pkg}_*.deb | head -n1)"
    fi
    echo "$deb"
}
if [[ ! -f "$TESTS/test/__init__.py" ]]; then
    tmp="$(mktemp -d)"
    dpkg-deb -x "$(fetch_deb libpython3.11-testsuite)" "$tmp"
    dpkg-deb -x "$(fetch_deb libpython3.11-stdlib)" "$tmp"
    rm -rf "$TESTS"; mkdir -p "$TESTS"; mv "$tmp/usr/lib/python3.11/test" "$TESTS/test"; rm -rf "$tmp"
fi

name=isolated; [[ -n "$BASELINE" ]] && name=cpython-3.12
OUT="$ROOT/build/cpython-suite/$name"; mkdir -p "$OUT"
run_one() {   # module -> writes $OUT/module.txt, .log, .rc
    local m="$1" work; work="$(mktemp -d)"
    (cd "$work" && timeout -k 10 "$TIMEOUT" "$PY" "$HERE/driver.py" "$TESTS" "$m" "$OUT/$m.txt" \
        >"$OUT/$m.log" 2>&1 </dev/null); echo $? >"$OUT/$m.rc"
    rm -rf "$work"
}
export -f run_one; export PY HERE TESTS OUT TIMEOUT
printf '%s\n' "${mods[@]}" | xargs -P "$JOBS" -I{} bash -c 'run_one {}'

# Per module: the worst outcome of each test id, counted; the exit status tells hangs and crashes.
summarize() {   # module -> "module pass fail error skip other total status"
    local m="$1" rc; rc="$(cat "$OUT/$m.rc" 2>/dev/null || echo 1)"
    awk -v m="$m" -v rc="$rc" '
        function rank(s) { return s=="error"?5 : s=="fail"?4 : s=="xpass"?3 : s=="skip"?2 : s=="xfail"?1 : 0 }
        $1=="import-error" { imp=1; next }
        $1=="total" { done=1; next }
        { id=$2; if (!(id in st) || rank($1) > rank(st[id])) st[id]=$1 }
        END {
            for (id in st) { n++; c[st[id]]++ }
            status = imp ? "import-error" : rc==124||rc==137 ? "timeout" : !done ? "crashed(rc=" rc ")" : "ok"
            printf "%s %d %d %d %d %d %d %s\n", m, c["pass"]+c["xfail"], c["fail"]+c["xpass"], c["error"], c["skip"], 0, n, status
        }' "$OUT/$m.txt" 2>/dev/null || echo "$m 0 0 0 0 0 0 no-output(rc=$rc)"
}

if [[ -n "$BASELINE" ]]; then
    { echo "# CPython 3.12 on the 3.11 regression tests: module pass fail error skip - total status"
      echo "# made by: tests/cpython-suite/run.sh --baseline $(basename "$BASELINE") ($("$BASELINE" -c 'import sys; print(sys.version.split()[0])'))"
      for m in "${mods[@]}"; do summarize "$m"; done; } >"$HERE/baseline-3.12.txt"
    # The differences: 3.11 tests that CPython 3.12 itself does not pass (3.12 changed the behaviour
    # they check, or the test needs a 3.11-only detail). They are not counted against Isolated.
    { echo "# 3.11 regression tests that CPython 3.12 does not pass (made with the baseline; status and test id)"
      for m in "${mods[@]}"; do
          awk '$1=="fail"||$1=="error"||$1=="import-error" {print $1, $2}' "$OUT/$m.txt" 2>/dev/null | sort -u
          grep -q '^total' "$OUT/$m.txt" 2>/dev/null || echo "incomplete $m (exit status $(cat "$OUT/$m.rc"))"
      done; } >"$HERE/baseline-3.12-differences.txt"
    cat "$HERE/baseline-3.12.txt"; exit 0
fi

# The table: Isolated's passes against CPython 3.12's on the same tests.
declare -A base
while read -r m p _; do base[$m]=$p; done < <(grep -v '^#' "$HERE/baseline-3.12.txt" 2>/dev/null || true)
tp=0 tb=0
if ((MARKDOWN)); then
    echo "| module | CPython 3.12 passes | Isolated passes | fail | error | skip | status |"
    echo "|---|---:|---:|---:|---:|---:|---|"
else
    printf '%-26s %8s %8s %6s %6s %6s  %s\n' module cpython isolated fail error skip status
fi
for m in "${mods[@]}"; do
    read -r _ p f e s _ n st < <(summarize "$m")
    b="${base[$m]:-?}"
    [[ "$b" =~ ^[0-9]+$ ]] && { tb=$((tb + b)); tp=$((tp + (p < b ? p : b))); }
    if ((MARKDOWN)); then echo "| $m | $b | $p | $f | $e | $s | $st |"
    else printf '%-26s %8s %8s %6s %6s %6s  %s\n' "$m" "$b" "$p" "$f" "$e" "$s" "$st"; fi
done
pct=$(awk -v a="$tp" -v b="$tb" 'BEGIN { printf "%.1f", b ? 100*a/b : 0 }')
if ((MARKDOWN)); then echo "| **total** | **$tb** | **$tp** | | | | **$pct%** |"
else printf '%-26s %8s %8s  (%s%% of the tests CPython 3.12 passes)\n' TOTAL "$tb" "$tp" "$pct"; fi
