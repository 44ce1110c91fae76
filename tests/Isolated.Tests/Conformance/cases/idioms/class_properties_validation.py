class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature {value} below absolute zero")
        self._celsius = float(value)

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    def __repr__(self):
        return f"Temperature({self._celsius:.2f})"

t = Temperature(25)
print(t, t.fahrenheit)
t.fahrenheit = 212
print(t, t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_celsius"))
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__, Temperature.fahrenheit.__doc__)

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
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age

p = Person("Ann", 30)
print(p.name, p.age, vars(p))
for bad in [("Bob", "x"), (1, 2)]:
    try:
        Person(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Person.name, Typed), Person.age.name)

class Lazy:
    @property
    def expensive(self):
        print("computing")
        value = 42
        self.__dict__["cached"] = value
        return value
l = Lazy()
print(l.expensive, l.expensive, l.cached)
