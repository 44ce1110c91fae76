# 'exception' and 'return' events as exceptions are raised, caught and propagate (CPython 3.12).
import sys


def run(func, *args):
    log = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != __file__ or frame.f_code.co_name == "run":
            return None
        rel = frame.f_lineno - func.__code__.co_firstlineno
        if event == "exception":
            log.append((event, frame.f_code.co_name, rel, arg[0].__name__))
        elif event == "return":
            log.append((event, frame.f_code.co_name, rel, arg))
        else:
            log.append((event, frame.f_code.co_name, rel))
        return tracer

    sys.settrace(tracer)
    try:
        func(*args)
    except Exception as e:
        log.append(("raised", type(e).__name__))
    finally:
        sys.settrace(None)
    print(func.__name__)
    for entry in log:
        print("   ", entry)


def caught():
    try:
        1 / 0
    except ZeroDivisionError:
        x = 1
    return x


def uncaught():
    x = 1
    raise ValueError("no")


def inner():
    raise KeyError("k")


def propagates():
    try:
        inner()
    except KeyError:
        pass
    inner()


def finally_runs():
    try:
        return 1
    finally:
        y = 2


def finally_with_error():
    try:
        raise TypeError
    finally:
        y = 2


def nested_try():
    try:
        try:
            {}["a"]
        except IndexError:
            pass
    except KeyError as e:
        z = str(e)
    return z


def except_else():
    try:
        x = 1
    except Exception:
        x = 2
    else:
        x = 3
    finally:
        x += 1
    return x


run(caught)
run(uncaught)
run(propagates)
run(finally_runs)
run(finally_with_error)
run(nested_try)
run(except_else)
