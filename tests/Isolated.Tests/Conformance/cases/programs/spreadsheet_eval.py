# A mini spreadsheet: cell references, formulas with SUM/AVG ranges, dependency-ordered evaluation and cycle detection.
import re
import graphlib

CELLS = {
    "A1": "10", "A2": "20", "A3": "=A1+A2", "A4": "=SUM(A1:A3)",
    "B1": "=A4/4", "B2": "=AVG(A1:A3)*2", "B3": "=B1-B2+C1", "C1": "3.5",
    "D1": "=D2+1", "D2": "=D1*2", "E1": "=Z9+1", "E2": "=1/0",
}
REF = re.compile(r"\b([A-Z])(\d+)\b")
RANGE = re.compile(r"\b([A-Z])(\d+):([A-Z])(\d+)\b")


def expand(m):
    c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
    cells = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
    return "[" + ",".join(cells) + "]"


def deps(formula):
    return {m.group(0) for m in REF.finditer(RANGE.sub(expand, formula))}


graph = {name: deps(v[1:]) if v.startswith("=") else set() for name, v in CELLS.items()}
values = {}
errors = {}
try:
    order = list(graphlib.TopologicalSorter(graph).static_order())
except graphlib.CycleError as e:
    cycle = set(e.args[1])
    print("cycle:", sorted(cycle))
    for c in cycle:
        errors[c] = "#CYCLE"
    graph = {k: v for k, v in graph.items() if k not in cycle}
    order = list(graphlib.TopologicalSorter(graph).static_order())
env = {"SUM": sum, "AVG": lambda xs: sum(xs) / len(xs)}
for name in order:
    if name in errors or name not in CELLS:
        continue
    raw = CELLS[name]
    if not raw.startswith("="):
        values[name] = float(raw)
        continue
    missing = [d for d in graph[name] if d not in values]
    if missing:
        errors[name] = "#REF!"
        continue
    expr = REF.sub(lambda m: f"V['{m.group(0)}']", RANGE.sub(expand, raw[1:]))
    try:
        values[name] = eval(expr, {"__builtins__": {}}, {**env, "V": values})
    except ZeroDivisionError:
        errors[name] = "#DIV/0!"
for name in sorted(CELLS):
    shown = errors.get(name) or f"{values[name]:g}"
    print(f"{name:3} {CELLS[name]:14} {shown}")
