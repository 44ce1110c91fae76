def gen():
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)
    return 'result'
g = gen()
print(next(g))
print(g.send('a'))
try:
    g.send('b')
except StopIteration as e:
    print('return value', e.value)
def delegating():
    r = yield from gen()
    print('delegated result', r)
    yield 'last'
print(list(delegating()))
def counter(n):
    i = 0
    while i < n:
        try:
            yield i
        except ValueError as e:
            print('thrown', e)
        i += 1
c = counter(3)
print(next(c), c.throw(ValueError('x')), next(c))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print('closed')
c = closer()
next(c)
c.close()
print(c.gi_frame)
def pep479():
    yield 1
    raise StopIteration
try:
    list(pep479())
except RuntimeError as e:
    print('RuntimeError', e)
squares = (i * i for i in range(5))
print(sum(squares), list(squares))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fibs():
    if v > 50:
        break
    out.append(v)
print(out)
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield from [3, 4]
print(list(outer()))
g = gen()
print(g.__name__, type(g).__name__, g.gi_running)
