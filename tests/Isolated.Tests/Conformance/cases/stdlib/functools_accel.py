# functools' C accelerator (_functools): partial, reduce, cmp_to_key, _lru_cache_wrapper.
import functools, pickle, copy, sys
import _functools
from functools import partial, reduce, cmp_to_key, lru_cache

print(sorted(n for n in dir(_functools) if not n.startswith('__')))
print(functools.partial is _functools.partial, functools.reduce is _functools.reduce)
print(functools.cmp_to_key is _functools.cmp_to_key)

def f(*args, **kw):
    return args, kw

p = partial(f, 1, 2, a=3)
print(p(4, b=5), p(a=9), p())
print(repr(p).replace(repr(f), 'F'))
q = partial(p, 7, c=8)
print(q.func is f, q.args, q.keywords)
p.attr = 1
r = partial(p, 0)
print(r.func is p, r.args)
print(p.__dict__)
for name in ('func', 'args', 'keywords'):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, type(e).__name__, e)
class P(partial):
    pass
print(repr(P(f, 'x')).replace(repr(f), 'F'), P(f, 1)(2))
for bad in [(), (1,)]:
    try:
        partial(*bad)
    except TypeError as e:
        print(e)
s = pickle.loads(pickle.dumps(partial(max, 1, key=abs)))
print(type(s).__name__, s(-5), s.args, s.keywords)
print(partial(max, 1).__reduce__())
st = partial(max)
st.__setstate__((min, (1, 2), {'key': abs}, {'x': 1}))
print(st(), st.x, st.args)
for bad in [[1, 2, 3, 4], (1, 2, 3), (min, [], None, None), (min, (), [], None)]:
    try:
        st.__setstate__(bad)
    except TypeError as e:
        print(e)
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).replace(repr(f), 'F'))
print(partial[int])

print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 10))
for args in [(), (1,), (1, 2, 3, 4), (lambda a, b: a, 5), (lambda a, b: a, [])]:
    try:
        reduce(*args)
    except TypeError as e:
        print(e)
try:
    reduce(max, [], initial=1)
except TypeError as e:
    print(e)

def cmp(a, b):
    return (a > b) - (a < b)
key = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=key), sorted([3, 1, 2], key=cmp_to_key(mycmp=cmp), reverse=True))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 == key(1), k1 <= k2, k1 != k2, k1.obj, type(key).__name__)
for thunk in (lambda: hash(k1), lambda: k1 < 1, lambda: key(), lambda: cmp_to_key(), lambda: key(1, 2)):
    try:
        thunk()
    except TypeError as e:
        print(e)
print(key(obj=5).obj)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls)
print(sq.cache_info(), sq.cache_parameters(), type(sq).__name__, type(sq).__module__)
print(sq.__wrapped__.__name__, sq.__name__, sq.__qualname__)
sq.cache_clear()
print(sq.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(typed=True)
def ident(x, **kw):
    return type(x).__name__, sorted(kw)
print(ident(1), ident(1.0), ident(1, a=2), ident(1, a=2), ident.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
class C:
    @lru_cache
    def m(self, x):
        return x + 1
    @classmethod
    @lru_cache
    def cm(cls, x):
        return cls.__name__, x
print(C().m(1), C.cm(2), C.m.__get__(None, C) is C.__dict__['m'])
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq, pickle.loads(pickle.dumps(fib)) is fib)
for args in [(1, 1, False, None), (len, 'x', False, None)]:
    try:
        _functools._lru_cache_wrapper(*args)
    except TypeError as e:
        print(e)
@lru_cache(maxsize=-3)
def neg(x):
    return x
print(neg(1), neg.cache_info())
