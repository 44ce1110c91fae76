# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it): memoryview shares its buffer between
# interpreters; stateless functions (even lambdas) can be called; closures cannot cross;
# a subinterpreter can create interpreters of its own and run threads.
import sys
from concurrent import interpreters


def main():
    interp = interpreters.create()
    print(interp.call(lambda x: x * 2, 21))

    def make_adder(y):
        return lambda x: x + y

    try:
        interp.call(make_adder(3), 1)
    except Exception:
        # NotShareableError here; the documentation does not promise which exception.
        print("closure refused")
    else:
        print("closure was called?!")

    buf = bytearray(b"hello world")
    view = memoryview(buf)
    print("memoryview shareable:", interpreters.is_shareable(view))
    interp.prepare_main(view=view)
    interp.exec("view[0:5] = b'HELLO'")
    print(buf)

    interp.prepare_main(parent=interpreters.get_main())
    interp.exec("from concurrent import interpreters as I\nassert parent == I.get_main()")
    sys.stdout.flush()
    interp.exec("""
from concurrent import interpreters as I
inner = I.create()
print('nested result:', inner.call(pow, 2, 10), '| interpreters alive:', len(I.list_all()), flush=True)
inner.close()
""")
    interp.exec("""
import threading
totals = []
t = threading.Thread(target=lambda: totals.append(sum(range(10))))
t.start()
t.join()
print('thread inside the subinterpreter:', totals, flush=True)
""")
    q = interpreters.create_queue()
    t = interp.call_in_thread(lambda q: q.put(sum(range(5))), q)
    t.join()
    print("call_in_thread result:", q.get(timeout=5))
    try:
        interpreters.Interpreter(10 ** 9)
    except interpreters.InterpreterNotFoundError:
        print("no interpreter with that id: InterpreterNotFoundError")
    interp.close()


if __name__ == "__main__":
    main()
