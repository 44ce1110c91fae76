"""copy, deepcopy and pickle of subclasses of list, dict, set and str that carry attributes (email
headers and parse trees are such objects)."""
import copy
import pickle
from collections import OrderedDict, defaultdict, Counter, UserList

class Tokens(list):
    kind = "tokens"
    def __init__(self, *args):
        super().__init__(*args)
        self.defects = []

class Record(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.source = "db"

class Tags(set):
    pass

class Label(str):
    def __new__(cls, text, color):
        self = super().__new__(cls, text)
        self.color = color
        return self
    def __getnewargs__(self):
        return (str(self), self.color)

class Kw:
    def __new__(cls, a, *, b):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self
    def __getnewargs_ex__(self):
        return ((self.a,), {"b": self.b})
    def __repr__(self):
        return f"Kw({self.a}, b={self.b})"

t = Tokens([1, [2, 3], "x"])
t.defects.append("d1")
r = Record(a=1, nested={"k": [1]})
r.extra = True
objs = [t, r, Tags({1, 2}), Label("warn", "red"), Kw(1, b=2), OrderedDict(x=1), defaultdict(list, y=[1]), Counter("aab"), UserList([1, 2])]
for o in objs:
    c, d = copy.copy(o), copy.deepcopy(o)
    results = [type(c) is type(o), c == o or repr(c) == repr(o), type(d) is type(o), d == o or repr(d) == repr(o),
               vars(d) == vars(o) if type(o) in (Tokens, Record, Label, Kw) else None]
    p = [pickle.loads(pickle.dumps(o, proto)) for proto in (0, 2, 4, 5)]
    same = all(type(x) is type(o) and (x == o or repr(x) == repr(o)) for x in p)
    print(type(o).__name__, results, same)
d = copy.deepcopy(t)
print(d, d.defects, d[1] is t[1], copy.copy(t)[1] is t[1], d.kind)
d2 = copy.deepcopy(r)
print(d2, d2.source, d2.extra, d2["nested"] is r["nested"])
lab = pickle.loads(pickle.dumps(Label("hi", "blue")))
print(lab, lab.color, type(lab).__name__, lab.upper())
print(t.__reduce_ex__(2)[2], list(t.__reduce_ex__(2)[3]), r.__reduce_ex__(2)[3], sorted(r.__reduce_ex__(2)[4]))
print(Kw(5, b=6).__reduce_ex__(2)[1][1:], copy.deepcopy(Kw(5, b=6)))
cyc = Tokens()
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[0] is cc, type(cc).__name__)
