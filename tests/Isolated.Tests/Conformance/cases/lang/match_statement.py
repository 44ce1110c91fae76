def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} ({len(rest)} more)"
        case {"type": "point", "x": px}:
            return f"point x={px}"
        case str() as s if s:
            return "text " + s
        case _:
            return "other"
for v in (0, -3, 2.5, [1, 2], [1, 2, 3], {"type": "point", "x": 9}, "hi", "", None):
    print(describe(v))
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
match P(1, 2):
    case P(1, y):
        print("P with y", y)
