#!/usr/bin/env bash
# Regenerates the expected output of every conformance case with CPython 3.12.
#   tests/Isolated.Tests/Conformance/regen.sh            all cases
#   tests/Isolated.Tests/Conformance/regen.sh imports/   only cases whose path contains "imports/"
# The interpreter: $PYTHON312, else python3.12 on PATH, else ~/.pyenv/versions/3.12.*/bin/python3.12.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cases="$here/cases"
is312() { [ -n "$1" ] && "$1" -c 'import sys; assert sys.version_info[:2] == (3, 12)' >/dev/null 2>&1; }
py=""
for candidate in "${PYTHON312:-}" "$(command -v python3.12 || true)" $(ls -d "$HOME"/.pyenv/versions/3.12.*/bin/python3.12 2>/dev/null || true); do
  if is312 "$candidate"; then py="$candidate"; break; fi
done
if [ -z "$py" ]; then
  echo "regen.sh: CPython 3.12 not found (set PYTHON312)" >&2
  exit 1
fi
filter="${1:-}"
cd "$cases"
count=0
while IFS= read -r rel; do
  if [ -n "$filter" ] && [[ "$rel" != *"$filter"* ]]; then continue; fi
  base="${rel%.py}"
  # Cases whose expected output was written by hand (no CPython 3.12 oracle, e.g. PEP 734's
  # concurrent.interpreters of CPython 3.14) are left as they are.
  if grep -q '^# conformance: by hand' "$rel"; then continue; fi
  stdin=/dev/null
  [ -f "$base.in" ] && stdin="$base.in"
  set +e
  # Same conditions as the in-process runner: cwd = cases/, relative script path, fixtures on
  # PYTHONPATH, nothing else from the environment.
  env -i PATH="$PATH" PYTHONPATH="$cases/_fixtures" PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
    "$py" "$rel" <"$stdin" >"$base.out.tmp" 2>"$base.err.tmp"
  rc=$?
  set -e
  # Absolute paths of this checkout become $CASES (the runner does the same to its output).
  sed -i "s#$cases#\$CASES#g" "$base.out.tmp" "$base.err.tmp"
  mv "$base.out.tmp" "$base.out"
  if [ "$rc" -ne 0 ]; then echo "$rc" >"$base.rc"; else rm -f "$base.rc"; fi
  if grep -q '^# conformance: stderr' "$rel"; then
    mv "$base.err.tmp" "$base.err"
  else
    if [ -s "$base.err.tmp" ] && [ "$rc" -eq 0 ]; then echo "note: $rel wrote to stderr (not compared)" >&2; fi
    rm -f "$base.err.tmp" "$base.err"
  fi
  count=$((count + 1))
done < <(find . -name '*.py' -not -path './_*' -not -path '*/_*' | sed 's#^\./##' | sort)
echo "regenerated $count cases with $("$py" -V)"
