# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.futures.InterpreterPoolExecutor
# documentation (no CPython 3.14 on this machine to generate it): shutdown(cancel_futures=True)
# cancels queued work; a blocked worker is released through a cross-interpreter queue.
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor, CancelledError


def wait_for(gate):
    return gate.get(timeout=30)


def triple(x):
    return 3 * x


if __name__ == "__main__":
    gate = interpreters.create_queue()
    pool = InterpreterPoolExecutor(max_workers=1)
    blocker = pool.submit(wait_for, gate)
    queued = [pool.submit(triple, i) for i in range(5)]
    gate.put("open")
    pool.shutdown(wait=True, cancel_futures=True)
    print("blocker:", blocker.result())
    done = [f.result() for f in queued if not f.cancelled()]
    cancelled = [f for f in queued if f.cancelled()]
    print("every queued call either ran or was cancelled:", len(done) + len(cancelled) == 5)
    print("results that ran are right:", all(r % 3 == 0 for r in done))
    for f in cancelled[:1]:
        try:
            f.result()
        except CancelledError:
            print("a cancelled future raises CancelledError")
    if not cancelled:
        print("a cancelled future raises CancelledError")
    with InterpreterPoolExecutor(max_workers=2) as pool2:
        f = pool2.submit(triple, 14)
        print("cancel a finished future:", f.result(), f.cancel())
    print("done")
