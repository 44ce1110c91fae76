# A vending machine as a state machine with enum states, a transition table and an audit trail.
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()


class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    COINS = (5, 10, 25, 100)

    def __init__(self, stock):
        self.state = State.IDLE
        self.stock = dict(stock)
        self.credit = 0
        self.bank = 0
        self.trail = []

    def _go(self, new, why):
        self.trail.append(f"{self.state.name} -> {new.name}: {why}")
        self.state = new

    def insert(self, coin):
        if self.state is State.OUT_OF_ORDER:
            return f"rejected {coin}: out of order"
        if coin not in self.COINS:
            return f"rejected {coin}: unknown coin"
        self.credit += coin
        if self.state is State.IDLE:
            self._go(State.HAS_MONEY, f"coin {coin}")
        return f"credit {self.credit}"

    def choose(self, item):
        if self.state is not State.HAS_MONEY:
            return f"insert money first (state {self.state.name})"
        if self.stock.get(item, 0) == 0:
            return f"{item} sold out"
        price = self.PRICES[item]
        if self.credit < price:
            return f"{item} costs {price}, credit {self.credit}"
        self._go(State.DISPENSING, item)
        self.stock[item] -= 1
        self.bank += price
        change = self.credit - price
        self.credit = 0
        self._go(State.IDLE, "done")
        if not any(self.stock.values()):
            self._go(State.OUT_OF_ORDER, "empty")
        return f"dispensed {item}, change {self.make_change(change)}"

    def refund(self):
        amount, self.credit = self.credit, 0
        if self.state is State.HAS_MONEY:
            self._go(State.IDLE, "refund")
        return f"refunded {self.make_change(amount)}"

    def make_change(self, amount):
        coins = []
        for c in sorted(self.COINS, reverse=True):
            n, amount = divmod(amount, c)
            coins += [c] * n
        return coins


vm = VendingMachine({"cola": 1, "chips": 2, "candy": 0})
script = [("choose", "cola"), ("insert", 100), ("insert", 3), ("choose", "cola"), ("insert", 25), ("insert", 25),
          ("choose", "cola"), ("insert", 100), ("choose", "candy"), ("choose", "cola"), ("insert", 10), ("refund",),
          ("insert", 100), ("choose", "chips"), ("insert", 100), ("insert", 25), ("choose", "chips"), ("insert", 5)]
for step in script:
    action, *args = step
    print(f"{action:6} {str(args):8} -> {getattr(vm, action)(*args)}")
print(vm.state, vm.bank, vm.stock)
print("\n".join(vm.trail))
