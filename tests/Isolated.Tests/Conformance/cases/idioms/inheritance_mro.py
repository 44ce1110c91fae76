class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()

class Diamond(Left, Right):
    def __init__(self):
        print("Diamond.__init__")
        super().__init__()
        self.trail.append("Diamond")
    def hello(self):
        return "Diamond>" + super().hello()

d = Diamond()
print(d.trail, d.hello())
print([c.__name__ for c in Diamond.__mro__])
print(isinstance(d, Left), issubclass(Diamond, Base), Diamond.__bases__)

class Animal:
    sound = "..."
    def __init_subclass__(cls, /, legs=4, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.legs = legs
    def speak(self):
        return f"{type(self).__name__} says {self.sound} on {self.legs} legs"

class Dog(Animal):
    sound = "woof"

class Bird(Animal, legs=2):
    sound = "tweet"

print(Dog().speak(), Bird().speak())
try:
    class Bad(Left, Diamond):
        pass
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)

class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v

w = WithMeta(5)
print(w.v, WithMeta.created_by, type(WithMeta).__name__)
print(super(Left, d).hello(), Left.hello(d))
