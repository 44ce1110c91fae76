# Comprehension scoping rules: loop variables do not leak, first iterable evaluated outside, nesting order.
x = "outer x"
print([x for x in range(3)], x)
print({x: 1 for x in "ab"}, x)
print(list(x for x in (1, 2)), x)
def first_iter_outside():
    items = [1, 2]
    return [i * j for i in items for j in range(i)]
print(first_iter_outside())
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print([i for i in range(10) if i % 2 if i % 3])
print([y for x in [[1, 2], [3]] for y in x])
def generator_late_binding():
    n = 1
    g = (n * v for v in range(3))
    n = 10
    return list(g)
print(generator_late_binding())
def first_iterable_early():
    data = [1, 2]
    g = (v for v in data)
    data = [9, 9]
    return list(g)
print(first_iterable_early())
class Scope:
    factor = 3
    values = [1, 2, 3]
    scaled_ok = [v * 2 for v in values]
    try:
        scaled_bad = [v * factor for v in values]
    except NameError as e:
        error = str(e)
    lam = (lambda factor=factor: [v * factor for v in [1, 2]])()
print(Scope.scaled_ok, Scope.error, Scope.lam)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [(lambda i=i: i) for i in range(3)]
print([f() for f in funcs])
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(dict((k, v) for k, v in zip("abc", range(3))), sorted(set(c.upper() for c in "hello")))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2 == 0])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
def uses_enclosing():
    base = 100
    return [base + i for i in range(3)], {k: base for k in "x"}
print(uses_enclosing())
def shadow_param(i):
    return [i for i in range(i)]
print(shadow_param(3))
def nested_closure():
    return [[lambda: (a, b) for b in range(2)] for a in range(2)]
print([[f() for f in row] for row in nested_closure()])
print([c for c in "abc"][::-1], [w for w in "one two three".split() if len(w) > 3])
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
g = (1 / v for v in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (v for v in 5)
except TypeError as e:
    print("TypeError at creation:", e)
print([i for i in range(3)] == list(range(3)), type([i for i in []]).__name__)
result = [(lambda v: v * 2)(i) for i in range(3)]
print(result)
print({i: [j for j in range(i)] for i in range(3)})
print([[x, y] for x, y in enumerate("ab")], [a + b for a, b in [(1, 2), (3, 4)]])
print([*[i for i in range(2)], *(i for i in range(2, 4))])
