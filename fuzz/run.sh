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
        command -v afl-fuzz >/dev/null || { apt-get update -qq && apt-get install -y -qq afl++ >/dev/null; }
        command -v sharpfuzz >/dev/null || { dotnet tool install --global SharpFuzz.CommandLine >/dev/null; export PATH="$PATH:$HOME/.dotnet/tools"; }
        sharpfuzz "$out/Isolated.dll"
        mkdir -p "$here/findings/afl-$target"
        AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 timeout "$seconds" afl-fuzz -i "$here/corpus/$target" -o "$here/findings/afl-$target" \
            -t 10000 -m none -- "${fuzzer[@]}" afl "$target" || true
        echo "fuzz/run.sh: crashes and hangs, if any, are under fuzz/findings/afl-$target/default/{crashes,hangs}" ;;
    *) sed -n '2,10p' "$0"; exit 2 ;;
esac
