# Attribute sites that see two types in turn (a method inherited by a subclass) keep both in
# their cache; mutating either class, or a base, must still be seen at once.

class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self.n
    def get(self):
        return self.n
    def call(self):
        return self.helper()
    def helper(self):
        return 'Counter.helper'

class Loud(Counter):
    pass

class Other:
    def __init__(self):
        self.n = 100
    get = Counter.get
    call = Counter.call
    def helper(self):
        return 'Other.helper'

a, b, o = Counter(), Loud(), Other()
objs = [a, b, o]

def round_(tag):
    out = []
    for k in range(3):
        for x in objs:
            out.append(Counter.get(x) if not isinstance(x, Other) else Other.get(x))
            out.append(x.call())
    print(tag, out)

for i in range(5):
    a.add(1); b.add(2)
round_('plain')

# A data descriptor on the subclass only: b.n reads it, a.n still the instance dict.
Loud.n = property(lambda self: -1, lambda self, v: None)
round_('loud property')
for i in range(3):
    a.add(1); b.add(5)
print(a.n, b.n, b.__dict__['n'])
del Loud.n
round_('loud property removed')

# The base gains a method shadowing nothing, then the subclass overrides helper.
Counter.helper = lambda self: 'patched base'
round_('base patched')
Loud.helper = lambda self: 'Loud own'
round_('sub patched')

# An instance attribute shadowing the method on one object only.
b.helper = lambda: 'instance helper'
round_('instance shadow')
del b.helper
round_('shadow removed')

# Class attribute (not in the instance dict) on one type, instance dict on the other.
class P:
    n = 'class attr'
    get = Counter.get
class Q(P):
    def __init__(self):
        self.n = 'instance attr'
p, q = P(), Q()
print([x.get() for x in (p, q, p, q, p)])
P.n = 'class attr changed'
print([x.get() for x in (p, q, p, q, p)])
del q.n
print([x.get() for x in (p, q, p, q, p)])

# __slots__ type and plain type through the same store site.
class S:
    __slots__ = ('n',)
    def __init__(self):
        self.n = 0
S.add = Counter.add
s = S()
for x in (a, s, b, s, a):
    x.add(10)
print(a.n, s.n, b.__dict__['n'])
