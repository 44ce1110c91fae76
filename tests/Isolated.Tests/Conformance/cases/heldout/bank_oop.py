from datetime import date

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        self.needed = needed
        self.available = available
        super().__init__(f"need {needed:.2f}, have {available:.2f}")

class Account:
    interest_rate = 0.02
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.transactions = []

    @property
    def balance(self):
        return round(self._balance, 2)

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount}")
        self._balance += amount
        self.transactions.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.transactions.append(("withdraw", amount))
        return self

    def add_interest(self):
        self._balance *= 1 + self.interest_rate

    def __str__(self):
        return f"{type(self).__name__}#{self.id} {self.owner}: ${self.balance:,.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance!r})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    interest_rate = 0.05
    def withdraw(self, amount):
        if len([t for t in self.transactions if t[0] == "withdraw"]) >= 2:
            raise RuntimeError("savings: withdrawal limit reached")
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.transactions.append(("withdraw", amount))
        return self

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, kind, owner, amount=0):
        acct = kind(owner, amount)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise LookupError(f"no account {src}") from None
        self.accounts[dst].deposit(amount)
    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: a.id))
    def __len__(self):
        return len(self.accounts)
    def total(self):
        return sum(a.balance for a in self)

bank = Bank("First")
a = bank.open(Account, "alice", 100)
s = bank.open(Savings, "bob", 1000)
c = bank.open(Checking, "carol", 50)
a.deposit(50).withdraw(30)
s.withdraw(10).withdraw(10)
for op in [lambda: s.withdraw(1), lambda: a.withdraw(1000), lambda: c.withdraw(120), lambda: c.withdraw(100),
           lambda: a.deposit(-5), lambda: bank.transfer(9999, a.id, 5), lambda: setattr(a, "balance", -1)]:
    try:
        op()
        print("ok")
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed, e.available)
    except (RuntimeError, ValueError, LookupError) as e:
        print(f"{type(e).__name__}: {e}")
bank.transfer(s.id, c.id, 200) if False else None
for acct in bank:
    acct.add_interest()
    print(acct, repr(acct), acct.transactions)
print(len(bank), f"{bank.total():.2f}", sorted(bank)[0].owner, max(bank).owner, a == a, a == s, len({a, s, a}))
print(Savings.interest_rate, Account.interest_rate, c.interest_rate, Savings.__mro__[1].__name__, isinstance(c, Account))
print(Account._next_id, [acct.id for acct in bank])
