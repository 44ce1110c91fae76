# operator's C accelerator (_operator): every function comes from it, with CPython's errors.
import operator, _operator, pickle, copy
names = sorted(n for n in dir(_operator) if not n.startswith('_'))
print(names)
print(all(getattr(operator, n) is getattr(_operator, n) for n in names))
print(operator.__add__ is _operator.add, type(operator.add).__name__)
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(7, 3), operator.pow(2, 10), operator.lshift(1, 4), operator.rshift(64, 2), operator.and_(6, 3),
      operator.or_(6, 3), operator.xor(6, 3), operator.neg(3), operator.pos(-3), operator.abs(-4), operator.inv(5),
      operator.invert(5), operator.not_(0), operator.truth([]), operator.index(True))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2),
      operator.is_(None, None), operator.is_not(1, None))
l = [1, 2, 3]
print(operator.iadd(l, [4]) is l, l, operator.iconcat(l, (5,)), operator.concat('ab', 'cd'), operator.isub(5, 2),
      operator.imul(2, 3), operator.itruediv(1, 4), operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 2),
      operator.ilshift(1, 3), operator.irshift(8, 1), operator.iand(7, 2), operator.ior(1, 2), operator.ixor(3, 1))
d = {}
operator.setitem(d, 'a', 1); print(operator.getitem(d, 'a'), operator.contains(d, 'a'))
operator.delitem(d, 'a'); print(d)
print(operator.countOf([1, 2, 1, float('nan')], 1), operator.indexOf('abc', 'c'), operator.length_hint(iter(range(5))),
      operator.length_hint(object(), 7), operator.call(max, 3, 9, key=lambda x: -x))
class M:
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
print(operator.matmul(M(), 1), operator.imatmul(M(), 1))
for thunk in [lambda: operator.add(1), lambda: operator.add(a=1, b=2), lambda: operator.not_(1, 2), lambda: operator.neg(),
              lambda: operator.concat(1, 2), lambda: operator.iconcat(1, 2), lambda: operator.concat([1], (2,)),
              lambda: operator.indexOf([1], 2), lambda: operator.countOf(1, 1), lambda: operator.length_hint(1, 'x'),
              lambda: operator.length_hint(), lambda: operator.call(), lambda: operator.pow(1, 2, 3), lambda: operator.setitem(1, 2),
              lambda: operator.index(1.5)]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)

class R:
    def __init__(self): self.a = 1; self.b = self; self.name = 'r'
    def f(self, *a, **k): return a, sorted(k.items())
r = R()
ag = operator.attrgetter('a', 'b.b.a', 'name')
print(ag(r), operator.attrgetter('b.name')(r), repr(ag), ag.__reduce__())
ig = operator.itemgetter(1, -1, slice(0, 2))
print(ig([5, 6, 7]), operator.itemgetter(0)((9,)), operator.itemgetter('k')({'k': 3}), repr(ig), ig.__reduce__())
mc = operator.methodcaller('f', 1, 2, z=3, y=4)
print(mc(r), repr(mc), repr(operator.methodcaller('f')), operator.methodcaller('f', 1).__reduce__())
print(pickle.loads(pickle.dumps(mc))(r), pickle.loads(pickle.dumps(ag))(r), pickle.loads(pickle.dumps(ig))([1, 2, 3]))
print(copy.deepcopy(operator.itemgetter(2))('abc'), type(mc).__module__, type(ag).__qualname__)
for thunk in [lambda: operator.attrgetter(1), lambda: operator.attrgetter(), lambda: operator.attrgetter('a', k=1),
              lambda: operator.itemgetter(), lambda: operator.itemgetter(1)(), lambda: operator.itemgetter(1)(a=1),
              lambda: operator.methodcaller(), lambda: operator.methodcaller(1), lambda: operator.methodcaller(name='f'),
              lambda: operator.methodcaller('f')(1, 2), lambda: operator.attrgetter('zz')(r), lambda: operator.itemgetter(5)([])]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
try:
    class A(operator.attrgetter): pass
except TypeError as e:
    print('subclass refused')
