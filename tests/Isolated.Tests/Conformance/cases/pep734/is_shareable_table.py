# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
from concurrent import interpreters

candidates = [
    ("None", None),
    ("True", True),
    ("int", 12345),
    ("negative int", -1),
    ("float", 2.5),
    ("str", "héllo"),
    ("empty str", ""),
    ("bytes", b"\x00\x01"),
    ("tuple of shareables", (1, "a", (None, b"b"))),
    ("empty tuple", ()),
    ("list", [1, 2]),
    ("dict", {"a": 1}),
    ("set", {1}),
    ("tuple holding a list", (1, [2])),
    ("object()", object()),
    ("a queue", interpreters.create_queue()),
    ("a class", int),
]
for label, obj in candidates:
    print(f"{label:<22}{interpreters.is_shareable(obj)}")

# Non-shareable values still cross by pickle when passed to call() / prepare_main().
interp = interpreters.create()
interp.prepare_main(config={"debug": True, "paths": ["/a", "/b"]}, numbers=[3, 1, 2])
interp.exec("numbers.sort(); config['count'] = len(numbers)")
interp.exec("summary = (tuple(numbers), config['count'], config['paths'][1])")


def read_summary():
    import __main__
    return __main__.summary


print(interp.call(read_summary))


def make_gen():
    yield 1


try:
    interp.prepare_main(gen=make_gen())
except TypeError as e:
    print("generator cannot cross:", isinstance(e, TypeError))
print("NotShareableError is a TypeError:", issubclass(interpreters.NotShareableError, TypeError))
interp.close()
