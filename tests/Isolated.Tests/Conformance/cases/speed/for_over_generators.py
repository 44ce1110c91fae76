# for loops run generators inside the dispatch loop: yields, returns, errors, nesting,
# exception state and mixing with next()/send()/close() must all behave as before.
import sys

def count(n):
    for i in range(n):
        yield i
    return "done"

print([x for x in count(5)], sum(x for x in count(10) if x % 2))

def nested(n):
    for x in count(n):
        yield x * 10

total = 0
for v in nested(4):
    for w in count(v // 10):
        total += w
print(total)

# Mixing: partially consumed by a loop, then next(), then the loop again.
g = count(6)
for x in g:
    if x == 2:
        break
print(next(g), list(g))

# Errors raised inside the generator propagate into the loop's frame.
def boom(n):
    yield 1
    raise ValueError("boom %d" % n)

try:
    for x in boom(3):
        print("got", x)
except ValueError as e:
    print("caught", e, type(e.__context__).__name__)

# The loop's handled exception is the context of an error raised in the generator.
try:
    raise KeyError("outer")
except KeyError:
    try:
        for x in boom(4):
            pass
    except ValueError as e:
        print("context", repr(e.__context__))

# PEP 479: StopIteration escaping becomes RuntimeError.
def leaks():
    yield 1
    raise StopIteration("leak")

try:
    for x in leaks():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))

# sys.exc_info() inside the generator sees its own handled exception, and the loop's state is
# restored after each step.
def exc_state():
    try:
        raise IndexError
    except IndexError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]

try:
    raise TypeError
except TypeError:
    for t in exc_state():
        print("in gen:", t.__name__, "| loop:", sys.exc_info()[0].__name__)

# A generator can't resume itself while it runs.
def selfish():
    yield next(me)
me = selfish()
try:
    for x in me:
        pass
except ValueError as e:
    print("ValueError:", e)

# Return value via yield from still works; gi_running / gi_frame states.
def outer():
    r = yield from count(3)
    yield r

print(list(outer()))
def watch():
    yield w.gi_running
w = watch()
for state in w:
    print("running inside:", state, "after:", w.gi_running)
print("frame after end:", w.gi_frame)

# Deep recursion through generators still raises RecursionError, not a crash.
def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield "bottom"

print(list(deep(50)))
try:
    list(deep(100000))
except RecursionError:
    print("RecursionError")

# Tracebacks through a generator name both frames.
def bad():
    yield 1
    1 / 0
try:
    for _ in bad():
        pass
except ZeroDivisionError as e:
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

# close() and send() after loop use.
def echo():
    try:
        while True:
            got = yield
            print("echo", got)
    finally:
        print("closed")
e = echo()
for i, _ in enumerate(e):
    if i == 1:
        break
e.send("hi")
e.close()
