#!/usr/bin/env python3.12
"""Regenerates cases.json: each case is a short Python program (statements separated by ';',
the last one an expression) with the repr of that expression under CPython 3.12, or
'!! ExcType: message' when it raises. Run with CPython 3.12:
    python3.12 tests/Isolated.Tests/Containers/tools/gen_cases.py
The C# side (ContainerCaseTests) runs the same programs through MiniEval."""
import json, os, sys

assert sys.version_info[:2] == (3, 12), "generate with CPython 3.12"
here = os.path.dirname(os.path.abspath(__file__))
cases_src = os.path.join(here, "cases.py.txt")
out_path = os.path.join(os.path.dirname(here), "cases.json")

def run(src):
    parts = [p.strip() for p in src.split(";")]
    ns = {}
    try:
        for stmt in parts[:-1]:
            exec(stmt, ns)
        try:
            code = compile(parts[-1], "<case>", "eval")
        except SyntaxError:
            exec(parts[-1], ns)   # a statement last: the case's value is None
            return "None"
        return repr(eval(code, ns))
    except Exception as e:
        return f"!! {type(e).__name__}: {e}"

cases = []
with open(cases_src, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cases.append([line, run(line)])
with open(out_path, "w", encoding="utf-8") as f:
    json.dump(cases, f, indent=0, ensure_ascii=False)
    f.write("\n")
print(f"{len(cases)} cases -> {out_path}")
