import math
import random

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.uniform(1, 2))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.choices("ab", weights=[9, 1], k=6), random.choices("xyz", cum_weights=[1, 2, 3], k=3))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 5), random.sample("abcdefg", k=3), sorted(random.sample(range(10), counts=None, k=3) if False else [1]))
print(random.getrandbits(16), random.getrandbits(70), random.randbytes(4).hex(), random.triangular(0, 10, 3))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10), round(random.expovariate(1.5), 10), round(random.betavariate(2, 3), 10))
print(round(random.gammavariate(2, 1), 10), round(random.lognormvariate(0, 1), 10), round(random.vonmisesvariate(0, 1), 10), round(random.paretovariate(3), 10))
print(round(random.weibullvariate(1, 2), 10), random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "")
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r1, r2 = random.Random("seed"), random.Random("seed")
print(r1.random() == r2.random(), random.Random(42).randint(1, 6), random.Random(b"bytes").random(), random.Random(3.5).random())
print([random.Random(i).randrange(1000) for i in range(5)])
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.randrange(0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.isqrt(10**20 + 1), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp(1), math.expm1(1e-10), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4, 12))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 4), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.factorial(25), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.gcd(48, 180, 30), math.lcm(4, 6, 10), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.001, rel_tol=1e-2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(float("-inf")), math.isnan(float("nan")), math.dist((0, 0), (3, 4)), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.erf(1), math.erfc(1), math.gamma(5), round(math.lgamma(10), 12), math.asinh(1), math.acosh(2), math.atanh(0.5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.factorial(2.5), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(7, -1), int(1e20), float("1e-320"), 1e308 * 10)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), abs(-3 + 4j), (1 + 2j) * (3 - 1j), 10 ** -2)
print(0.1 + 0.2, 1 / 3, 2 ** 0.5, 1e16 + 1, float.fromhex("0x1.8p1"), (0.1).hex(), (2.5).as_integer_ratio(), 7.0.is_integer(), (255).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else 1)
