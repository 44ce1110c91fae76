# Money maths with decimal and fractions: invoices, tax, splitting, rounding modes.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, getcontext, localcontext, InvalidOperation
from fractions import Fraction

CENT = Decimal("0.01")
items = [("Widget", Decimal("19.99"), 3), ("Gadget", Decimal("4.5"), 7), ("Gizmo", Decimal("0.333"), 12)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = (price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f"{name:<8}{qty:>3} x {price:>7} = {line:>8}")
tax = (subtotal * Decimal("0.0825")).quantize(CENT, ROUND_HALF_UP)
print(f"subtotal {subtotal}, tax {tax}, total {subtotal + tax}")

def split(amount, n):
    base = (amount / n).quantize(CENT, rounding=ROUND_DOWN)
    rest = int((amount - base * n) / CENT)
    return [base + CENT if i < rest else base for i in range(n)]

parts = split(Decimal("100.00"), 3)
print(parts, sum(parts))
for v in ["2.675", "2.665", "-1.005", "0.125"]:
    d = Decimal(v)
    print(v, d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT, ROUND_HALF_EVEN), round(float(v), 2))
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(1) / Decimal(7))
print(Decimal("1e3").normalize(), Decimal("1.500").normalize(), Decimal("123.4500").as_tuple())
print(Decimal("-0"), Decimal("NaN").is_nan(), Decimal("Infinity") > 10 ** 100, Decimal(10) ** -2)
try:
    Decimal("12,50")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(Decimal("7.00").sqrt(), Decimal(2).ln().quantize(Decimal("1e-10")), Decimal("10").log10(), divmod(Decimal("7.5"), 2))

rate = Fraction(5, 100)
balance = Fraction(1000)
for year in range(1, 4):
    balance *= 1 + rate
    print(year, balance, float(balance), f"{float(balance):.2f}")
print(Fraction("3.1415926535").limit_denominator(1000), Fraction(0.75), Fraction(1, 3) + Fraction(1, 6))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(22, 7) > 3.14, round(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(-7, 3) // 1, Fraction(-7, 3) % 1, abs(Fraction(-3, 4)), Fraction(3, 4) ** 2, 2 ** Fraction(1, 2))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.000012'):.2e}", f"{Decimal('42'):08.3f}", format(Fraction(1, 3), ".5f"))
