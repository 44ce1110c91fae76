# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
# Several interpreters each run a CPU-bound job in their own thread (call_in_thread); the
# results come back on a queue.
from concurrent import interpreters


def count_primes(lo, hi, out):
    count = 0
    for n in range(max(lo, 2), hi):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            count += 1
    out.put((lo, hi, count))


if __name__ == "__main__":
    results = interpreters.create_queue()
    ranges = [(0, 5000), (5000, 10000), (10000, 15000), (15000, 20000)]
    interps = [interpreters.create() for _ in ranges]
    threads = [interp.call_in_thread(count_primes, lo, hi, results) for interp, (lo, hi) in zip(interps, ranges)]
    for t in threads:
        t.join()
    got = sorted(results.get(timeout=30) for _ in ranges)
    for lo, hi, c in got:
        print(f"primes in [{lo}, {hi}): {c}")
    print("total:", sum(c for _, _, c in got))
    print("all idle:", not any(i.is_running() for i in interps))
    for i in interps:
        i.close()
