from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from decimal import Decimal, ROUND_HALF_EVEN
from typing import ClassVar

@dataclass(order=True)
class Transaction:
    sort_key: tuple = field(init=False, repr=False)
    day: int
    amount: Decimal
    memo: str = ""

    def __post_init__(self):
        if not isinstance(self.amount, Decimal):
            self.amount = Decimal(str(self.amount))
        self.amount = self.amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.sort_key = (self.day, -self.amount)

@dataclass
class Account:
    owner: str
    number: int
    history: list = field(default_factory=list)
    overdraft: Decimal = Decimal("0")
    bank_name: ClassVar[str] = "First Pythonic"
    _next: ClassVar[int] = 1000

    def __post_init__(self):
        if self.number <= 0:
            raise ValueError(f"bad account number {self.number}")

    @property
    def balance(self):
        return sum((t.amount for t in self.history), Decimal("0"))

    def post(self, day, amount, memo=""):
        t = Transaction(day, amount, memo)
        if self.balance + t.amount < -self.overdraft:
            raise RuntimeError(f"{self.owner}: declined {t.amount} on day {day}")
        self.history.append(t)
        return t

@dataclass(frozen=True, slots=True)
class Rate:
    name: str
    percent: Decimal

    def apply(self, value):
        return (value * self.percent / 100).quantize(Decimal("0.01"))

a = Account("ann", 1, overdraft=Decimal("50"))
b = Account("bob", 2)
a.post(3, 100)
a.post(1, "19.999")
a.post(2, -12.345)
try:
    b.post(1, -5)
except RuntimeError as e:
    print(e)
try:
    a.post(4, -300)
except RuntimeError as e:
    print(e)
a.post(4, -150)
print(a.balance, b.balance, Account.bank_name)
for t in sorted(a.history):
    print(t)
print(asdict(a.history[0]))
print(astuple(Transaction(9, 1.005, "x")))
print([f.name for f in fields(Transaction)], [f.name for f in fields(Account)])
r = Rate("savings", Decimal("2.5"))
print(r, r.apply(a.balance), hash(r) == hash(Rate("savings", Decimal("2.50"))))
try:
    r.percent = 3
except FrozenInstanceError as e:
    print("frozen:", e)
print(replace(r, name="loan"), hasattr(r, "__dict__"), Rate.__slots__)
try:
    Account("zed", 0)
except ValueError as e:
    print(e)
print(Transaction(1, 5) < Transaction(1, 4), Transaction(1, 5) == Transaction(1, 5, ""))
print(repr(Account("cy", 7)))
