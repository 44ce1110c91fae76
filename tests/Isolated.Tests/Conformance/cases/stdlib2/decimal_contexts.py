import decimal
from decimal import Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_HALF_DOWN

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3)
print(Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
getcontext().prec = 28

for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    vals = [Decimal(s).quantize(Decimal("0.1"), rounding=mode) for s in ["2.25", "2.35", "-2.25", "2.21", "2.05"]]
    print(f"{mode:16}", " ".join(str(v) for v in vals))

price = Decimal("19.995")
print(price.quantize(Decimal("0.01")), price.quantize(Decimal("0.01"), ROUND_HALF_UP), round(price, 2), round(Decimal("2.5")), round(Decimal("3.5")))

with localcontext() as ctx:
    ctx.prec = 5
    ctx.rounding = ROUND_DOWN
    print(Decimal("1.23456789") * 1, Decimal(10) / 3)
print(Decimal(10) / 3)

with localcontext(prec=3) as ctx:
    print(+Decimal("3.14159"), ctx.prec)

ctx = Context(prec=6, rounding=ROUND_HALF_EVEN, traps=[decimal.DivisionByZero])
print(ctx.divide(Decimal(1), Decimal(3)), ctx.power(Decimal(2), Decimal("0.5")))
try:
    ctx.divide(Decimal(1), Decimal(0))
except decimal.DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
ctx2 = Context(traps=[])
print(ctx2.divide(Decimal(1), Decimal(0)), bool(ctx2.flags[decimal.DivisionByZero]))
try:
    Decimal(1) / Decimal(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", type(e).__name__)
try:
    Decimal("abc")
except decimal.InvalidOperation as e:
    print("InvalidOperation", isinstance(e, ArithmeticError))
with localcontext() as c:
    c.traps[decimal.Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except decimal.Inexact:
        print("Inexact trapped")

d = Decimal("-123.4500")
print(d.as_tuple(), d.normalize(), d.to_integral_value(), d.copy_abs(), d.adjusted(), d.is_signed())
print(Decimal("1E+3").to_eng_string(), Decimal("123E5"), Decimal("0.000001"), Decimal("0.0000001"), Decimal("1e-7").normalize())
print(Decimal("NaN").is_nan(), Decimal("-Infinity"), Decimal("Infinity") > 10**100, Decimal("-0") == 0)
print(Decimal((1, (3, 1, 4), -2)), Decimal.from_float(0.5), Decimal("3.14").as_integer_ratio())
print(sum(Decimal("0.01") for _ in range(100)), Decimal("7") % 3, Decimal("-7") % 3, Decimal("-7") // 3, divmod(Decimal(17), 5))
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.5'):.0%} {Decimal('12.3'):>10} {Decimal('1e10'):e}")
print(Decimal("2.50") == Decimal("2.5"), hash(Decimal("2.5")) == hash(2.5), Decimal(5) == 5, Decimal("0.1") == 0.1)
print(sorted([Decimal("1.1"), Decimal("-2"), Decimal("0.5")]), max(Decimal(3), 2.5))
print(Decimal("1.5").exp(), Decimal(100).log10(), Decimal(10).ln())
print(Decimal("12.345").scaleb(2), Decimal("1.00").compare(Decimal("1")), Decimal(2).fma(3, 4))
print(int(Decimal("-3.9")), float(Decimal("2.5")), Decimal("3.000").normalize(), str(Decimal("100").normalize()))
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError:", str(e).replace("decimal.", ""))
print(getcontext().prec, getcontext().rounding, getcontext().Emax)
