import types, copy, pickle
ns = types.SimpleNamespace(a=1, b="x")
object.__setattr__(ns, 'c', 2)
print(ns, ns.a, vars(ns))
ns.d = [1]
print(ns == types.SimpleNamespace(a=1, b="x", c=2, d=[1]), ns != types.SimpleNamespace())
class N(types.SimpleNamespace): pass
n = N(z=3)
print(n, isinstance(n, types.SimpleNamespace))
ns.self = ns
print(ns)
del ns.self
print(copy.copy(ns), copy.deepcopy(n))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace() == 1)
import sys; print(type(sys.implementation).__name__, type(sys.implementation) is types.SimpleNamespace)
