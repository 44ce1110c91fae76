# Closures, late binding, nonlocal, cell semantics.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, [c.cell_contents for c in inc.__closure__])
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def late():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    i = 100
    return [f() for f in funcs]
print(late())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += 10
            def l3():
                return a + b
            return l3()
        return l2()
    return l1(), a
print(deep())
def unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    v = 1
    return inner()
print(unbound())
def local_before():
    try:
        print(q)
        q = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
local_before()
def del_cell():
    x = 1
    def get():
        return x
    del x
    try:
        get()
    except NameError as e:
        print("NameError:", e)
del_cell()
def make_acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_acc()
print(acc(1), acc(2), acc(3))
def shared():
    x = 0
    def a():
        nonlocal x; x += 1; return x
    def b():
        nonlocal x; x *= 10; return x
    return a, b
a, b = shared()
print(a(), b(), a(), b())
def gen_closure():
    k = 5
    return (k * j for j in range(3))
print(list(gen_closure()))
def param_cell(p):
    def f():
        return p
    p = p * 2
    return f
print(param_cell(4)())
x = "g"
def no_nonlocal():
    x = "local"
    def f():
        global x
        x = "changed global"
    f()
    return x
print(no_nonlocal(), x)
for src in ["def f():\n nonlocal zz\n", "nonlocal y\n", "def f(a):\n global a\n",
            "def f():\n x = 1\n global x\n", "def f():\n def g():\n  nonlocal a\n  a = 1\n a = 0\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
