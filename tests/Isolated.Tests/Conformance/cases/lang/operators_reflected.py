# Binary/reflected/in-place operators and the NotImplemented dance.
class Tracer:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
def make(opname):
    def fwd(self, other):
        print(f"  {self.name}.__{opname}__({other!r})")
        return NotImplemented if getattr(other, "refuse", False) else f"{self.name} {opname} {other!r}"
    return fwd
def make_r(opname):
    def rev(self, other):
        print(f"  {self.name}.__r{opname}__({other!r})")
        return f"{other!r} r{opname} {self.name}"
    return rev
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
for op in ops:
    setattr(Tracer, f"__{op}__", make(op))
    setattr(Tracer, f"__r{op}__", make_r(op))
a = Tracer("a"); b = Tracer("b"); b.refuse = True
print(a + 1); print(1 + a)
try:
    print(a - b)
except TypeError as e:
    print("TypeError:", e)
print(2 ** a); print(a @ 3); print(5 % a)
print(a & 1, 1 | a, a ^ 1, 1 << a, a >> 1, 7 // a, 7 / a)
class Sub(Tracer): pass
s = Sub("s")
print(a * s)   # subclass's reflected method goes first
class Neither:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError:", e)
for expr in ["1 + 'a'", "[] - []", "{} | 1", "None * 2", "'a' @ 'b'", "3 ** 'x'", "-'s'", "~1.5", "[1] < 'a'"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("  __iadd__"); self.v += o; return self
    def __add__(self, o):
        print("  __add__"); return Acc(self.v + o)
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        print("  __mul__ fallback"); return Acc(self.v * o)
    def __repr__(self): return f"Acc({self.v})"
x = Acc(1); y = x
x += 5
print(x, y, x is y)
x *= 3
print(x, y, x is y)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
z = OnlyAdd(1); z2 = z
z += 1
print(z.v, z is z2)
lst = [1]; alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,); talias = t
t += (2,)
print(talias, t is talias)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print("TypeError:", e, tl)
class Unary:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = Unary()
print(-u, +u, ~u, abs(u))
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Num(1)], bin(Num(5)), "abc"[Num(0):Num(2)], range(Num(3)), hex(Num(255)))
class DivMod:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(divmod(DivMod(), 3), divmod(3, DivMod()))
class Pow3:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o, mod=None): return ("rpow", o, mod)
print(pow(Pow3(), 2, 5), pow(2, Pow3()), Pow3() ** 2)
class BoolLen:
    def __len__(self): return 0
class BoolB:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(BoolLen()), bool(BoolB()), not BoolLen())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
