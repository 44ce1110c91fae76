# cmath functions and math functions whose last bits come from the C library (hypot, log1p, expm1,
# erf, erfc, exp2); complex abs; an FFT and quadratic roots built on cmath.
import cmath
import math
import random

random.seed(12345)
values = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 0.3 - 0.7j, 0.9 + 0.2j, 1 + 1e-200j, 1e-310 + 1e-310j,
          1e300 + 1e300j, -1e200 - 3j, complex(-0.0, 0.0), complex(-0.0, -0.0), 5, -3.5, 0.5]
values += [complex(round(random.uniform(-10, 10), 6), round(random.uniform(-10, 10), 6)) for _ in range(12)]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar"]:
    fn = getattr(cmath, name)
    results = []
    for v in values:
        try:
            results.append(fn(v))
        except (ValueError, OverflowError) as e:
            results.append(f"{type(e).__name__}: {e}")
    print(name, results)
print([cmath.rect(r, p) for r, p in [(1, 0), (2, math.pi), (1, -0.0), (3, 1.2), (0, 1), (2.5, -math.pi / 3)]])
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.log(100, 10), cmath.isclose(1 + 1j, 1 + 1.00000001j),
      cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(1j, 1j + 1e-12, abs_tol=1e-10))
print(cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isfinite(1 + 2j), cmath.pi, cmath.e, cmath.tau)
print(cmath.inf, cmath.infj, cmath.nanj, cmath.sqrt(4), cmath.sqrt(-4), cmath.exp(0), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt("x"), lambda: cmath.exp(1000),
            lambda: cmath.rect(1j, 0), lambda: cmath.isclose(1, 2, rel_tol=-1)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

def fft(a):
    n = len(a)
    if n == 1:
        return a
    even, odd = fft(a[0::2]), fft(a[1::2])
    twiddled = [cmath.exp(-2j * cmath.pi * k / n) * odd[k] for k in range(n // 2)]
    return [even[k] + twiddled[k] for k in range(n // 2)] + [even[k] - twiddled[k] for k in range(n // 2)]

signal = [math.sin(2 * math.pi * 3 * t / 16) + 0.5 * math.cos(2 * math.pi * 5 * t / 16) for t in range(16)]
spectrum = fft(signal)
print([round(abs(c), 6) for c in spectrum])
print([f"{c.real:.4f}{c.imag:+.4f}j" for c in spectrum[:6]])

def quadratic(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1), (3, -7, 11)]:
    print(coeffs, quadratic(*coeffs))
pts = [(random.uniform(-5, 5), random.uniform(-5, 5)) for _ in range(25)]
print([math.hypot(x, y) for x, y in pts])
print([abs(complex(x, y)) for x, y in pts])
print(math.hypot(3, 4, 12), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.dist((1, 2, 3), (4, 6, 8)), math.hypot())
xs = [random.uniform(-3, 3) for _ in range(25)]
for name in ["log1p", "expm1", "erf", "erfc", "exp2"]:
    fn = getattr(math, name)
    print(name, [fn(x) for x in xs if name != "log1p" or x > -1])
print([math.gamma(n) for n in range(1, 22)], [math.lgamma(n) for n in (1, 2)])
