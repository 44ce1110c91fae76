#!/bin/sh
# Regenerates the expected output of every case with CPython 3.12 (PYTHON overrides the interpreter).
cd "$(dirname "$0")" || exit 1
for f in *.py; do "${PYTHON:-python3.12}" "$f" > "${f%.py}.expected" 2>&1; done
