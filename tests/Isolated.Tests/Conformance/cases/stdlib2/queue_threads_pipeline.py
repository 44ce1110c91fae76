"""A three-stage thread pipeline with queues, sentinels, a PriorityQueue of jobs and error reporting."""
import queue
import threading

SENTINEL = object()

def stage(name, inbox, outbox, fn, errors):
    while True:
        item = inbox.get()
        if item is SENTINEL:
            outbox.put(SENTINEL)
            inbox.task_done()
            break
        try:
            outbox.put(fn(item))
        except Exception as e:
            errors.put((name, item, repr(e)))
        finally:
            inbox.task_done()

q1, q2, q3, errors = queue.Queue(), queue.Queue(maxsize=2), queue.Queue(), queue.Queue()
threads = [
    threading.Thread(target=stage, args=("parse", q1, q2, int, errors)),
    threading.Thread(target=stage, args=("invert", q2, q3, lambda n: 100 // n, errors)),
]
for t in threads:
    t.start()
for raw in ["5", "10", "x", "0", "25", "3"]:
    q1.put(raw)
q1.put(SENTINEL)
for t in threads:
    t.join()
out = []
while (item := q3.get()) is not SENTINEL:
    out.append(item)
print("results", out)
errs = []
while not errors.empty():
    errs.append(errors.get())
print("errors", errs)

jobs = queue.PriorityQueue()
for prio, name in [(5, "low"), (1, "urgent"), (3, "normal"), (1, "urgent-2")]:
    jobs.put((prio, name))
done = []
lock = threading.Lock()
def run_jobs():
    while True:
        try:
            prio, name = jobs.get(timeout=0.05)
        except queue.Empty:
            return
        with lock:
            done.append((prio, name))
        jobs.task_done()
w = threading.Thread(target=run_jobs)
w.start()
w.join()
print("jobs", done)

results = {}
def square_worker(q):
    while True:
        n = q.get()
        if n is None:
            q.task_done()
            return
        with lock:
            results[n] = n * n
        q.task_done()
work = queue.Queue()
pool = [threading.Thread(target=square_worker, args=(work,), daemon=True) for _ in range(4)]
for t in pool:
    t.start()
for n in range(20):
    work.put(n)
for _ in pool:
    work.put(None)
work.join()
print("squares", sum(results.values()), len(results))
print("unfinished", work.unfinished_tasks, work.qsize(), work.full(), work.maxsize)
sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.get(), sq.get_nowait(), sq.qsize())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
exc = []
threading.excepthook = lambda args: exc.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name="crasher")
t.start(); t.join()
print(exc)
