class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims, Point.__doc__, Point.__name__, Point.__qualname__)
print(p == Point(3, 4), p != Point(1, 1), len({p, Point(3, 4)}))
p.z = 5
print(sorted(vars(p).items()))
print(type(p) is Point, isinstance(p, object), Point.__mro__)
print(Point.norm2(p), getattr(p, "missing", "default"), hasattr(p, "x"))
