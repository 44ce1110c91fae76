x = 'global'
def f():
    x = 'local'
    def g():
        return x
    return g()
print(f())
class C:
    x = 'class'
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def make():
    v = 1
    class K:
        v = 2
        def get(self):
            return v
    return K().get(), K.v
print(make())
def comp_scope():
    n = 3
    return [n * i for i in range(n)]
print(comp_scope())
exec('z = 5')
print(z)
print(eval('x + "!"'), eval('a * 2', {'a': 21}))
ns = {}
exec('def h(): return 42', ns)
print(ns['h']())
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
print('__name__' in globals())
code = compile('1 + 2', '<s>', 'eval')
print(eval(code), code.co_name, code.co_filename)
def outer():
    items = []
    def add(v):
        items.append(v)
    add(1); add(2)
    return items
print(outer())
