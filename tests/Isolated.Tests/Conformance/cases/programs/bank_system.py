# A small bank: accounts with transactions, interest, overdraft rules, exceptions and a report.
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta
from collections import defaultdict


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.account = account
        self.amount = amount


class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, opening=Decimal("0")):
        self.owner = owner
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
        self._balance = Decimal("0")
        if opening:
            self.deposit(opening, date(2024, 1, 1))

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount, when):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append((when, "deposit", amount))

    def can_withdraw(self, amount):
        return amount <= self._balance

    def withdraw(self, amount, when):
        amount = Decimal(amount)
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append((when, "withdraw", amount))

    def month_end(self, when):
        pass

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self._balance})"


class Savings(Account):
    kind = "savings"
    rate = Decimal("0.015")

    def month_end(self, when):
        interest = (self._balance * self.rate / 12).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if interest:
            self._balance += interest
            self.history.append((when, "interest", interest))


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, opening=Decimal("0"), overdraft=Decimal("100")):
        self.overdraft = overdraft
        super().__init__(owner, opening)

    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft

    def month_end(self, when):
        if self._balance < 0:
            fee = Decimal("5.00")
            self._balance -= fee
            self.history.append((when, "fee", fee))


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount, when):
        src.withdraw(amount, when)
        try:
            dst.deposit(amount, when)
        except ValueError:
            src.deposit(amount, when)
            raise

    def report(self):
        by_kind = defaultdict(list)
        for a in self.accounts.values():
            by_kind[a.kind].append(a)
        for kind in sorted(by_kind):
            total = sum((a.balance for a in by_kind[kind]), Decimal(0))
            print(f"{kind:>9}: {len(by_kind[kind])} account(s), total {total:>10,.2f}")
            for a in sorted(by_kind[kind], key=lambda a: a.owner):
                print(f"           #{a.number} {a.owner:<6} {a.balance:>9.2f}  ({len(a.history)} entries)")


bank = Bank()
ann = bank.open(Savings, "ann", Decimal("1200.00"))
bob = bank.open(Checking, "bob", Decimal("50"), overdraft=Decimal("200"))
cy = bank.open(Account, "cy")
day = date(2024, 1, 15)
operations = [
    ("transfer", ann, bob, "300"), ("withdraw", bob, "400"), ("withdraw", bob, "200"),
    ("deposit", cy, "25.50"), ("withdraw", cy, "30"), ("deposit", cy, "-1"),
    ("transfer", bob, cy, "10"),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(op[1], op[2], op[3], day)
        elif op[0] == "withdraw":
            op[1].withdraw(op[2], day)
        else:
            op[1].deposit(op[2], day)
        print("ok  ", op[0], [repr(x) if isinstance(x, Account) else x for x in op[1:]])
    except (InsufficientFunds, ValueError) as e:
        print("fail", op[0], type(e).__name__, e)
    day += timedelta(days=3)
for month_end in (date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)):
    for a in bank.accounts.values():
        a.month_end(month_end)
bank.report()
for when, what, amount in ann.history:
    print(when.isoformat(), when.strftime("%a %d %b"), f"{what:9}", amount)
print(bob.history[-1], Account._next_number, isinstance(ann, Account), Savings.__mro__[1].__name__)
