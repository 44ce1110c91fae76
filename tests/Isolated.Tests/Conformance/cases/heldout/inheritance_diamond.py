class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        super().__init__()
    def hello(self):
        return ["Base"]

class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        self.left = left
        super().__init__(**kw)
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        self.right = right
        super().__init__(**kw)
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def __init__(self, **kw):
        print("Child.__init__")
        super().__init__(**kw)
    def hello(self):
        return ["Child"] + super().hello()

c = Child(left=1, right=2, extra=3)
print(c.hello(), c.left, c.right)
print([k.__name__ for k in Child.__mro__])
print(super(Left, c).hello(), super(Child, c).hello.__qualname__)

class A:
    def who(self): return "A"
class B(A):
    pass
class C(A):
    def who(self): return "C"
class D(B, C):
    pass
print(D().who(), D.__mro__[1:3])
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    @classmethod
    def create(cls, name):
        return cls(name)
    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper() + "!"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        base = Animal.speak(self)
        return base + " (ignores you)"
zoo = [Dog.create("rex"), Puppy("bit"), Cat("tom"), Animal("thing")]
for a in zoo:
    print(repr(a), "->", a.speak())
print(isinstance(zoo[1], Dog), issubclass(Puppy, Animal), type(zoo[1]) is Dog, Puppy.__base__.__name__, Dog.__subclasses__())

class Mixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(self.to_dict(), sort_keys=True)
class Person(Mixin, JsonMixin):
    def __init__(self, name, age):
        self.name, self.age, self._secret = name, age, "x"
print(Person("ann", 3).to_dict(), Person("bo", 4).to_json())

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
class Sub(WithMeta):
    pass
print(type(Sub).__name__, type(WithMeta) is Meta)

class Shape:
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
class Tri(Shape, sides=3):
    pass
class Quad(Shape, sides=4):
    pass
class Sq(Quad):
    pass
print(Tri.sides, Quad.sides, Sq.sides)

class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.count, SubCounter.count)
class Parent:
    def __init__(self):
        self.value = self.compute()
    def compute(self):
        return 1
class Kid(Parent):
    def compute(self):
        return super().compute() + 10
print(Kid().value, Parent().value)
class P:
    def method(self):
        return "P"
class Q(P):
    def method(self):
        return "Q+" + super(Q, self).method()
print(Q().method(), super(Q, Q()).method())
class Over:
    def __eq__(self, other):
        return True
print(Over() == 1, Over() != 1, 1 == Over(), [Over()] == [2], Over() in [5])
