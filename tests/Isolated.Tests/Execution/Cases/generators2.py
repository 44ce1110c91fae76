def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print('sub caught', repr(e))
        yield 'recovered'
    return 'sub done'
def main():
    r = yield from sub()
    print('main got', r)
    yield 'end'
g = main()
print(next(g))
print(g.throw(KeyError('k')))
print(next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
def gen_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print('finally', i)
gf = gen_finally()
for v in gf:
    if v == 1:
        break
gf.close()
print('after break')
import sys
def gen_exc():
    try:
        raise ValueError('inside')
    except ValueError:
        yield sys.exception()
    yield sys.exception()
g = gen_exc()
print(repr(next(g)))
print(sys.exception())
print(repr(next(g)))
def echo():
    received = []
    while True:
        v = yield
        if v is None:
            return received
        received.append(v)
e = echo()
next(e)
e.send(1); e.send(2)
try:
    e.send(None)
except StopIteration as s:
    print(s.value)
def genexp_scope():
    xs = [1, 2, 3]
    return list(x + y for x in xs for y in xs if x != y)
print(genexp_scope())
g = (i for i in range(2))
print(next(g), next(g), next(g, 'default'))
