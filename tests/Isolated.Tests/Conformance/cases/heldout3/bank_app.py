import json
import csv
import io
from collections import OrderedDict, deque, ChainMap
from datetime import date, timedelta
import heapq
import bisect


class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = deque(maxlen=3)

    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))

    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f"{self.owner}: need {amt - self.balance} more")
        self.balance -= amt
        self.history.append(("wd", amt))

    def __repr__(self):
        return f"<Account {self.id} {self.owner} {self.balance}>"


accts = {n: Account(n, b) for n, b in [("ann", 100), ("bob", 50), ("cy", 0)]}
ops = [("ann", "withdraw", 30), ("bob", "deposit", 25), ("cy", "withdraw", 5), ("ann", "deposit", -1),
       ("ann", "deposit", 5), ("ann", "deposit", 6), ("ann", "withdraw", 1)]
for who, op, amt in ops:
    try:
        getattr(accts[who], op)(amt)
    except (InsufficientFunds, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(list(accts.values()), list(accts["ann"].history))
report = [{"owner": a.owner, "balance": a.balance, "hist": list(a.history)} for a in accts.values()]
text = json.dumps(report, indent=2, sort_keys=True)
print(text)
print(json.loads(text)[0]["hist"], json.dumps({"a": [1, 2.5, None, True, "é"]}, ensure_ascii=False))
print(json.dumps({"x": float("inf")}), json.dumps((1, 2)), json.dumps("é\n"))
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["owner", "balance"], extrasaction="ignore")
w.writeheader()
w.writerows(report)
print(buf.getvalue().replace("\r\n", "\\r\\n"))
rows = list(csv.reader(io.StringIO('a,"b,c",d\n1,"x ""q""",3\n')))
print(rows)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
od.popitem(last=False)
print(od, list(od))
cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
print(cm["x"], cm["y"], len(cm), cm.new_child({"z": 0}).maps)
start = date(2024, 1, 31)
print([str(start + timedelta(days=30 * i)) for i in range(4)], (date(2024, 12, 25) - start).days, start.isoweekday())
tasks = [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))], heapq.nlargest(2, [5, 1, 9, 3]))
scores = [10, 20, 30, 40]
print(bisect.bisect_left(scores, 25), bisect.bisect(scores, 30), ["F", "D", "C", "B", "A"][bisect.bisect([60, 70, 80, 90], 85)])
