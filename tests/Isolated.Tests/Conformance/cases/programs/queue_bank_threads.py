# Worker threads with queue.Queue: a deterministic job pipeline (results sorted), locks protecting a shared counter, events.
import threading
import queue


def worker(jobs, results, lock, stats):
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        n = item
        value = sum(i * i for i in range(n))
        with lock:
            stats["done"] += 1
            stats["total"] += value
        results.put((n, value))
        jobs.task_done()


jobs, results = queue.Queue(), queue.Queue()
lock = threading.Lock()
stats = {"done": 0, "total": 0}
threads = [threading.Thread(target=worker, args=(jobs, results, lock, stats), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for n in range(1, 41):
    jobs.put(n)
for _ in threads:
    jobs.put(None)
jobs.join()
for t in threads:
    t.join()
out = sorted(results.get() for _ in range(results.qsize()))
print(out[:5], out[-1], len(out), stats, all(not t.is_alive() for t in threads))
counter = 0
c_lock = threading.RLock()


def bump(times):
    global counter
    for _ in range(times):
        with c_lock:
            with c_lock:
                counter += 1


ts = [threading.Thread(target=bump, args=(1000,)) for _ in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
print("counter", counter)
ready = threading.Event()
order = []


def waiter(i):
    ready.wait()
    with lock:
        order.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
[t.start() for t in ws]
order.append("set")
ready.set()
[t.join() for t in ws]
print(order[0], sorted(order[1:]))
local = threading.local()


def use_local(v, out):
    local.value = v
    out.append(local.value * 2)


res = []
lt = [threading.Thread(target=use_local, args=(i, res)) for i in range(3)]
[t.start() for t in lt]
[t.join() for t in lt]
print(sorted(res), hasattr(local, "value"), threading.current_thread().name, threading.main_thread() is threading.current_thread())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, f"job{x}"))
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("queue.Empty")
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put(2, timeout=0.01)
except queue.Full:
    print("queue.Full")
sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
