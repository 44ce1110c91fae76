"""Micro-benchmarks of interpreters, run by bench/interp/run.py under Isolated and, for the
parts the low-level module allows, under CPython 3.13 (`_interpreters`).

    micro.py      prints one JSON object of figures
"""

import json
import threading
import time

try:
    from concurrent import interpreters   # Isolated
except ImportError:
    interpreters = None
    import _interpreters                  # CPython 3.13


def create():
    return interpreters.create() if interpreters else _interpreters.create()


def run(interp, source):
    if interpreters:
        interp.exec(source)
    else:
        _interpreters.exec(interp, source)


def close(interp):
    interp.close() if interpreters else _interpreters.destroy(interp)


def rss_kib():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * 4   # resident pages of 4 KiB


def median_us(fn, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1e6)
    samples.sort()
    return samples[len(samples) // 2]


def cycle():
    interp = create()
    run(interp, 'pass')
    close(interp)


def memory_per_interpreter(count, warm):
    before = rss_kib()
    interps = [create() for _ in range(count)]
    if warm:
        for i in interps:
            run(i, 'pass')
    per = (rss_kib() - before) / count
    for i in interps:
        close(i)
    return per


def queue_throughput(items):
    q = interpreters.create_queue(maxsize=10_000)
    done = interpreters.create_queue()
    worker = interpreters.create()
    worker.prepare_main(q=q, done=done)
    consumer = threading.Thread(target=worker.exec, args=(
        'n = 0\nwhile (item := q.get()) is not None:\n    n += 1\ndone.put(n)',))
    start = time.perf_counter()
    consumer.start()
    for item in items:
        q.put(item)
    q.put(None)
    count = done.get()
    seconds = time.perf_counter() - start
    consumer.join()
    worker.close()
    assert count == len(items)
    return len(items) / seconds


def pass_bytes_us(size, runs):
    data = b'x' * size
    worker = interpreters.create()
    q = interpreters.create_queue()
    worker.prepare_main(q=q)
    def send():
        q.put(data)
        run(worker, 'assert len(q.get()) == N'.replace('N', str(size)))
    send()
    us = median_us(send, runs)
    close(worker)
    return us


def main():
    figures = {}
    cycle()
    figures['create+exec(pass)+close us'] = median_us(cycle, 1000 if interpreters else 50)
    figures['idle interpreter KiB'] = memory_per_interpreter(1000 if interpreters else 100, warm=False)
    figures['interpreter after exec(pass) KiB'] = memory_per_interpreter(1000 if interpreters else 100, warm=True)
    if interpreters:
        figures['queue small ints items/s'] = queue_throughput(list(range(200_000)))
        figures['queue short strs items/s'] = queue_throughput([f's{i}' for i in range(200_000)])
        figures['pass 1 MB bytes us'] = pass_bytes_us(1 << 20, 200)
        figures['pass 100 MB bytes us'] = pass_bytes_us(100 << 20, 200)
    print(json.dumps(figures))


if __name__ == '__main__':
    main()
