def describe(obj):
    match obj:
        case 0 | 1:
            return 'small'
        case int(n) if n > 100:
            return f'big {n}'
        case int():
            return 'int'
        case [x, y]:
            return f'pair {x} {y}'
        case [first, *rest]:
            return f'seq {first} {rest}'
        case {'type': 'point', 'x': x, **others}:
            return f'point {x} {others}'
        case str() as s:
            return 'str ' + s
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, 500, 7, [1, 2], [1, 2, 3], {'type': 'point', 'x': 3, 'z': 1}, 'hi', None, 3.5]:
    print(describe(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y at {y}'
        case Point(x, y):
            return f'at {x},{y}'
print(where(Point(0, 0)), where(Point(0, 5)), where(Point(2, 3)))
