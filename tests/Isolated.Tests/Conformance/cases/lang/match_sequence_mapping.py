# Sequence and mapping patterns: what counts as a sequence, star captures, mapping rest, key kinds.
import collections
def seq(v):
    match v:
        case []:
            return "empty"
        case [_]:
            return "one"
        case [a, b] if a == b:
            return "pair of equal"
        case [a, *mid, z] if mid:
            return f"ends {a}..{z} mid={mid}"
        case [*all_]:
            return f"other seq {all_}"
        case _:
            return "not a sequence"
for v in [[], [1], (2, 2), [1, 2], range(5), "abc", b"ab", bytearray(b"a"), {1: 2}, {1, 2},
          collections.deque([7, 8, 9]), iter([1]), memoryview(b"xy")]:
    print(type(v).__name__, "->", seq(v))
def mapping(v):
    match v:
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(t), **rest} if not rest:
            return f"say {t!r}"
        case {"action": "say", **rest}:
            return f"say with extras {sorted(rest.items())}"
        case {0: zero, 1.5: onefive}:
            return f"numeric keys {zero} {onefive}"
        case {None: n}:
            return f"None key {n}"
        case {}:
            return f"some mapping of {len(v)}"
        case _:
            return "not a mapping"
for v in [{"action": "move", "to": (1, 2)}, {"action": "move", "to": [3, 4], "speed": 9},
          {"action": "say", "text": "hi"}, {"action": "say", "text": "hi", "loud": True},
          {"action": "say", "text": 5}, {0: "z", 1.5: "f", 2: "x"}, {None: "n"}, {}, [("a", 1)],
          collections.OrderedDict(a=1), collections.defaultdict(int)]:
    print(v, "->", mapping(v))
class Lookups(dict):
    def __getitem__(self, k):
        print(f"  __getitem__({k!r})")
        return super().__getitem__(k)
    def get(self, k, default=None):
        print(f"  get({k!r})")
        return super().get(k, default)
match Lookups(a=1, b=2):
    case {"a": 1, "b": b}:
        print("matched via", b)
dd = collections.defaultdict(lambda: "generated")
match dd:
    case {"missing": v}:
        print("defaultdict generated a value?", v)
    case _:
        print("defaultdict: missing keys do not match, nothing inserted:", dict(dd))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("nested", a + b + c + d)
match (1, 2, 3, 4, 5):
    case (first, *_, last):
        print(first, last)
match "hello":
    case ("h", *rest):
        print("str is a sequence?", rest)
    case str():
        print("str is not a sequence pattern subject")
match {"x": 1, "y": 2, "z": 3}:
    case {"x": 1, **others}:
        print(sorted(others.items()), type(others).__name__)
try:
    compile('match {"a": 1}:\n    case {"a": 1, "a": 2}:\n        pass\n', "<dup>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
point = (3, -3)
match point:
    case (x, y) if x == -y:
        print("anti-diagonal", x, y)
values = [("circle", 2), ("square", 3), ("poly", 3, 4), ("line",)]
for v in values:
    match v:
        case ("circle", r): print("circle r", r)
        case ("square", s): print("square side", s)
        case ("poly", *sides): print("polygon sides", sides)
        case (kind, *_): print("unsupported", kind)
