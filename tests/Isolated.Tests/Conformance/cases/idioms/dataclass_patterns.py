# dataclass patterns: immutable value objects with validation, computed fields, nested conversion, slots+frozen, keyword-only.
from dataclasses import dataclass, field, asdict, replace, fields, FrozenInstanceError
from typing import Optional


@dataclass(frozen=True, slots=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __post_init__(self):
        if self.cents < 0:
            raise ValueError("negative money")
        object.__setattr__(self, "currency", self.currency.upper())

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"


@dataclass(kw_only=True)
class Address:
    street: str
    city: str
    zip: Optional[str] = None


@dataclass
class Customer:
    name: str
    address: Address
    balance: Money = field(default_factory=lambda: Money(0))
    tags: list[str] = field(default_factory=list)
    id: int = field(init=False)
    _next = 1

    def __post_init__(self):
        self.id = Customer._next
        Customer._next += 1


m = Money(1050, "eur") + Money(250)
print(m, repr(m), hash(m) == hash(Money(1300, "EUR")))
try:
    m.cents = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Money(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1, "usd") + Money(1)
except ValueError as e:
    print("ValueError:", e)
c1 = Customer("ann", Address(street="1 Main St", city="Springfield"), tags=["vip"])
c2 = Customer("bob", Address(city="Shelbyville", street="2 Oak Ave", zip="12345"), Money(500, "usd"))
print(c1)
print(asdict(c2))
c3 = replace(c1, name="ann2")
print(c3.id, c3.name, c3.tags is c1.tags, [f.name for f in fields(Customer)], [f.name for f in fields(Customer) if not f.init])
try:
    Address("x", "y")
except TypeError as e:
    print("TypeError:", e)
print(Money.__slots__, sorted(asdict(Money(5)).items()), Money(5) == Money(5, "eur"), Money(5) != Money(6))
