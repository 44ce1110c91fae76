# math: functions, exactness (fsum, isqrt, comb, perm, prod), error messages.
import math
print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(8), math.log10(1000), math.log(2 ** 1000))
print(math.sin(0.5), math.cos(0.5), math.tan(0.5), math.atan2(1, 2), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), math.ceil(10 ** 20 + 0.0), math.floor(7))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(2, -0.0), math.remainder(7, 3))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.gcd())
print(math.isqrt(10 ** 40 + 1), math.isqrt(99), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.comb(10, 11))
print(math.prod([1, 2, 3, 4]), math.prod([2, 3], start=10), math.prod([]), math.prod([0.5, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.dist((1, 2), (4, 6)), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-2.5), math.degrees(math.pi), math.radians(180))
print(math.isinf(math.inf), math.isfinite(1.0), math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27.0))
print(math.gamma(5), math.lgamma(1), round(math.erf(0.5), 12), round(math.erfc(0.5), 12), math.expm1(1e-10), math.log1p(1e-10))
for name, args in [("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("acos", (2,)), ("exp", (1000,)),
                   ("factorial", (-1,)), ("isqrt", (-1,)), ("comb", (-1, 2)), ("floor", (math.inf,)),
                   ("floor", (math.nan,)), ("pow", (0, -1)), ("fmod", (1, 0)), ("factorial", (2.5,)),
                   ("dist", ((1, 2), (1,))), ("gcd", (1.5,)), ("sqrt", ("x",))]:
    f = getattr(math, name)
    try:
        print(name, f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__, e)
class F:
    def __floor__(self):
        return "floored"
print(math.floor(F()), math.pow(2, 10), math.pow(-8, 1/3) if False else math.pow(4, 0.5))
