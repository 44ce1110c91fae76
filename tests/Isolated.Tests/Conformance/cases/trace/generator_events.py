# Generators and coroutines under sys.settrace: 'call' on every resume, 'return' on every yield,
# the StopIteration that ends a for loop reported as 'exception' (CPython 3.12).
import sys


def run(func, *args):
    log = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != __file__ or frame.f_code.co_name == "run":
            return None
        rel = frame.f_lineno - frame.f_code.co_firstlineno
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
    finally:
        sys.settrace(None)
    print(func.__name__)
    for entry in log:
        print("   ", entry)


def gen(n):
    for i in range(n):
        yield i
    return "done"


def consume():
    total = 0
    for v in gen(2):
        total += v
    return total


def with_next():
    g = gen(1)
    a = next(g)
    try:
        next(g)
    except StopIteration as e:
        return e.value


def sender():
    x = yield 1
    y = yield x
    return y


def drive_send():
    g = sender()
    next(g)
    g.send(10)
    try:
        g.send(20)
    except StopIteration:
        pass


def delegate():
    r = yield from gen(2)
    return r


def drive_yield_from():
    return list(delegate())


run(consume)
run(with_next)
run(drive_send)
run(drive_yield_from)
