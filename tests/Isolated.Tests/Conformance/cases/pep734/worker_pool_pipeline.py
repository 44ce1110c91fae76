# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
# A hand-rolled worker pool: each worker is an interpreter running in its own thread, taking
# jobs from one queue and putting results on another until it gets the None sentinel.
import threading
from concurrent import interpreters

WORKER = """
import hashlib
while True:
    job = jobs.get()
    if job is None:
        results.put(None)
        break
    n, text = job
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    words = len(text.split())
    results.put((n, words, digest))
"""


def run_worker(interp, jobs, results):
    interp.prepare_main(jobs=jobs, results=results)
    interp.exec(WORKER)


if __name__ == "__main__":
    texts = [f"line {i} " + "word " * (i % 5) for i in range(20)]
    jobs = interpreters.create_queue()
    results = interpreters.create_queue()
    workers = [interpreters.create() for _ in range(4)]
    threads = [threading.Thread(target=run_worker, args=(w, jobs, results)) for w in workers]
    for t in threads:
        t.start()
    for i, text in enumerate(texts):
        jobs.put((i, text))
    for _ in workers:
        jobs.put(None)
    collected, finished = [], 0
    while finished < len(workers):
        item = results.get(timeout=30)
        if item is None:
            finished += 1
        else:
            collected.append(item)
    for t in threads:
        t.join()
    collected.sort()
    print(len(collected), "results")
    for n, words, digest in collected[:6]:
        print(n, words, digest)
    import hashlib
    ok = all(d == hashlib.sha256(texts[n].encode()).hexdigest()[:12] for n, _, d in collected)
    print("all digests match:", ok)
    print("total words:", sum(w for _, w, _ in collected))
    for w in workers:
        w.close()
    print("queues empty:", jobs.empty(), results.empty())
