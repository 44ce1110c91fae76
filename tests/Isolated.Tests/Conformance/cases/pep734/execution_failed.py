# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
from concurrent import interpreters


def divide(a, b):
    return a / b


def fail_with_custom():
    class OwnError(Exception):
        pass
    raise OwnError("custom failure")


if __name__ == "__main__":
    interp = interpreters.create()
    try:
        interp.exec('raise ValueError("bad value")')
    except interpreters.ExecutionFailed as e:
        info = e.excinfo
        print("type:", info.type.__name__)
        print("msg:", info.msg)
        print("formatted:", info.formatted)
        print("is InterpreterError:", isinstance(e, interpreters.InterpreterError))
        print("str mentions it:", "ValueError: bad value" in str(e))

    try:
        interp.call(divide, 1, 0)
    except interpreters.ExecutionFailed as e:
        print("call failed:", e.excinfo.type.__name__, "|", e.excinfo.msg)

    try:
        interp.call(fail_with_custom)
    except interpreters.ExecutionFailed as e:
        print("custom:", e.excinfo.type.__name__, "|", e.excinfo.msg)

    try:
        interp.exec('def broken(:\n    pass')
    except interpreters.ExecutionFailed as e:
        print("syntax:", e.excinfo.type.__name__)

    try:
        interp.exec('import no_such_module_anywhere')
    except interpreters.ExecutionFailed as e:
        print("import:", e.excinfo.type.__name__, "|", e.excinfo.msg)

    try:
        interp.exec('raise KeyError("k")')
    except Exception as e:
        print("caught as Exception:", type(e).__name__, "|", e.excinfo.msg)

    # The interpreter stays usable after a failure.
    interp.exec('x = 41')
    interp.exec('x += 1')
    print("still works:", interp.call(divide, 84, 2))
    try:
        interp.exec('assert x == 0, f"x is {x}"')
    except interpreters.ExecutionFailed as e:
        print("assert:", e.excinfo.type.__name__, "|", e.excinfo.msg)
    interp.close()
    print("done")
