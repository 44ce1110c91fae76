# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
# is_running() while code runs in another thread; a running interpreter cannot be closed;
# an interpreter cannot close itself.
from concurrent import interpreters


def wait_for_go(started, go):
    started.put("started")
    return go.get(timeout=30)


def close_myself():
    from concurrent import interpreters as i
    try:
        i.get_current().close()
    except i.InterpreterError as e:
        return type(e).__name__
    return "closed?!"


if __name__ == "__main__":
    started = interpreters.create_queue()
    go = interpreters.create_queue()
    interp = interpreters.create()
    print("idle:", interp.is_running())
    t = interp.call_in_thread(wait_for_go, started, go)
    print(started.get(timeout=30))
    print("running:", interp.is_running())
    try:
        interp.close()
    except interpreters.InterpreterError as e:
        print("close while running:", type(e).__name__)
    try:
        interp.exec("pass")
    except interpreters.InterpreterError as e:
        print("exec while running: refused")
    go.put("go")
    t.join()
    print("idle again:", interp.is_running())
    print("close itself:", interp.call(close_myself))
    interp.close()
    print("closed; main still running:", interpreters.get_main().is_running())
