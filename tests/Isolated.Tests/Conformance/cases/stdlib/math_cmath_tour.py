# math and cmath in practice: geometry, trigonometry tables, logarithms, special functions, complex roots of unity.
import math
import cmath

print(f"{'deg':>4} {'sin':>8} {'cos':>8} {'tan':>10}")
for deg in range(0, 91, 15):
    r = math.radians(deg)
    tan = math.tan(r) if deg != 90 else float("inf")
    print(f"{deg:>4} {math.sin(r):8.4f} {math.cos(r):8.4f} {tan:10.4f}")
pts = [(0, 0), (4, 0), (4, 3), (0, 3)]
area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2
perim = sum(math.dist(a, b) for a, b in zip(pts, pts[1:] + pts[:1]))
print(area, perim, math.dist((0, 0), (4, 3)), math.hypot(3, 4, 12), round(math.degrees(math.atan2(3, 4)), 4))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.exp(1) == math.e, math.expm1(1e-10))
print(math.pi, math.tau, math.e, math.inf, round(math.gamma(5.5), 6), round(math.lgamma(10), 12), round(math.erf(1), 8), round(math.erfc(1), 8))
print(math.floor(-0.5), math.ceil(0.0001), math.modf(-3.75), math.frexp(40), math.ldexp(0.625, 6), math.fabs(-2), math.remainder(10, 3))
print(math.sqrt(2), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.pow(2, 0.5), 2 ** 0.5 == math.sqrt(2), math.isfinite(1e308), math.ulp(1.0), math.nextafter(1.0, 2.0))
print(math.comb(10, 3), math.perm(10, 3), math.factorial(10), math.gcd(0, 5), math.lcm(), math.prod([], start=1), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
n = 6
roots = [cmath.exp(2j * cmath.pi * k / n) for k in range(n)]
print([f"{z.real:+.3f}{z.imag:+.3f}j" for z in roots], abs(sum(roots)) < 1e-12)
z = complex(3, 4)
print(abs(z), cmath.phase(z), cmath.polar(z), cmath.rect(5, math.atan2(4, 3)), cmath.sqrt(-4), cmath.exp(1j * math.pi))
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print(((-b + d) / (2 * a)), ((-b - d) / (2 * a)), cmath.isclose(cmath.log(cmath.exp(1 + 1j)), 1 + 1j), cmath.log10(100))
print(complex(1, 1) ** 2, (1 + 1j) ** 0.5, cmath.sin(1j), cmath.cos(0), cmath.inf, cmath.isnan(complex(float("nan"), 0)))
