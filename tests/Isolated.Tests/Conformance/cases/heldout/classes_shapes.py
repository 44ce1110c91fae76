import math
from abc import ABC, abstractmethod
from functools import total_ordering

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
        type(self).made = getattr(type(self), "made", 0) + 1
    @abstractmethod
    def area(self): ...
    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} has no perimeter")
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"
    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

@total_ordering
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    def __eq__(self, other):
        if not isinstance(other, Circle):
            return NotImplemented
        return self.r == other.r
    def __lt__(self, other):
        if not isinstance(other, Circle):
            return NotImplemented
        return self.r < other.r
    __hash__ = None

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")
    @classmethod
    def from_area(cls, a):
        return cls(math.isqrt(a))
    @staticmethod
    def describe():
        return "a square is a rectangle"

class Blob(Shape):
    def area(self):
        return 1.0

shapes = [Circle(1), Rect(2, 3), Square(4), Square.from_area(49), Circle(0.5), Blob("blob")]
for s in shapes:
    try:
        print(s, "| perimeter", round(s.perimeter(), 3))
    except NotImplementedError as e:
        print(s, "|", e)
print(repr(shapes), Shape.count)
print(Circle.made, Rect.made, Square.made, Blob.made)
print(sorted([Circle(3), Circle(1), Circle(2)]), Circle(1) <= Circle(1), Circle(2) > Circle(1), Circle(1) >= Circle(2))
print(Circle(1) == Circle(1), Circle(1) == Rect(1, 1), Circle(1) != 5)
try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
try:
    {Circle(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    Circle(1) < Rect(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(Square.describe(), Square(2).describe())
print(Square.__mro__)
print([c.__name__ for c in Square.__mro__], issubclass(Square, Shape), isinstance(Square(1), Rect))
print(Square.__bases__, Shape.__subclasses__())
print(sorted(Shape.__abstractmethods__), Circle.__abstractmethods__)
print(max(shapes, key=lambda s: s.area()), min(shapes, key=Shape.area))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
print(vars(Square(3)), Square(3).__dict__.keys())
print(Circle.__lt__.__qualname__, Circle.__le__.__name__, Circle.__init__.__qualname__)
print(hasattr(Circle(1), "__hash__"), Circle.__hash__)
