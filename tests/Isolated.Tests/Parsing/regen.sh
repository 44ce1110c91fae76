#!/usr/bin/env bash
# Regenerates the expected outputs of the parser corpus with CPython 3.12:
#   corpus/NAME.py -> corpus/NAME.ast  (ast.dump(tree, include_attributes=True)) when it compiles,
#                  -> corpus/NAME.err  (exception class, msg, lineno, offset) when it is a SyntaxError.
# Usage: tests/Isolated.Tests/Parsing/regen.sh   (set PYTHON to pick the interpreter; default python3.12)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3.12}"
"$PYTHON" - "$here/corpus" <<'PY'
import ast, os, sys
if sys.version_info[:2] != (3, 12):
    sys.exit("regen.sh needs CPython 3.12, got " + sys.version)
corpus = sys.argv[1]
count = 0
for name in sorted(os.listdir(corpus)):
    if not name.endswith(".py"):
        continue
    path = os.path.join(corpus, name)
    base = path[:-3]
    with open(path, "rb") as f:
        source = f.read()
    for stale in (base + ".ast", base + ".err"):
        if os.path.exists(stale):
            os.remove(stale)
    try:
        tree = compile(source, name, "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        with open(base + ".err", "w", encoding="utf-8", newline="\n") as f:
            f.write(f"class: {type(e).__name__}\nmsg: {e.msg}\nlineno: {e.lineno}\noffset: {e.offset}\n")
    else:
        with open(base + ".ast", "w", encoding="utf-8", newline="\n") as f:
            f.write(ast.dump(tree, include_attributes=True) + "\n")
    count += 1
print(f"regenerated {count} corpus entries")
PY
