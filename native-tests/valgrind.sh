#!/usr/bin/env bash
# Runs a native test under valgrind memcheck with the project's settings (DESIGN §7) and shows
# its verdict. Fails (99) on any memcheck error or on bytes definitely/indirectly lost.
#   valgrind.sh <log file> <valgrind> <suppressions> <program> [args...]
# The full valgrind log stays in <log file>; on failure it is printed. VALGRIND_EXTRA adds options
# (leak_criterion uses --show-leak-kinds=all, to list the records that differ).
set -uo pipefail
log="$1" vg="$2" supp="$3"; shift 3
mkdir -p "$(dirname "$log")"
# libisolated.so is linked with the server GC and uses it by default (interpreters on several
# cores scale with it); the server GC fails to initialise under valgrind 3.19 ("runtime failed to
# initialize"), so memcheck runs use the workstation GC, which the same library also contains.
export DOTNET_gcServer=0
# The isolation checker (ISOLATED_CHECK_ISOLATION, on for every plain native run) is off under
# memcheck: its reflection walk at each interpreter end is ~20x slower there (valgrind.hostile
# 40 s -> 14 min) and fills .NET's reflection caches, whose weakly held size at exit varies and
# would break leak_criterion's byte-exact comparison. The plain runs of the same tests check it.
export ISOLATED_CHECK_ISOLATION=0
"$vg" --leak-check=full --error-exitcode=99 --errors-for-leak-kinds=definite,indirect \
      --show-leak-kinds=definite,indirect,possible --num-callers=40 \
      --suppressions="$supp" ${VALGRIND_EXTRA:-} --log-file="$log" "$@"
rc=$?
if [[ $rc != 0 ]]; then
    echo "---- valgrind log ($log) ----"
    cat "$log"
    echo "---- exit status $rc ----"
else
    # The lines that matter, e.g. "in use at exit: 1,051,284 bytes in 44 blocks".
    grep -E 'in use at exit|definitely lost|indirectly lost|possibly lost|still reachable|suppressed:|ERROR SUMMARY' "$log" |
        sed -e 's/^==[0-9]*== *//' -e 's/^/valgrind: /'
fi
exit $rc
