class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class B(A):
    def get(self):
        return super().get() * 2
b = B(21)
print(b.get(), b.x, B.__name__, B.__qualname__, B.__mro__ == (B, A, object))
print(isinstance(b, A), issubclass(B, A), issubclass(A, B), isinstance(b, (int, A)))
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print(type(b).__name__, type(B).__name__, B.__bases__ == (A,))
try:
    class E(A, B): pass
except TypeError as e:
    print(e)
print(A.__subclasses__() == [B, C])
print(hasattr(b, 'v'), hasattr(b, 'nope'), getattr(b, 'nope', 'dflt'))
setattr(b, 'w', 5); print(b.w); delattr(b, 'w'); print(hasattr(b, 'w'))
print(sorted(vars(b).items()))
print('get' in dir(b), 'v' in dir(b))
X = type('X', (A,), {'y': 2})
print(X(3).get(), X.y, X.__module__)
