#!/usr/bin/env bash
# Builds the fuzzer program (fuzz/Isolated.Fuzz, Release) and runs it. See fuzz/README.md.
#   fuzz/run.sh replay TARGET PATH...          run inputs, print verdicts (exit 1 on a failure)
#   fuzz/run.sh mutate TARGET [SECONDS] [SEED] built-in mutation fuzzing (default 60 s)
#   fuzz/run.sh mutate-all [SECONDS]           every target in turn
#   fuzz/run.sh capi [SECONDS] [SEED]          the C API argument-parsing fuzzer (C, fuzz/capi/)
#   fuzz/run.sh afl TARGET [SECONDS]           AFL++ through SharpFuzz (installs afl++ and the
#                                              sharpfuzz tool when missing; instruments Isolated.dll)
# Needs ./build.sh first (the stdlib in build/lib/python3.12; ISOLATED_STDLIB overrides).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
export ISOLATED_FUZZ_DIR="$here"
export ISOLATED_STDLIB="${ISOLATED_STDLIB:-$root/build/lib/python3.12}"
[[ -d "$ISOLATED_STDLIB" ]] || { echo "fuzz/run.sh: no stdlib at $ISOLATED_STDLIB: run ./build.sh first" >&2; exit 2; }
if [[ "${1:-}" == capi ]]; then
    # Built by ./build.sh's CMake step; a campaign of SECONDS with a time-based seed unless given.
    exe="$root/build/cmake/native-tests/fuzz_argparse"
    [[ -x "$exe" ]] || { echo "fuzz/run.sh: no $exe: run ./build.sh first" >&2; exit 2; }
    exec "$exe" "$here/corpus/capi/formats.txt" "-${2:-60}" ${3:-}
fi
out="$here/Isolated.Fuzz/bin/Release/net10.0"
dotnet build "$here/Isolated.Fuzz" -c Release -v q -nologo 2>&1 | grep -E " error |rror\(s\)" | sort -u | grep -q "0 Error(s)" ||
    { echo "fuzz/run.sh: the fuzzer did not build" >&2; exit 2; }
fuzzer=(dotnet "$out/Isolated.Fuzz.dll")
cmd="${1:-}"; shift || true
case "$cmd" in
    replay|mutate) exec "${fuzzer[@]}" "$cmd" "$@" ;;
    mutate-all)
        rc=0
        for t in source compile sre struct json marshal codecs zlib numbers; do
            "${fuzzer[@]}" mutate "$t" "${1:-60}" || rc=1
        done
        exit $rc ;;
    afl)
        target="$1" seconds="${2:-3600}"
        # A tool installed earlier is found even where ~/.dotnet/tools is not on PATH yet.
        export PATH="$PATH:$HOME/.dotnet/tools"
        if ! command -v afl-fuzz >/dev/null; then
            [[ $(id -u) == 0 ]] || { echo "fuzz/run.sh: afl-fuzz is missing: install afl++ (apt-get install afl++)" >&2; exit 2; }
            apt-get update -qq && apt-get install -y -qq afl++ >/dev/null
        fi
        command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine >/dev/null
        # The build above copied a fresh Isolated.dll; instrument that copy (the sources are untouched).
        sharpfuzz "$out/Isolated.dll"
        # Resuming keeps the queue of an earlier campaign on this target ('-i -').
        input="$here/corpus/$target"
        [[ -d "$here/findings/afl-$target/default/queue" ]] && input=-
        mkdir -p "$here/findings/afl-$target"
        # Niced and not pinned to a core: the machine is shared. A run past 10 s is a hang (each
        # input's own budget is 2 s). Ended after SECONDS (-V), with afl-fuzz's final statistics.
        AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
            nice -n 19 afl-fuzz -i "$input" -o "$here/findings/afl-$target" -V "$seconds" \
            -t 10000 -m none -- "${fuzzer[@]}" afl "$target" || true
        grep -E "^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs) " \
            "$here/findings/afl-$target/default/fuzzer_stats" || true
        echo "fuzz/run.sh: crashes and hangs, if any, are under fuzz/findings/afl-$target/default/{crashes,hangs}" ;;
    *) sed -n '2,10p' "$0"; exit 2 ;;
esac
