#!/bin/sh
# Regenerates py/*.expected from CPython 3.12 (run from this folder's parent: tools/gen_py_expected.sh).
for f in py/*.py; do
  python3.12 -W ignore "$f" > "${f%.py}.expected" 2>&1
done
