# Class idioms: __repr__/__str__/__format__, __eq__/__hash__, __bool__/__len__, __contains__, __getattr__ proxies, __call__, class attrs vs instance attrs, super() chains.
class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = round(amount, 2)
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.currency[0]}"
        return format(self.amount, spec) + " " + self.currency

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __bool__(self):
        return self.amount != 0

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Money(self.amount + other, self.currency)
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __lt__(self, other):
        return self.amount < other.amount


m = Money(10.456)
print(m, repr(m), f"{m:short}", f"{m:>10.1f}", f"{m!r}", bool(Money(0)), m == Money(10.46), m == 10.46)
print(sum([Money(1), Money(2.5), Money(3)]), len({Money(1), Money(1.0), Money(1, "EUR")}), sorted([Money(3), Money(1)]))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, i):
        return self.songs[i]

    def __contains__(self, s):
        return s.lower() in (x.lower() for x in self.songs)

    def __iter__(self):
        return iter(self.songs)

    def __reversed__(self):
        return reversed(self.songs)

    def __call__(self, n):
        return self.songs[:n]


pl = Playlist("Intro", "Song", "Outro")
print(len(pl), pl[1], pl[-1], pl[0:2], "song" in pl, "x" in pl, list(reversed(pl)), pl(2), bool(Playlist()))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)


class Target:
    x = 1


t = Target()
p = Proxy(t)
p.y = 5
print(p.x, p.y, t.y)
del p.y
print(hasattr(t, "y"), p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    count = 0
    instances = []

    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10
        type(self).instances.append(self)


a, b = Counter(), Counter()
print(Counter.count, a.count, b.count, len(Counter.instances), vars(a))
del a.count
print(a.count)


class A:
    def hello(self):
        return ["A"]


class B(A):
    def hello(self):
        return ["B"] + super().hello()


class C(A):
    def hello(self):
        return ["C"] + super().hello()


class D(B, C):
    def hello(self):
        return ["D"] + super().hello()


print(D().hello(), [k.__name__ for k in D.__mro__], super(B, D()).hello())


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        self._c = 0

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
