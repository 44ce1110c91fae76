# Operator dispatch: reflected operations, subclass priority, NotImplemented, in-place forms.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented

    __rmul__ = __mul__

    def __repr__(self):
        return f"Money({self.cents})"


show("money+money", lambda: Money(1) + Money(2))
show("int+money", lambda: 5 + Money(2))
show("money*3", lambda: Money(4) * 3)
show("3*money", lambda: 3 * Money(4))
show("money+str", lambda: Money(1) + "x")
show("money*float", lambda: Money(1) * 1.5)


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return "MyInt.__radd__"


show("1+MyInt", lambda: 1 + MyInt(2))
show("MyInt+1", lambda: MyInt(2) + 1)
show("MyInt-1", lambda: MyInt(2) - 1)
show("type(MyInt-1)", lambda: type(MyInt(2) - 1).__name__)
m = MyInt(7)
m.tag = "has a dict"
show("MyInt dict", lambda: (m.tag, m, int(m), type(+m).__name__))


class Half:
    def __index__(self):
        return 3

    def __float__(self):
        return 0.5


show("index", lambda: [10, 20, 30, 40][Half()])
show("hex", lambda: hex(Half()))
show("float", lambda: float(Half()))
show("int(Half)", lambda: int(Half()))
show("range", lambda: list(range(Half())))


class Trunc:
    def __trunc__(self):
        return 42


show("int(Trunc)", lambda: int(Trunc()))


class BadIndex:
    def __index__(self):
        return "x"


show("bad index", lambda: hex(BadIndex()))
show("bad int", lambda: int(type("B", (), {"__int__": lambda self: 1.5})()))
show("bad float", lambda: float(type("C", (), {"__float__": lambda self: 1})()))

x = 10
x += 5
x -= 1
x *= 3
x //= 4
x **= 2
x %= 7
x <<= 3
x >>= 1
x |= 64
x ^= 5
x &= 0xff
print("augmented", x)
f = 1.5
f /= 0.5
f **= 2
print("float aug", f)
show("x += str", lambda: exec("y = 1\ny += 'a'"))
show("x **= str", lambda: exec("y = 1\ny **= 'a'"))

show("bool ops", lambda: (True & True, True | False, True ^ True, True + True, ~True, -True, True * 2.5))
show("mixed", lambda: (1 + 2.5, 2 ** -1, 2 ** 0.5, (-8) ** (1 / 3), 7 // 2.0, -7 % 3, -7.5 % 2, divmod(-7, 2), divmod(7.5, -2)))
show("big", lambda: (2 ** 100, -(2 ** 100) // 3, (2 ** 100) % 7, 10 ** 30 / 10 ** 10, 2 ** 200 >> 190, -1 << 70))
show("compare", lambda: (1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, 1 < float("inf"), float("nan") == float("nan")))
show("complex", lambda: ((1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), abs(3 + 4j), (1j) ** 2, 2 ** 1j, complex("1+2j") == 1 + 2j))
show("hash", lambda: (hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5), hash(-1), hash(2 ** 61), hash(float("inf"))))


class A:
    def __add__(self, other):
        return NotImplemented

    def __repr__(self):
        return "A()"


class B:
    def __radd__(self, other):
        return "B.__radd__"

    def __rpow__(self, other, mod=None):
        return ("B.__rpow__", mod)


class C(A):
    def __radd__(self, other):
        return "C.__radd__"

    def __add__(self, other):
        return "C.__add__"


show("A+B", lambda: A() + B())
show("A+C", lambda: A() + C())
show("C+A", lambda: C() + A())
show("A+A", lambda: A() + A())
show("2**B", lambda: 2 ** B())
show("pow(2,B)", lambda: pow(2, B()))
show("pow(2,3,B)", lambda: pow(2, 3, B()))
