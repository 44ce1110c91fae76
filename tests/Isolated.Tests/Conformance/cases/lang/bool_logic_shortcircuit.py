# Boolean operators: short-circuit, returning operands, truthiness of many types, chained comparisons.
calls = []
def t(name, value):
    calls.append(name)
    return value
print(t("a", 0) and t("b", 1), calls); calls.clear()
print(t("a", 1) and t("b", 2), calls); calls.clear()
print(t("a", 0) or t("b", ""), calls); calls.clear()
print(t("a", "x") or t("b", 1), calls); calls.clear()
print(not t("a", []), calls); calls.clear()
print(t("a", 1) and t("b", 0) or t("c", "fallback"), calls); calls.clear()
print(t("a", 1) < t("b", 2) < t("c", 0) < t("d", 5), calls); calls.clear()
print(t("a", 5) > t("b", 10) > t("c", 0), calls); calls.clear()
values = [0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, False,
          1, -1, 0.1, "0", " ", b"\0", [0], (None,), {0: 0}, {0}, range(1), True, object()]
print([bool(v) for v in values])
print([v for v in [0, 1, "", "a", None, [], [1]] if v])
print(None or [] or 0 or "last", 1 and "a" and [2], "" and 1/0)
x = 5
print(0 < x < 10, 0 < x > 3, x == 5 == 5.0, x != 5 != 6, 1 < 2 != 2 < 3)
print(x is x, x is not None, [] is [], () == (), "a" in "abc" in ["abc"])
print(True + True, True * 3, sum([True, False, True]), True == 1, True == 1 == False)
print(any([]), all([]), any([0, None, 1]), all([1, "a", [0]]), any(x > 3 for x in [1, 5]))
a = [] or None
b = {} and "never"
print(a, b)
def default(v=None):
    return v or "default"
print(default(), default(0), default("given"))
result = "even" if x % 2 == 0 else "odd"
print(result, "big" if x > 3 else "small" if x > 1 else "tiny")
print((lambda: "called")() if True else 1/0)
flags = {"a": True, "b": False}
print(flags["a"] and not flags["b"], not (flags["a"] or flags["b"]))
print(bool(int), bool(len), bool(print), int(True), str(False), repr(True), f"{True!s:>6}", f"{False:d}")
print(True & False, True | False, True ^ True, ~True, -True, type(True & True).__name__, type(True + 0).__name__)
print(isinstance(True, int), issubclass(bool, int), bool("False"), bool(0.0 - 0.0))
class Weird:
    def __eq__(self, o): return "truthy string"
    def __lt__(self, o): return 0
w = Weird()
print(w == 1, bool(w == 1), w < 1, 1 > w, not (w < 1))
if w == 2:
    print("if uses truthiness of __eq__ result")
print([1, 2] == [1, 2] and (1, 2) != [1, 2], "" == str(), 0 == -0.0, {1: 2} == {1: 2.0})
def side(v):
    print("  side", v)
    return v
if side(0) or side(2) and side(0):
    print("yes")
else:
    print("no")
while side(None) or False:
    pass
print(1 if side([]) else 2)
print(all(side(v) for v in [1, 0, 2]))
