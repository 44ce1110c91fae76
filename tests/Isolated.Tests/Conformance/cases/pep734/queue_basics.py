# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
import queue
from concurrent import interpreters

q = interpreters.create_queue(maxsize=2)
print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full(), "size:", q.qsize())
q.put(1)
q.put_nowait("two")
print("size:", q.qsize(), "full:", q.full())
try:
    q.put_nowait(3)
except interpreters.QueueFull as e:
    print("QueueFull; is queue.Full:", isinstance(e, queue.Full))
try:
    q.put(3, timeout=0)
except queue.Full:
    print("put with timeout: still full")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except interpreters.QueueEmpty as e:
    print("QueueEmpty; is queue.Empty:", isinstance(e, queue.Empty))
try:
    q.get(timeout=0)
except queue.Empty:
    print("get with timeout: empty")
try:
    q.get(block=False)
except queue.Empty:
    print("get non-blocking: empty")

items = [None, True, 42, -7.5, "text", b"bytes", (1, ("nested", 2.0)), 2 ** 100]
big = interpreters.create_queue()
for item in items:
    big.put(item)
out = [big.get() for _ in items]
print(out == items, [type(x).__name__ for x in out])
print("same queue for same id:", interpreters.Queue(big.id) == big, big.id == big.id)
print("shareable:", interpreters.is_shareable(big))

interp = interpreters.create()
interp.prepare_main(q=big)
interp.exec('q.put(("from sub", 123))')
interp.exec('q.put(q.qsize())')
print("got from subinterpreter:", big.get(), big.get())
big.put("from main")
interp.exec('got = q.get()')
interp.exec('q.put(got.upper())')
print("round trip:", big.get())
interp.close()
