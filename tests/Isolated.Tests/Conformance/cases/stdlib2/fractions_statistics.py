import statistics as st
from fractions import Fraction
from decimal import Decimal

f = Fraction(3, 4)
print(f, f + Fraction(1, 4), f * 2, f / 3, f ** 2, f ** -1, -f, abs(-f), f.numerator, f.denominator)
print(Fraction("3/9"), Fraction("1.25"), Fraction(" -7 "), Fraction(0.1), Fraction(0.1).limit_denominator(100))
print(Fraction(Decimal("1.1")), Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(5, 1) == 5, hash(Fraction(1, 2)) == hash(0.5))
print(float(Fraction(22, 7)), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(Fraction(7, 3) // 1, Fraction(7, 3) % 1, divmod(Fraction(7, 3), Fraction(1, 2)), Fraction(1, 3) < 0.34)
print(Fraction(355, 113).as_integer_ratio(), Fraction(3, 1).is_integer(), Fraction.from_float(2.5), Fraction.from_decimal(Decimal("0.75")))
print(f"{Fraction(1, 3):.5f} {Fraction(2, 3)!s:>10} {Fraction(1, 8):.2%}")
print(repr(Fraction(2, 4)), sum(Fraction(1, n) for n in range(1, 6)), Fraction(2) ** Fraction(1, 2))
for bad in ["1/0", "x", "1.2.3"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

data = [2.5, 3.1, 4.7, 1.2, 3.1, 5.0, 3.9, 2.2]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data))
print(round(st.stdev(data), 10), round(st.pstdev(data), 10), round(st.variance(data), 10), round(st.pvariance(data), 10))
print(st.quantiles(data, n=4), st.quantiles(data, n=10, method="inclusive"))
print(st.mean([1, 2, 3, 4]), st.mean([Fraction(1, 2), Fraction(3, 4)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
print(st.median([1, 3, 5, 7]), st.multimode("aabbbcccd"), st.mode(["red", "blue", "red"]))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([54, 24, 36]), 9), st.median_grouped([52, 52, 53, 54]))
print(st.variance([Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)]), st.pvariance([1, 2, 3, 4], mu=2.5))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 10), round(st.covariance(x, y), 10), st.linear_regression(x, y))
print(st.linear_regression(x, y, proportional=True))
for bad in [[], [1]]:
    try:
        st.stdev(bad)
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)

nd = st.NormalDist(mu=100, sigma=15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 10), round(nd.pdf(100), 12))
print(round(nd.inv_cdf(0.975), 8), [round(q, 6) for q in nd.quantiles(4)], round(nd.overlap(st.NormalDist(110, 15)), 10))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), round(nd.zscore(130), 6))
fit = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(fit.mean, 10), round(fit.stdev, 10))
samples = st.NormalDist(0, 1).samples(5, seed=42)
print([round(s, 8) for s in samples])
print(st.NormalDist(5, 2) == st.NormalDist(5, 2), round(st.NormalDist().cdf(0), 3))
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError:", e)
