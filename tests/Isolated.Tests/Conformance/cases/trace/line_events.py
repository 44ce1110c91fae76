# Line events of sys.settrace over common statement shapes, printed as
# (event, function, line relative to the def), compared with CPython 3.12.
import sys


def run(func, *args):
    log = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != __file__ or frame.f_code.co_name == "run":
            return None
        log.append((event, frame.f_code.co_name, frame.f_lineno - func.__code__.co_firstlineno))
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


def straight():
    a = 1
    b = a + 1
    return b


def for_loop(n):
    total = 0
    for i in range(n):
        total += i
    else:
        total -= 1
    return total


def while_loop(n):
    while n > 0:
        n -= 1
    while n < 2: n += 1
    return n


def while_true():
    n = 0
    while True:
        n += 1
        if n > 2:
            break
    return n


def break_continue():
    out = []
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    return out


def if_else(x):
    if x > 1:
        y = 1
    elif x > 0:
        y = 2
    else:
        y = 3
    return y


def multi_line(a):
    b = (a +
         1 +
         2)
    c = [
        a,
        b,
    ]
    return f(
        c)


def f(x):
    return x


def comprehensions():
    a = [x * 2 for x in range(3)]
    b = {x: x for x in range(2)}
    c = {x for x in range(2)}
    d = list(x for x in range(2))
    return a, b, c, d


def nested_call():
    return f(1) + f(2)


def with_statement():
    import contextlib
    with contextlib.nullcontext() as v:
        x = 1
    return x


def lambda_call():
    g = lambda y: y + 1
    return g(1)


run(straight)
run(for_loop, 3)
run(while_loop, 2)
run(while_true)
run(break_continue)
run(if_else, 2)
run(if_else, 1)
run(if_else, 0)
run(multi_line, 1)
run(comprehensions)
run(nested_call)
run(with_statement)
run(lambda_call)
