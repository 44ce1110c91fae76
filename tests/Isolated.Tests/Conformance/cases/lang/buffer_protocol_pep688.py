# PEP 688 (Python 3.12): classes export buffers through __buffer__ / __release_buffer__.
import array
import collections.abc
import hashlib
import inspect
import struct
import sys

for t in (bytes, bytearray, memoryview, array.array, str, int, object):
    print(t.__name__, hasattr(t, '__buffer__'), hasattr(t, '__release_buffer__'))
print(bytes.__buffer__.__doc__)
print(bytearray.__release_buffer__.__text_signature__)
m = b"abc".__buffer__(0)
print(type(m).__name__, m.tobytes(), m.readonly)
for bad in (lambda: b"abc".__buffer__(), lambda: b"abc".__buffer__("x"), lambda: b"abc".__buffer__(-1),
            lambda: b"abc".__buffer__(2**40), lambda: bytearray().__release_buffer__(1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

print(int(inspect.BufferFlags.SIMPLE), int(inspect.BufferFlags.WRITABLE), int(inspect.BufferFlags.FULL_RO))


class Exporter:
    def __init__(self, data):
        self.data = bytearray(data)
        self.log = []

    def __buffer__(self, flags):
        self.log.append(("buffer", int(flags)))
        return memoryview(self.data)

    def __release_buffer__(self, view):
        self.log.append(("release", type(view).__name__))
        view.release()


e = Exporter(b"hello")
mv = memoryview(e)
print(bytes(mv), mv.readonly, mv.nbytes, e.log)
mv[0] = ord("J")
mv.release()
print(e.data, e.log)

for consumer in (bytes, bytearray, lambda x: b"-".join([x, b"!"]), lambda x: struct.unpack("5s", x),
                 lambda x: hashlib.sha1(x).hexdigest()[:10], lambda x: b"[" + x, lambda x: x in b"xxJelloxx"):
    e = Exporter(b"Jello")
    print(consumer(e), e.log)

with memoryview(Exporter(b"ctx")) as v:
    print(v.tobytes(), repr(v).startswith("<released"))
print(repr(v).startswith("<released"))

print(isinstance(Exporter(b""), collections.abc.Buffer), isinstance(b"", collections.abc.Buffer),
      isinstance(memoryview(b""), collections.abc.Buffer), isinstance("", collections.abc.Buffer),
      issubclass(array.array, collections.abc.Buffer))


class Bad:
    def __buffer__(self, flags):
        return b"not a view"


for consumer in (memoryview, bytes, lambda x: b"".join([x])):
    try:
        consumer(Bad())
    except TypeError as err:
        print("TypeError", err)


class Sub(bytes):
    def __buffer__(self, flags):
        print("Sub.__buffer__", int(flags))
        return super().__buffer__(flags)


print(bytes(memoryview(Sub(b"sub"))))
print(bytes(Sub(b"plain")))

ba = bytearray(b"xy")
view = ba.__buffer__(0)
try:
    ba.append(1)
except BufferError as err:
    print("BufferError", err)
ba.__release_buffer__(view)
ba.append(1)
print(ba)


class Failing:
    def __buffer__(self, flags):
        return memoryview(b"ok")

    def __release_buffer__(self, view):
        raise ValueError("release failed")


def hook(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value, type(u.object).__name__)


sys.unraisablehook = hook
f = memoryview(Failing())
f.release()
print("released", repr(f).startswith("<released"))
print(bytes(Failing()))
