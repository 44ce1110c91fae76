# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.futures.InterpreterPoolExecutor
# documentation (no CPython 3.14 on this machine to generate it): initializer(*initargs) runs
# in each worker interpreter; a failing initializer breaks the pool.
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor
from concurrent.futures.interpreter import BrokenInterpreterPool


def announce(q, tag):
    from concurrent import interpreters as i
    q.put((tag, i.get_current() != i.get_main()))


def square(x):
    return x * x


def bad_init():
    raise RuntimeError("initializer failed")


if __name__ == "__main__":
    q = interpreters.create_queue()
    with InterpreterPoolExecutor(max_workers=1, initializer=announce, initargs=(q, "ready")) as pool:
        print(list(pool.map(square, range(6))))
        # Taken while the worker interpreter that put it is still alive.
        print("initializer ran:", q.get(timeout=10))
        print(list(pool.map(square, range(6, 9))))
        print("only once for one worker:", q.empty())

    pool = InterpreterPoolExecutor(max_workers=2, initializer=bad_init)
    fut = pool.submit(square, 3)
    try:
        fut.result(timeout=30)
    except BrokenInterpreterPool as e:
        print("broken pool:", type(e).__name__)
    try:
        pool.submit(square, 4)
    except BrokenInterpreterPool:
        print("submit after break: BrokenInterpreterPool")
    pool.shutdown(wait=True)
    print("BrokenInterpreterPool is a BrokenExecutor:", issubclass(BrokenInterpreterPool, __import__("concurrent.futures").futures.BrokenExecutor))
