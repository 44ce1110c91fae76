# property: getter/setter/deleter chains, inheritance overrides, errors, docs.
class Temperature:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t._c)
class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub(5)
print(s.celsius)
s.celsius = 7
print(s.celsius)
class Override(Temperature):
    @property
    def celsius(self):
        return super().celsius * 2
o = Override(4)
print(o.celsius)
try:
    o.celsius = 1
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 1, doc="manual doc")
print(p.__doc__, p.fget is not None, p.fset, p.fdel)
class Manual:
    def _get(self): return self._v
    def _set(self, v): self._v = v * 10
    v = property(_get, _set, None, "the v")
mm = Manual(); mm.v = 2
print(mm.v, Manual.v.__doc__)
class Lazy:
    calls = 0
    @property
    def expensive(self):
        Lazy.calls += 1
        return 99
lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.calls)
class Err:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Err().broken)
print(isinstance(Temperature.celsius, property), type(Temperature.__dict__["fahrenheit"]).__name__)
class Named:
    @property
    def thing(self): return 1
try:
    Named().thing = 2
except AttributeError as e:
    print(e)
