# conformance: by hand
# Expected output written by hand: CPython 3.14's library reference names QueueEmptyError and
# QueueFullError, PEP 734 and 3.14's code QueueEmpty and QueueFull (no CPython 3.14 on this machine).
import queue
from concurrent import interpreters
from concurrent.interpreters import _queues

print(interpreters.QueueEmptyError is interpreters.QueueEmpty)
print(interpreters.QueueFullError is interpreters.QueueFull)
print(_queues.QueueEmptyError is interpreters.QueueEmpty, _queues.QueueFullError is interpreters.QueueFull)

q = interpreters.create_queue(maxsize=1)
try:
    q.get_nowait()
except interpreters.QueueEmptyError as e:
    print('empty:', type(e).__name__, isinstance(e, queue.Empty))
q.put_nowait(1)
try:
    q.put_nowait(2)
except interpreters.QueueFullError as e:
    print('full:', type(e).__name__, isinstance(e, queue.Full))
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print('put timed out as queue.Full')
print(q.get(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('get timed out as queue.Empty')
