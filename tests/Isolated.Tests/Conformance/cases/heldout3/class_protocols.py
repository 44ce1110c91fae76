class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y) if isinstance(o, Vector) else NotImplemented

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


v = Vector(3, 4)
print(v + Vector(1, 1), 2 * v, v * 0.5, abs(v), list(v), bool(Vector(0, 0)))
print(f"{v:.2f}", format(v, "05d"), {v, Vector(3, 4)})
try:
    v + 1
except TypeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __len__(self):
        return len(self.rows)

    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*o.rows)] for row in self.rows])

    def __contains__(self, v):
        return any(v in r for r in self.rows)

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], m[1], len(m), m @ m, 4 in m, 9 in m)


class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.tag = kw.get("tag", "none")
        return cls


class Person(metaclass=Registry, tag="p"):
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name, self.age = name, age

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.sub = True


class Employee(Person, tag="e"):
    pass


p = Employee("Ann", 30)
print(p.name, p.age, Registry.classes, Person.tag, Employee.tag, Employee.sub, type(Employee).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(Employee.__mro__)
print(Person.__dict__["name"].name, vars(p))
