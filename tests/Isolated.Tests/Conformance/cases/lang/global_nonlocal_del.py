# global / nonlocal / del semantics.
x = 1
def read_global():
    return x
def write_global():
    global x
    x = 2
def shadow():
    x = 3
    return x
print(read_global(), shadow(), x)
write_global()
print(x)
def create_global():
    global brand_new
    brand_new = "made inside"
create_global()
print(brand_new)
def del_global():
    global brand_new
    del brand_new
del_global()
print("brand_new" in globals())
try:
    del_global()
except NameError as e:
    print("NameError:", e)
a = [1, 2, 3, 4, 5]
del a[0]
del a[-1]
del a[::2]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
class O: pass
o = O(); o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
p, q = 1, 2
del p, q
try:
    p
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3]
el = lst
del lst
print(el)
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(del_local())
def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * 2
        out.append(tmp)
        del tmp
    return out
print(del_in_loop())
def del_unbound():
    try:
        del never
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    never = 1
del_unbound()
try:
    del undefined_name_here
except NameError as e:
    print("NameError:", e)
def outer():
    v = "outer"
    def mid():
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
        return v
    return mid(), v
print(outer())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def global_in_nested():
    def inner():
        global gx
        gx = "from inner"
    inner()
    return gx
print(global_in_nested())
ns = {}
exec("global gv\ngv = 5", ns)
print(ns["gv"])
def uses_global_before_decl():
    return "gx" in globals()
print(uses_global_before_decl())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
m = {1: 2}
del (m[1])
print(m)
xs = [1, 2]; ys = [3]
del (xs[0], ys[0])
print(xs, ys)
[aa, bb] = [1, 2]
del [aa, bb]
print("aa" in dir(), "bb" in dir())
