import threading
import queue
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED

counter = 0
lock = threading.Lock()

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(1000,), name=f"adder-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, [t.name for t in threads], any(t.is_alive() for t in threads))

# Condition: producer/consumer with a bounded buffer
buf, cond, consumed = [], threading.Condition(), []
def producer():
    for i in range(10):
        with cond:
            while len(buf) >= 3:
                cond.wait()
            buf.append(i)
            cond.notify_all()
def consumer():
    for _ in range(10):
        with cond:
            cond.wait_for(lambda: buf)
            consumed.append(buf.pop(0))
            cond.notify_all()
tp, tc = threading.Thread(target=producer), threading.Thread(target=consumer)
tc.start(); tp.start(); tp.join(); tc.join()
print("consumed", consumed)

# Barrier
order = []
barrier = threading.Barrier(3, action=lambda: order.append("released"))
def party(i):
    order.append(f"arrive")
    idx = barrier.wait()
    order.append("after")
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(order.count("arrive"), order[3], order.count("after"), barrier.broken, barrier.parties)

# Event, RLock, Semaphore, local
ev = threading.Event()
got = []
def waiter():
    got.append(ev.wait(timeout=5))
w = threading.Thread(target=waiter); w.start()
ev.set(); w.join()
print("event", got, ev.is_set(), threading.Event().wait(0.01))
rl = threading.RLock()
with rl:
    with rl:
        print("rlock reentered")
sem = threading.BoundedSemaphore(2)
active, peak = [0], [0]
def limited():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak[0] <= 2)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
local = threading.local()
vals = {}
def use_local(v):
    local.v = v
    time.sleep(0.005)
    vals[v] = local.v
ts = [threading.Thread(target=use_local, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("local", sorted(vals.items()))

# queues
pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
print(q.get(), q.get_nowait(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)], queue.SimpleQueue().empty())
work, results = queue.Queue(), []
def worker():
    while (item := work.get()) is not None:
        results.append(item * item)
        work.task_done()
    work.task_done()
wt = [threading.Thread(target=worker) for _ in range(3)]
for t in wt: t.start()
for i in range(10): work.put(i)
work.join()
for _ in wt: work.put(None)
for t in wt: t.join()
print(sorted(results))

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(pow, 2, n): n for n in range(8)}
    done = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(done)
    print(list(ex.map(lambda s: s.upper(), ["a", "b", "c"])))
    f = ex.submit(lambda: 1 / 0)
    print(type(f.exception()).__name__, f.done())
    try:
        f.result()
    except ZeroDivisionError as e:
        print("result raised", e)
    d, nd = wait([ex.submit(time.sleep, 0.01), ex.submit(int, "3")], return_when=FIRST_COMPLETED)
    print(len(d) >= 1)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
t = threading.Timer(0.01, lambda: got.append("timer"))
t.start(); t.join()
print(got[-1], isinstance(threading.get_ident(), int), threading.Thread(daemon=True).daemon)
