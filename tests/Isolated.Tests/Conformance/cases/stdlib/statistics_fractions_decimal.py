# statistics, fractions and decimal: exact arithmetic, contexts, rounding, summaries.
import statistics as st
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero

data = [2.5, 3.1, 4.7, 3.1, 5.0, 6.2, 3.1, 4.4]
print(st.mean(data), st.median(data), st.mode(data), st.multimode([1, 1, 2, 2, 3]))
print(round(st.stdev(data), 6), round(st.pstdev(data), 6), round(st.variance(data), 6), round(st.pvariance(data), 6))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4]))
print(st.quantiles(range(1, 101), n=4), st.fmean([1, 2, 4]), round(st.geometric_mean([1, 4, 16]), 6), st.harmonic_mean([40, 60]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.5"), Decimal("2.5")]))
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 8]), 6), st.linear_regression([1, 2, 3], [2, 4, 6]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 6), round(nd.inv_cdf(0.5), 6), nd.mean, nd.stdev, round(nd.pdf(100), 8))

f = Fraction(3, 4)
print(f, f + Fraction(1, 6), f * 2, f / 3, f ** 2, -f, abs(-f), f.numerator, f.denominator)
print(Fraction("0.125"), Fraction(1.5), Fraction("22/7"), Fraction(Decimal("0.2")), Fraction(10, -4))
print(Fraction(1, 3).limit_denominator(5), Fraction(3.141592653589793).limit_denominator(1000))
print(float(Fraction(1, 8)), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, sum(Fraction(1, n) for n in range(1, 6)), Fraction(5, 10).as_integer_ratio())
print(repr(Fraction(2, 4)), f"{Fraction(1, 3):.5f}", Fraction(7, 3) // 1, Fraction(7, 3) % 1, divmod(Fraction(7, 3), Fraction(1, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("3"))
print(Decimal("2").sqrt(), Decimal("1.23456").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))
print(Decimal("-7.5").quantize(Decimal("1"), rounding=ROUND_DOWN), Decimal("7.01").quantize(Decimal("1"), rounding=ROUND_CEILING))
print(getcontext().prec, Decimal("1e3").normalize(), Decimal("100").normalize(), Decimal("1.500").normalize())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(7))
print(Decimal("3.14159").as_tuple(), Decimal("-0"), Decimal("Infinity"), Decimal("NaN").is_nan())
print(Decimal("12.5").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 2), int(Decimal("-3.9")))
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1.05")]), max(Decimal("1"), Decimal("1.0")), Decimal("1") == Decimal("1.00"))
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000123'):e}", format(Decimal("42"), ">8"), str(Decimal("1E+2")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))
print(Decimal(10) ** -2, Decimal(2) ** 10, Decimal("7") % Decimal("3"), Decimal("-7") // Decimal("2"), Decimal("1.2").compare(Decimal("1.3")))
