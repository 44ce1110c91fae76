# Class bodies are not enclosing scopes for methods; comprehension quirks in class bodies.
x = "global"
class A:
    x = "class"
    def method(self):
        return x
    y = x
    z = [x for _ in range(1)]
print(A().method(), A.y, A.z)

def make():
    x = "enclosing"
    class B:
        print("in body sees", x)
        x = "class-level"
        def m(self):
            return x
        w = x
    return B
B = make()
print(B().m(), B.w)

def make2():
    v = "free"
    class C:
        def get(self):
            return v
        v2 = v
    return C
print(make2()().get(), make2().v2)

class D:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i * factor for i in items]
    except NameError as e:
        err = str(e)
    factor = 3
print(D.doubled, D.err)

class E:
    a = 1
    b = a + 1
    del a
print(hasattr(E, "a"), E.b)

class F:
    def __init__(self):
        self.__private = 1
        self._single = 2
    def get(self):
        return self.__private
print(F().get(), sorted(k for k in vars(F()) if "private" in k or "single" in k))
class G(F):
    def peek(self):
        try:
            return self.__private
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(G().peek())
class H:
    __slots__ = ()
    __x = 5
    def show(self):
        return H.__x, self._H__x
print(H().show())
print(type(A.__dict__["method"]).__name__, A.__qualname__, A.method.__qualname__, B.__qualname__, B.m.__qualname__)
class Outer:
    class Inner:
        def f(self):
            pass
    def g(self):
        def local():
            pass
        return local
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, Outer().g().__qualname__)
print(A.__module__, A.__name__, A.__doc__)
class Doc:
    "the docstring"
print(Doc.__doc__)
ns = {}
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10
Counter(); c = Counter()
print(Counter.count, c.count)
class Locals:
    a = 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(Locals.snapshot)
def func_with_class(param):
    class K:
        attr = param
        def m(self):
            return param * 2
    return K
K = func_with_class(21)
print(K.attr, K().m())
