tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1][5],
    lambda: {}["k"],
    lambda: None.attr,
    lambda: undefined_name,
    lambda: int("x12"),
    lambda: (lambda v: v())(5),
    lambda: len(5),
    lambda: [].pop(),
    lambda: (1, 2).x,
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: {}.pop("a"),
    lambda: int.foo,
    lambda: abs("s"),
    lambda: hash([]),
    lambda: "a" * "b",
    lambda: 2 ** "x",
    lambda: -"s",
    lambda: [] < 1,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
