# A ledger with Decimal money, Fraction shares, enum transaction kinds, functools.total_ordering,
# heapq for scheduled payments, bisect for rate tables, and json round trips.
import bisect
import heapq
import json
from decimal import Decimal, getcontext, ROUND_HALF_EVEN, InvalidOperation
from enum import Enum, auto, IntFlag
from fractions import Fraction
from functools import total_ordering, reduce, lru_cache, partial

getcontext().prec = 28
CENT = Decimal("0.01")

class Kind(Enum):
    DEPOSIT = auto()
    WITHDRAW = auto()
    FEE = auto()
    INTEREST = auto()

class Flags(IntFlag):
    NONE = 0
    FLAGGED = 1
    REVIEWED = 2
    LARGE = 4

@total_ordering
class Txn:
    def __init__(self, day, kind, amount, memo=""):
        self.day, self.kind, self.amount, self.memo = day, kind, Decimal(amount), memo
        self.flags = Flags.LARGE if self.amount >= 1000 else Flags.NONE
    def __eq__(self, other):
        return (self.day, self.amount) == (other.day, other.amount)
    def __lt__(self, other):
        return (self.day, self.amount) < (other.day, other.amount)
    def signed(self):
        return self.amount if self.kind in (Kind.DEPOSIT, Kind.INTEREST) else -self.amount
    def __repr__(self):
        return f"Txn(day={self.day}, {self.kind.name}, {self.amount})"

RATES = [(0, Decimal("0.001")), (1000, Decimal("0.005")), (5000, Decimal("0.01")), (20000, Decimal("0.015"))]
THRESHOLDS = [t for t, _ in RATES]

def rate_for(balance):
    return RATES[bisect.bisect_right(THRESHOLDS, balance) - 1][1]

txns = [Txn(1, Kind.DEPOSIT, "2500.00", "salary"), Txn(3, Kind.WITHDRAW, "120.55", "groceries"),
        Txn(3, Kind.FEE, "2.50"), Txn(10, Kind.DEPOSIT, "19.99", "refund"), Txn(15, Kind.WITHDRAW, "1500", "rent")]
schedule = [(20, "insurance", Decimal("89.10")), (18, "phone", Decimal("35.00")), (25, "gym", Decimal("29.99"))]
heapq.heapify(schedule)
while schedule:
    day, memo, amount = heapq.heappop(schedule)
    txns.append(Txn(day, Kind.WITHDRAW, amount, memo))
txns.sort()
balance = Decimal("0")
for t in txns:
    balance += t.signed()
    print(f"day {t.day:>2} {t.kind.name:<9} {t.signed():>10} -> {balance:>10} {t.memo} {t.flags!r}")
interest = (balance * rate_for(balance)).quantize(CENT, rounding=ROUND_HALF_EVEN)
txns.append(Txn(30, Kind.INTEREST, interest))
balance += interest
print("rate", rate_for(balance), "interest", interest, "final", balance)
print([rate_for(Decimal(b)) for b in (0, 999.99, 1000, 4999, 5000, 25000)])
totals = {k.name: sum((t.amount for t in txns if t.kind is k), Decimal(0)) for k in Kind}
print(totals)
print(Decimal("1") / Decimal("7"), Decimal("2").sqrt(), Decimal("10").ln().quantize(Decimal("1e-10")), Decimal("1e-3").log10())
print(Decimal("123.4567").quantize(CENT), Decimal("-0.005").quantize(CENT), Decimal("0.015").quantize(CENT), Decimal("2.675").quantize(CENT))
print(Decimal("1.30") + Decimal("1.20"), Decimal("3.0") * Decimal("1.50"), Decimal("10") % Decimal("3"), Decimal("-7") // Decimal("2"))
print(Decimal(0.1), Decimal("0.1").as_tuple(), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("-0"), Decimal("NaN").is_nan())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
shares = {"ann": Fraction(1, 3), "bob": Fraction(1, 4), "cy": Fraction(5, 12)}
print(sum(shares.values()), {k: v * 1200 for k, v in shares.items()}, Fraction(3, 8).limit_denominator(3), Fraction("0.125"), Fraction(1.5))
print(Fraction(7, 3).numerator, Fraction(-7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(7, 2)), float(Fraction(1, 3)), Fraction(1, 3) ** 2)
payload = json.dumps({"balance": str(balance), "txns": [{"day": t.day, "kind": t.kind.name, "amount": str(t.amount)} for t in txns[:3]]}, indent=2, sort_keys=True)
print(payload)
back = json.loads(payload, parse_float=Decimal)
print(back["txns"][1], Decimal(back["balance"]) == balance)
print(json.loads('{"x": 1.10}', parse_float=Decimal), json.dumps([1.5, "é", None, True], ensure_ascii=False), json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":")))

@lru_cache(maxsize=None)
def compound(principal_cents, periods):
    if periods == 0:
        return Decimal(principal_cents) / 100
    return (compound(principal_cents, periods - 1) * Decimal("1.005")).quantize(CENT)
print(compound(100000, 12), compound.cache_info().hits, compound.cache_info().currsize)
add_fee = partial(lambda fee, amt: amt + fee, Decimal("1.25"))
print(add_fee(Decimal("10")), reduce(lambda a, b: a + b, [t.amount for t in txns]), Kind.FEE.value, Kind["DEPOSIT"], Kind(2))
print(Flags.FLAGGED | Flags.REVIEWED, Flags(6), Flags.LARGE in Flags(5), list(Flags(7)), str(Flags.FLAGGED), repr(Flags(0)))
