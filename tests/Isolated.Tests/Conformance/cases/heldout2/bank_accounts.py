# Bank accounts: inheritance, properties, class attributes, custom exceptions.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.amount = amount


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self._balance:.2f})"


class Savings(Account):
    interest_rate = 0.025


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


accounts = [Savings("Alice", 500), Checking("Bob", 50), Account("Carol")]
for a in accounts:
    print(a)

transfer(accounts[0], accounts[1], 120)
transfer(accounts[1], accounts[2], 250)
try:
    transfer(accounts[2], accounts[0], 1000)
except InsufficientFunds as e:
    print("error:", e, "| amount", e.amount)
try:
    accounts[2].deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    accounts[0].balance = 10
except AttributeError as e:
    print("error:", e)

for a in accounts:
    print(a, "interest:", a.add_interest())
    print("  history:", a.history)

total = sum(a.balance for a in accounts)
print(f"Total holdings: {total:,.2f}")
richest = max(accounts, key=lambda a: a.balance)
print("Richest:", richest.owner)
print(sorted(accounts, key=lambda a: -a.balance))
print(isinstance(accounts[0], Account), issubclass(Checking, Savings))
