# io.BytesIO and io.StringIO pickle and copy with their content, position and __dict__
# (__getstate__/__setstate__), as CPython 3.12's do; protocols 0 and 1 refuse them.
import io, pickle, copy

def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

b = io.BytesIO(b"hello")
b.read(2)
b.tag = "mine"
print("bytes state", b.__getstate__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    def roundtrip():
        b2 = pickle.loads(pickle.dumps(b, proto))
        return (b2.tell(), b2.read(), b2.tag, b2.getvalue())
    print("bytes proto", proto, err(roundtrip))

s = io.StringIO("ab\r\ncd", newline=None)
s.read(1)
s.tag = 7
print("str state", s.__getstate__())
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    s2 = pickle.loads(pickle.dumps(s, proto))
    print("str proto", proto, s2.tell(), repr(s2.read()), s2.tag, repr(s2.newlines))
for newline in ("", "\n", "\r", "\r\n"):
    t = io.StringIO("x\ny\r\n", newline=newline)
    t2 = copy.deepcopy(t)
    print("newline", repr(newline), t.__getstate__(), repr(t2.getvalue()), t2.readlines())
print("empty", io.BytesIO().__getstate__(), io.StringIO().__getstate__())

c = io.BytesIO()
c.close()
print("closed", err(c.__getstate__))
c = io.StringIO()
c.close()
print("closed", err(c.__getstate__))
for state in [(b"a", 0), [b"a", 0, None], ("a", 0, None), (b"a", -1, None), (b"a", "x", None), (b"a", 0, 5)]:
    print("bytes setstate", repr(state), err(lambda: io.BytesIO().__setstate__(state)))
for state in [("a", 0, None), ("a", None, -1, None), (b"a", None, 0, None), ("a", 5, 0, None), ("a", None, 0, 5), ("a", "x", 0, None)]:
    print("str setstate", repr(state), err(lambda: io.StringIO().__setstate__(state)))
b = io.BytesIO()
b.__setstate__((bytearray(b"xyz"), 5, {"k": 1}))
print("bytes restored", b.getvalue(), b.tell(), b.k, b.read())
s = io.StringIO()
s.__setstate__(("xyz", None, 1, {"k": 2}))
print("str restored", s.getvalue(), s.tell(), s.k, s.read())

class Buffer(io.BytesIO):
    pass
sub = Buffer(b"q")
print("subclass", type(copy.copy(sub)).__name__, copy.deepcopy(sub).getvalue())
