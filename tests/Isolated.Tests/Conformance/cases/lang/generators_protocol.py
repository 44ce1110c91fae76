# Generators: send/throw/close, yield from with return values, finalization, states.
import inspect
def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("  caught inside:", e)
                yield "recovered"
    finally:
        print("  finally, received", received)
g = echo()
print(inspect.getgeneratorstate(g))
print(next(g), g.send("a"), g.send("b"))
print(inspect.getgeneratorstate(g))
print(g.throw(ValueError("boom")))
print(g.send("c"))
g.close()
print(inspect.getgeneratorstate(g))
try:
    g.send(1)
except StopIteration:
    print("StopIteration after close")
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print("TypeError:", e)
def sub():
    x = yield "sub1"
    print("  sub got", x)
    y = yield "sub2"
    return f"sub-result({x},{y})"
def delegator():
    r = yield from sub()
    print("  delegator got", r)
    r2 = yield from [10, 20]
    print("  list yield-from returns", r2)
    return "done"
d = delegator()
print(next(d), d.send("A"), d.send("B"), next(d))
try:
    next(d)
except StopIteration as e:
    print("StopIteration value:", e.value)
def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught KeyError"
def outer():
    yield from catcher()
o = outer(); next(o)
print(o.throw(KeyError("k")))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
ie = ignore_exit(); next(ie)
try:
    ie.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def raise_stop():
    yield 1
    raise StopIteration("explicit")
try:
    list(raise_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def returns():
    yield 1
    return 5
print(list(returns()))
r = returns(); next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value, e.args)
def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref), gen_ref.gi_running)
def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("  fin cleanup")
f = fin(); next(f); f.close()
print("after del")
f = fin()
for v in f:
    print("  loop", v)
    break
f.close()
print([x for x in (y * y for y in range(5)) if x % 2])
def throw_after_exhaust():
    yield 1
t = throw_after_exhaust(); list(t)
try:
    t.throw(IndexError("late"))
except IndexError as e:
    print("IndexError propagated:", e)
def genexp_scope():
    return list((i, j) for i in range(2) for j in range(i, 2))
print(genexp_scope())
gen = (x for x in [1, 2])
print(gen.__name__, gen.__qualname__, iter(gen) is gen, type(gen).__name__)
def chained():
    r = yield from (i * 10 for i in range(2))
    yield r
print(list(chained()))
def close_return():
    try:
        yield 1
    except GeneratorExit:
        return "closed value"
cr = close_return(); next(cr)
print(cr.close())
