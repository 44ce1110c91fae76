class Config(dict):
    def __missing__(self, key):
        return f"<default {key}>"

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


c = Config(host="localhost", port=80)
print(c["host"], c["nope"], c.port, "nope" in c, len(c))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name in ("_target", "log", "__class__", "__dict__"):
            return object.__getattribute__(self, name)
        self.log.append(name)
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)


class Target:
    a = 1


t = Target()
p = Proxy(t)
p.b = 2
print(p.a, p.b)
del p.b
print(p.log, hasattr(t, "b"))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), "abc" * Idx(2), range(Idx(3)))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"

    def __round__(self, n=0):
        return Money(round(self.cents, n - 2))

    def __neg__(self):
        return Money(-self.cents)

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100


ms = [Money(250), Money(199), Money(1001)]
print(sum(ms), sorted(ms), max(ms), round(Money(1299)), -ms[0], int(ms[2]), float(ms[1]))


class Seq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * i


print(list(Seq()), 9 in Seq(), list(reversed([*Seq()])))


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError


with Ctx("a") as a, Ctx("b"):
    print("body", a.name)
with Ctx("c"):
    raise KeyError("swallowed")
print("after")


class Slotted:
    __slots__ = ("a", "__weakref__")


class Child(Slotted):
    __slots__ = ("b",)


ch = Child()
ch.a, ch.b = 1, 2
print(ch.a, ch.b, Child.__slots__, hasattr(ch, "__dict__"))
import weakref
r = weakref.ref(ch)
print(r() is ch)
