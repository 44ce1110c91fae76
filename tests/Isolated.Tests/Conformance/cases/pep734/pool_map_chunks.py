# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.futures.InterpreterPoolExecutor
# documentation (no CPython 3.14 on this machine to generate it).
import math
from concurrent.futures import InterpreterPoolExecutor, as_completed, wait, ALL_COMPLETED


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps


def power(base, exp):
    return base ** exp


if __name__ == "__main__":
    with InterpreterPoolExecutor(max_workers=3) as pool:
        steps = list(pool.map(collatz_steps, range(1, 31), chunksize=4))
        print(steps)
        print(list(pool.map(power, [2, 3, 10], [10, 3, 20])))
        print(list(pool.map(math.isqrt, [0, 15, 16, 10 ** 20])))
        futures = {pool.submit(collatz_steps, n): n for n in (27, 97, 871)}
        for fut in as_completed(futures):
            pass
        print(sorted((futures[f], f.result()) for f in futures))
        f = pool.submit(power, 7, exp=3)
        done, not_done = wait([f], return_when=ALL_COMPLETED)
        print(f.result(), len(done), len(not_done), f.done(), f.exception())
        print(list(pool.map(str.title, ["hello world", "interpreter pool"])))
        print(pool.submit(sum, range(1001)).result(), pool.submit(sorted, "pool").result())
        print(list(pool.map(collatz_steps, [])))
    try:
        pool.submit(power, 1, 1)
    except RuntimeError as e:
        print("after shutdown:", type(e).__name__)
