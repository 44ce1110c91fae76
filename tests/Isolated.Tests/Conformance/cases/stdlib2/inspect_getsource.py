import inspect
import textwrap

# A comment about area.
def area(w, h):
    """Area of a rectangle."""
    return w * h

class Shape:
    sides = 0

    def describe(self):
        return f"{self.sides} sides"

    @property
    def kind(self):
        return "shape"

square = lambda s: area(s, s)

print(inspect.getsource(area), end="")
print(inspect.getsource(Shape.describe), end="")
print(textwrap.dedent(inspect.getsource(Shape.describe)), end="")
lines, start = inspect.getsourcelines(Shape)
print(start, len(lines), lines[0], end="")
print(inspect.getsource(square).strip())
print(inspect.getcomments(area), end="")
print(inspect.getsource(Shape.kind.fget).splitlines()[1].strip())
import json
src = inspect.getsource(json.dumps)
print(src.splitlines()[0])
print(inspect.getsourcefile(json.dumps).endswith("json/__init__.py"))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
def nested():
    def inner(x):
        return (x +
                1)
    return inner
print(inspect.getsource(nested()), end="")
print(inspect.findsource(area)[1])
