class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount

class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        self._balance *= 1 + self.interest_rate

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self._balance:.2f})"

class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        return super().withdraw(amount)

a = Account("alice", 100)
s = SavingsAccount("bob")
a.deposit(50).withdraw(30)
s.deposit(1000)
for acct in (a, s):
    acct.add_interest()
    print(acct, acct.balance)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.amount)
for amt in (1, 2, 3):
    try:
        s.withdraw(amt)
    except Exception as e:
        print(type(e).__name__, e)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(s.history)
print(sorted([a, s], key=lambda x: x.balance, reverse=True))
