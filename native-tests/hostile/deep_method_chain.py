# expect: RecursionError
import types
f = abs
class C: pass
for i in range(200000):
    f = types.MethodType(f, C())
f()
