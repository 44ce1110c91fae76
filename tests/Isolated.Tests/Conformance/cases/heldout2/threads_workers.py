# Threads the way a backend dev uses them: ThreadPoolExecutor, Lock, Condition, Barrier, Event, local, Timer.
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    total = sum(i * i for i in range(n))
    with lock:
        counter += 1
    return n, total

with ThreadPoolExecutor(max_workers=4, thread_name_prefix="calc") as ex:
    futs = [ex.submit(work, n) for n in range(0, 2000, 250)]
    results = sorted(f.result() for f in as_completed(futs))
    print(results[:3], counter)
    print(list(ex.map(lambda s: s.upper(), ["a", "b", "c"])))

items = []
cond = threading.Condition()
def consumer(out):
    with cond:
        while len(items) < 3:
            cond.wait()
        out.append(list(items))
got = []
t = threading.Thread(target=consumer, args=(got,))
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
t.join()
print("condition:", got)

barrier = threading.Barrier(3)
order = []
olock = threading.Lock()
def phase(i):
    with olock:
        order.append(("a", i))
    idx = barrier.wait()
    with olock:
        order.append(("b", i))
ths = [threading.Thread(target=phase, args=(i,)) for i in range(3)]
for th in ths: th.start()
for th in ths: th.join()
print("barrier: all a before b:", all(k == "a" for k, _ in order[:3]) and all(k == "b" for k, _ in order[3:]))

local = threading.local()
seen = {}
def use_local(name):
    local.name = name
    time.sleep(0.01)
    seen[name] = local.name
ths = [threading.Thread(target=use_local, args=(f"t{i}",)) for i in range(4)]
for th in ths: th.start()
for th in ths: th.join()
print("local:", sorted(seen.items()), hasattr(local, "name"))

q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
threading.Thread(target=producer).start()
out = []
while (item := q.get()) is not None:
    out.append(item)
print("queue:", out)

ev = threading.Event()
timer = threading.Timer(0.02, ev.set)
timer.start()
print("event waited:", ev.wait(5), "timer alive after:", (timer.join() or timer.is_alive()))
rl = threading.RLock()
with rl:
    with rl:
        print("rlock reentrant ok")
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire()
print("semaphore third acquire:", sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count() >= 1)
def boom():
    raise RuntimeError("in thread")
caught = []
old = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
th = threading.Thread(target=boom, name="boomer")
th.start(); th.join()
threading.excepthook = old
print("excepthook:", caught)
