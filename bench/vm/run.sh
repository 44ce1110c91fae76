#!/bin/sh
# Times each bench/vm program under CPython and under Isolated (a driver given as $ISOLATED,
# e.g. "dotnet path/to/driver.dll"), printing wall seconds side by side.
cd "$(dirname "$0")" || exit 1
PY=${PYTHON:-python3}
for f in *.py; do
  a=$( { /usr/bin/time -f %e $PY "$f" > /dev/null; } 2>&1 | tail -1)
  b=$( { /usr/bin/time -f %e $ISOLATED "$f" > /dev/null; } 2>&1 | tail -1)
  printf '%-18s python %6ss   isolated %6ss\n' "$f" "$a" "$b"
done
