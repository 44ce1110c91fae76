"""The jobs of bench/interp/run.py, run by `python3` and by Isolated (`build/bin/isolated`).

    jobs.py JOB MODE WORKERS TASKS SIZE     prints one JSON line: {"seconds": ..., "check": ...}

JOB: product (multiply the integers 1..SIZE into a big product; pure-Python CPU work) or
alloc (build many small dicts and tuples; stresses the allocator / garbage collector).
MODE: sequential, threads, processes (multiprocessing) or interpreters (concurrent.interpreters,
one interpreter per worker thread). TASKS jobs are spread over WORKERS workers.
"""

import json
import sys
import threading
import time


def product(n):
    p = 1
    for i in range(1, n + 1):
        p *= i
    return p.bit_length()


def alloc(n):
    total = 0
    for i in range(n):
        d = {'a': i, 'b': (i, i + 1), 'c': [i]}
        total += len(d) + len(d['b'])
    return total


def run_sequential(fn, tasks, size, workers):
    return [fn(size) for _ in range(tasks)]


def split(tasks, workers):
    return [tasks // workers + (1 if w < tasks % workers else 0) for w in range(workers)]


def run_threads(fn, tasks, size, workers):
    results = []
    def work(count):
        for _ in range(count):
            results.append(fn(size))
    threads = [threading.Thread(target=work, args=(c,)) for c in split(tasks, workers)]
    for t in threads: t.start()
    for t in threads: t.join()
    return results


def run_processes(fn, tasks, size, workers):
    import multiprocessing
    with multiprocessing.Pool(workers) as pool:
        return pool.map(fn, [size] * tasks)


def run_interpreters(fn, tasks, size, workers):
    from concurrent import interpreters
    results = []
    interps = [interpreters.create() for _ in range(workers)]
    def work(interp, count):
        for _ in range(count):
            results.append(interp.call(fn, size))
    threads = [threading.Thread(target=work, args=(i, c)) for i, c in zip(interps, split(tasks, workers))]
    for t in threads: t.start()
    for t in threads: t.join()
    for i in interps: i.close()
    return results


def main():
    job, mode, workers, tasks, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    fn = {'product': product, 'alloc': alloc}[job]
    runner = {'sequential': run_sequential, 'threads': run_threads,
              'processes': run_processes, 'interpreters': run_interpreters}[mode]
    start = time.perf_counter()
    results = runner(fn, tasks, size, workers)
    seconds = time.perf_counter() - start
    assert len(results) == tasks and len(set(results)) == 1, results
    print(json.dumps({'seconds': seconds, 'check': results[0]}))


if __name__ == '__main__':
    main()
