# cmath (a C# builtin module): every function on finite values, Annex G special values (signed
# zeros, infinities, NaN), CPython's errors, and argument conversion.
import cmath
import math

inf, nan = math.inf, math.nan
UNARY = ["sqrt", "exp", "log", "log10", "cos", "sin", "tan", "cosh", "sinh", "tanh",
         "acos", "asin", "atan", "acosh", "asinh", "atanh"]
POINTS = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, 1e308, -1e308, inf, -inf, nan]


def show(v):
    if isinstance(v, complex):
        return f"({show(v.real)}, {show(v.imag)})"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ")"
    return repr(v)


def attempt(f, *args):
    try:
        return show(f(*args))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(sorted(n for n in dir(cmath) if not n.startswith("_")))
print(show(cmath.pi), show(cmath.e), show(cmath.tau), show(cmath.inf), show(cmath.infj), show(cmath.nanj))
print(type(cmath.sqrt).__name__)

for name in UNARY:
    f = getattr(cmath, name)
    for re in POINTS:
        row = [attempt(f, complex(re, im)) for im in POINTS]
        print(name, show(re), " | ".join(row))

for re in POINTS:
    print("polar", show(re), " | ".join(attempt(cmath.polar, complex(re, im)) for im in POINTS))
    print("rect", show(re), " | ".join(attempt(cmath.rect, re, im) for im in [0.0, -0.0, 1.4, 2.8, inf, -inf, nan]))
    print("phase", show(re), " | ".join(attempt(cmath.phase, complex(re, im)) for im in POINTS))
    print("isx", show(re), [(cmath.isfinite(complex(re, im)), cmath.isinf(complex(re, im)), cmath.isnan(complex(re, im))) for im in [0.0, inf, nan]])

# Ordinary values, rounded to 12 digits so that the last bit of libm does not decide.
for name in UNARY:
    f = getattr(cmath, name)
    print(name, [complex(round(v.real, 12), round(v.imag, 12)) for v in (f(z) for z in (2 + 3j, -0.3 + 0.7j, 4, -4j, 0.999 + 1e-9j))])

print("log base", attempt(cmath.log, 8, 2), attempt(cmath.log, 1 + 1j, 1j), attempt(cmath.log, 0, 2),
      attempt(cmath.log, 2, 0), attempt(cmath.log, 2, 1), attempt(cmath.log, -1, -1))
print("errors", attempt(cmath.exp, 1000), attempt(cmath.exp, complex(710, 1.5)), attempt(cmath.cosh, 1000),
      attempt(cmath.sinh, complex(-1000, 1)), attempt(cmath.log, 0), attempt(cmath.atanh, 1),
      attempt(cmath.atan, 1j), attempt(cmath.polar, complex(1.4e308, 1.4e308)))


class Idx:
    def __index__(self):
        return 9


class Flt:
    def __float__(self):
        return 2.25


class Cpx:
    def __complex__(self):
        return -4j


class BadCpx:
    def __complex__(self):
        return 4.0


class Sub(complex):
    def __complex__(self):
        return 99j


print("args", attempt(cmath.sqrt, Idx()), attempt(cmath.sqrt, Flt()), attempt(cmath.sqrt, Cpx()),
      attempt(cmath.sqrt, Sub(16)), attempt(cmath.sqrt, True), attempt(cmath.sqrt, 10 ** 400))
print("bad", attempt(cmath.sqrt, BadCpx()), attempt(cmath.sqrt, "1"), attempt(cmath.sqrt, None),
      attempt(cmath.rect, 1j, 0), attempt(cmath.phase, [1]))
print("arity", attempt(cmath.sqrt), attempt(cmath.sqrt, 1, 2), attempt(lambda: cmath.sqrt(z=1)),
      attempt(cmath.log), attempt(cmath.log, 1, 2, 3), attempt(cmath.rect, 1), attempt(lambda: cmath.rect(1, phi=2)))
print("isclose", cmath.isclose(1 + 1j, 1 + 1j + 1e-10j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 0), complex(inf, 1)), cmath.isclose(nan, nan), cmath.isclose(a=1, b=1.0),
      attempt(lambda: cmath.isclose(1, 1, rel_tol=-1)), attempt(lambda: cmath.isclose(1, 1, abs_tol="x")),
      attempt(lambda: cmath.isclose(1)))
