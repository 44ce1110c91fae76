# threading and queue on top of _thread: threads, join, locks, conditions, events, locals.
import threading, queue
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
t = threading.Thread(target=producer)
t.start()
got = []
while (x := q.get()) is not None:
    got.append(x)
t.join()
print(got, t.is_alive())
lock = threading.Lock(); rl = threading.RLock(); cond = threading.Condition(); ev = threading.Event(); sem = threading.Semaphore(2)
with lock:
    print(lock.locked())
with rl:
    with rl:
        print("rlock nested")
def waiter():
    with cond:
        cond.wait_for(ev.is_set)
        print("woken")
w = threading.Thread(target=waiter)
w.start()
with cond:
    ev.set()
    cond.notify_all()
w.join()
loc = threading.local()
loc.v = 1
def tl():
    loc.v = 2
    print("thread local", loc.v)
t = threading.Thread(target=tl)
t.start(); t.join()
print("main local", loc.v)
print(threading.active_count(), threading.current_thread() is threading.main_thread())
ts = [threading.Thread(target=sem.acquire) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sem.acquire(timeout=0.01))
total = 0
counter_lock = threading.Lock()
def add():
    global total
    for _ in range(1000):
        with counter_lock:
            total += 1
workers = [threading.Thread(target=add) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print(total)
def fails():
    raise ValueError("boom")
def hook(args):
    print("excepthook", args.exc_type.__name__, args.exc_value)
threading.excepthook = hook
t = threading.Thread(target=fails); t.start(); t.join()
late = threading.Thread(target=lambda: print("non-daemon thread finishes"))
late.start()
