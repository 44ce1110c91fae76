"""An order workflow as a state machine: Enum with methods and allowed transitions, Flag permissions,
IntEnum codes, a transition log with datetime and a summary with collections.Counter."""
import enum
from collections import Counter
from datetime import datetime, timedelta

class State(enum.Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def allowed(self):
        return TRANSITIONS[self]

    def can_go(self, other):
        return other in self.allowed

TRANSITIONS = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
    State.SHIPPED: {State.DELIVERED},
    State.DELIVERED: set(),
    State.CANCELLED: set(),
}

class Perm(enum.Flag):
    VIEW = enum.auto()
    EDIT = enum.auto()
    REFUND = enum.auto()
    ADMIN = VIEW | EDIT | REFUND

class Code(enum.IntEnum):
    OK = 0
    DENIED = 13
    INVALID = 22

class Order:
    clock = datetime(2024, 4, 1, 9, 0)
    def __init__(self, oid):
        self.oid, self.state, self.log = oid, State.NEW, []
    def move(self, target, perms):
        if Perm.EDIT not in perms:
            return Code.DENIED
        if not self.state.can_go(target):
            return Code.INVALID
        Order.clock += timedelta(hours=5)
        self.log.append((Order.clock, self.state, target))
        self.state = target
        return Code.OK

orders = [Order(i) for i in range(1, 5)]
script = [
    (1, State.PAID, Perm.ADMIN), (1, State.SHIPPED, Perm.EDIT | Perm.VIEW), (1, State.DELIVERED, Perm.EDIT),
    (2, State.SHIPPED, Perm.ADMIN), (2, State.CANCELLED, Perm.VIEW), (2, State.CANCELLED, Perm.EDIT),
    (3, State.PAID, Perm.EDIT), (3, State.NEW, Perm.EDIT), (4, State.DELIVERED, Perm.ADMIN),
]
codes = Counter()
for oid, target, perms in script:
    code = orders[oid - 1].move(target, perms)
    codes[code] += 1
    print(f"order {oid}: -> {target.name:<9} with {perms!s:<22} = {code.name}({int(code)})")
for o in orders:
    path = " > ".join([State.NEW.value] + [t.value for _, _, t in o.log])
    print(o.oid, o.state.name, path, o.log[-1][0].strftime("%d %H:%M") if o.log else "-")
print(sorted((c.name, n) for c, n in codes.items()))
print(Counter(o.state for o in orders).most_common(1)[0][0], [s.name for s in State if not s.allowed])
print(Perm.ADMIN, list(Perm.ADMIN), Perm.VIEW | Perm.EDIT in Perm.ADMIN, Perm(3), Perm.REFUND & Perm.ADMIN, ~Perm.VIEW)
print(Code(22), Code.DENIED == 13, Code.OK < Code.INVALID, {Code.OK: "fine"}[0], sorted(Code, reverse=True))
print(State("paid"), State["SHIPPED"], State.PAID.allowed == {State.SHIPPED, State.CANCELLED}, len(State))
