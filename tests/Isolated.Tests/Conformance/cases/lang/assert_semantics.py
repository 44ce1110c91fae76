# assert: messages, evaluation only on failure, tuples, AssertionError attributes.
def check(v):
    try:
        assert v > 0, f"expected positive, got {v}"
        return "ok"
    except AssertionError as e:
        return f"AssertionError: {e} args={e.args}"
print(check(1), check(-1))
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
calls = []
def msg():
    calls.append(1)
    return "message"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    assert None, None
except AssertionError as e:
    print(e.args, repr(str(e)))
class Custom:
    def __bool__(self):
        return False
try:
    assert Custom(), {"k": "dict message"}
except AssertionError as e:
    print(e.args[0]["k"])
try:
    assert 1 == 2, 3
except AssertionError as e:
    print(type(e.args[0]).__name__, e)
x = 5
try:
    assert x < 3 and x > 0, "range %d" % x
except AssertionError as e:
    print(e)
def validated(n):
    assert isinstance(n, int), "need int"
    assert n >= 0, "need non-negative"
    return n * 2
for v in [3, -1, "s"]:
    try:
        print(validated(v))
    except AssertionError as e:
        print("invalid:", e)
AssertionError_ = AssertionError
class Shadow(AssertionError): pass
try:
    assert False, "plain"
except Shadow:
    print("wrong")
except AssertionError as e:
    print("builtin AssertionError", e)
print(__debug__)
try:
    compile("assert(False, 'always true tuple')", "<a>", "exec")
    print("compiled with warning")
except SyntaxError as e:
    print("SyntaxError", e.msg)
