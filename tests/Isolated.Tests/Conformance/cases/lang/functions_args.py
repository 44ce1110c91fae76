def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
def pos_only(x, y, /, z):
    return x + y + z
print(pos_only(1, 2, z=3))
try:
    pos_only(x=1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, c=3, c2=4, **{"c": 5})
except TypeError as e:
    print("TypeError:", e)
def defaults(x=[]):
    x.append(1)
    return len(x)
print(defaults(), defaults(), defaults([]))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
