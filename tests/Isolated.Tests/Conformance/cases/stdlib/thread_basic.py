# _thread: locks (blocking, timeouts, errors), RLock, start_new_thread, thread identities.
import _thread

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(True, -2)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("in with", lock.locked())
print(type(lock).__name__, _thread.LockType is type(lock), _thread.error is RuntimeError)

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

done = _thread.allocate_lock()
done.acquire()
results = []
def worker(n, *, scale):
    results.append((n * scale, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
_thread.start_new_thread(worker, (21,), {"scale": 2})
done.acquire()
print(results)
print(isinstance(_thread.get_native_id(), int), _thread.TIMEOUT_MAX, _thread.daemon_threads_allowed())
print(_thread._is_main_interpreter(), _thread.stack_size())

local = _thread._local()
local.x = 1
def other():
    results.append(hasattr(local, "x"))
    local.x = 2
    done.release()
_thread.start_new_thread(other, ())
done.acquire()
print(results[-1], local.x)
try:
    _thread.start_new_thread(1, ())
except TypeError as e:
    print("TypeError:", e)
