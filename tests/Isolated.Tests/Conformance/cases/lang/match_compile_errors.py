# The match statement's compile-time errors (SyntaxError messages and positions).
sources = [
    "match x:\n case [a, a]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case Point(x=a, y=a): pass",
    "match x:\n case (a as a): pass",
    "match x:\n case [a, *a]: pass",
    "match x:\n case a: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case a if a: pass\n case 1: pass",
    "match x:\n case (a | b): pass",
    "match x:\n case [a] | [b]: pass",
    "match x:\n case [a, b] | [b, a]: pass",
    "match x:\n case [a, b] | [b]: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case {1: _, 1.0: _}: pass",
    "match x:\n case a | 1: pass",
    "match x:\n case _ | 1: pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case 1 | (2 as two): pass",
    "match x:\n case (1 as y) | (2 as y): pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case f(): pass",
    "match x:\n case -a: pass",
    "match x:\n case 1 + 2: pass",
    "match x:\n case 1 + 2j: pass",
    "match x:\n case {**rest, 'a': 1}: pass",
    "match x:\n case *a: pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiles:  ", src.split("\n", 1)[1].strip().replace("\n", " / "))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})")

ns = {}
exec("""
def classify(v):
    match v:
        case [a, b] | [b, a, _]:
            return ('pair', a, b)
        case {'x': 1 | 2 as x}:
            return ('x', x)
        case (1 as one) | (2 as one):
            return ('one', one)
        case _:
            return 'other'
""", ns)
for v in ([1, 2], [1, 2, 3], {"x": 2}, {"x": 3}, 1, 2, 3):
    print(v, ns["classify"](v))
