# Classic state machines: a vending machine with Enum states, a regex-like matcher, a traffic light generator.
from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    OUT_OF_STOCK = auto()

class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = State.IDLE
        self.balance = 0
        self.log = []
    def _go(self, new):
        self.log.append(f"{self.state.name}->{new.name}")
        self.state = new
    def insert(self, cents):
        if self.state is State.OUT_OF_STOCK:
            return f"refund {cents}"
        self.balance += cents
        if self.state is State.IDLE:
            self._go(State.HAS_MONEY)
        return f"balance {self.balance}"
    def choose(self, item):
        match self.state, item:
            case (State.IDLE, _):
                return "insert money first"
            case (State.HAS_MONEY, name) if name not in self.PRICES:
                return f"unknown item {name}"
            case (State.HAS_MONEY, name) if self.stock.get(name, 0) == 0:
                return f"{name} sold out"
            case (State.HAS_MONEY, name) if self.balance < self.PRICES[name]:
                return f"need {self.PRICES[name] - self.balance} more"
            case (State.HAS_MONEY, name):
                self._go(State.VENDING)
                self.stock[name] -= 1
                change = self.balance - self.PRICES[name]
                self.balance = 0
                self._go(State.OUT_OF_STOCK if not any(self.stock.values()) else State.IDLE)
                return f"vend {name}, change {change}"
            case _:
                return f"cannot choose in {self.state.name}"

vm = VendingMachine({"cola": 1, "candy": 1, "chips": 0})
for action, arg in [("choose", "cola"), ("insert", 100), ("choose", "cola"), ("choose", "chips"),
                    ("choose", "gum"), ("insert", 100), ("choose", "cola"), ("insert", 25),
                    ("insert", 50), ("choose", "candy"), ("insert", 10), ("choose", "cola")]:
    print(f"{action}({arg!r}) -> {getattr(vm, action)(arg)}")
print(vm.log, vm.state, vm.state.value, State(2), State["IDLE"])

def traffic_light():
    cycle = [("green", 3), ("yellow", 1), ("red", 2)]
    while True:
        for color, duration in cycle:
            for remaining in range(duration, 0, -1):
                command = yield f"{color}({remaining})"
                if command == "emergency":
                    yield "flashing red"
                    break

light = traffic_light()
print([next(light) for _ in range(7)])
print(light.send("emergency"), next(light), next(light))

TRANSITIONS = {
    ("start", "digit"): "int", ("start", "sign"): "signed",
    ("signed", "digit"): "int", ("int", "digit"): "int",
    ("int", "dot"): "frac_start", ("frac_start", "digit"): "frac", ("frac", "digit"): "frac",
}
def classify_char(ch):
    if ch.isdigit(): return "digit"
    if ch in "+-": return "sign"
    if ch == ".": return "dot"
    return "other"
def is_number(text):
    state = "start"
    for ch in text:
        state = TRANSITIONS.get((state, classify_char(ch)))
        if state is None:
            return False
    return state in ("int", "frac")
for t in ["42", "-3.14", "+", "1.", ".5", "12a", "", "007", "-0.0"]:
    print(repr(t), is_number(t))

class TurnstileMeta(type):
    def __new__(mcls, name, bases, ns):
        ns["events"] = sorted(k[3:] for k in ns if k.startswith("on_"))
        return super().__new__(mcls, name, bases, ns)
class Turnstile(metaclass=TurnstileMeta):
    def __init__(self): self.state, self.coins, self.passes = "locked", 0, 0
    def on_coin(self):
        self.coins += 1
        self.state = "unlocked"
    def on_push(self):
        if self.state == "unlocked":
            self.passes += 1
        self.state = "locked"
    def fire(self, event):
        handler = getattr(self, f"on_{event}", None)
        if handler is None:
            raise ValueError(f"unknown event {event!r}; known: {self.events}")
        handler()
        return self.state
t = Turnstile()
print([t.fire(e) for e in ["push", "coin", "coin", "push", "push"]], t.coins, t.passes)
try:
    t.fire("kick")
except ValueError as e:
    print(e)
