"""Money arithmetic as a billing script does it: Decimal with a context, allocation without losing cents,
fractions for exact ratios, tax tables with bisect, and locale-free formatting."""
import bisect
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, localcontext, InvalidOperation
from fractions import Fraction

CENT = Decimal("0.01")

def allocate(total, weights):
    total = Decimal(total)
    raw = [total * Decimal(w) / sum(Decimal(x) for x in weights) for w in weights]
    parts = [r.quantize(CENT, ROUND_DOWN) for r in raw]
    remainder = int((total - sum(parts)) / CENT)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[:remainder]:
        parts[i] += CENT
    return parts

for total, weights in [("100.00", [1, 1, 1]), ("10.00", [3, 3, 3, 1]), ("0.05", [1, 1]), ("1234.57", [50, 30, 20])]:
    parts = allocate(total, weights)
    print(total, weights, parts, sum(parts) == Decimal(total))

BRACKETS = [Decimal(x) for x in ("10000", "40000", "90000")]
RATES = [Decimal(x) for x in ("0", "0.10", "0.22", "0.35")]
def tax(income):
    income = Decimal(income)
    owed, lower = Decimal(0), Decimal(0)
    for upper, rate in zip(BRACKETS + [income], RATES):
        if income <= lower:
            break
        owed += (min(income, upper) - lower) * rate
        lower = upper
    return owed.quantize(CENT, ROUND_HALF_UP), RATES[bisect.bisect(BRACKETS, income)]
for inc in ["5000", "10000", "25000.50", "90000", "250000"]:
    print(inc, *tax(inc))

with localcontext() as ctx:
    ctx.prec = 6
    ctx.rounding = ROUND_HALF_EVEN
    print(Decimal(1) / 3, Decimal("2.675").quantize(CENT), Decimal("2.665").quantize(CENT), Decimal(10) ** 6 + 1)
invoice = [("widget", Decimal("19.99"), 3), ("gadget", Decimal("0.333"), 7), ("thing", Decimal("1E+2"), 1)]
subtotal = sum((p * q for _, p, q in invoice), Decimal(0))
vat = (subtotal * Decimal("0.2")).quantize(CENT, ROUND_HALF_UP)
for name, price, qty in invoice:
    print(f"{name:8} {qty:>3} x {price:>8} = {(price * qty).quantize(CENT):>9}")
print(f"{'subtotal':>23} {subtotal.quantize(CENT):>9}\n{'vat 20%':>23} {vat:>9}\n{'total':>23} {subtotal.quantize(CENT) + vat:>9,}")
share = Fraction(1, 3)
print(share * 100, float(share * 100), Decimal(share.numerator) / Decimal(share.denominator), Fraction("0.1") * 3 == Fraction(3, 10))
print(Decimal("1.30").normalize(), Decimal("1.30") == Decimal("1.3"), str(Decimal("1.30")), f"{Decimal('-0.005'):.2f}", round(Decimal("-0.005"), 2))
try:
    Decimal("12.3.4")
except InvalidOperation:
    print("InvalidOperation for 12.3.4")
print(Decimal("100").quantize(Decimal("1E+1")), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
