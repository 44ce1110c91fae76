# A priority task scheduler: dataclass(order=True) in a heap, a simulated clock, retries.
import heapq
import itertools
from dataclasses import dataclass, field

@dataclass(order=True)
class Task:
    due: int
    priority: int
    seq: int
    name: str = field(compare=False)
    attempts: int = field(default=0, compare=False)
    action: object = field(default=None, compare=False, repr=False)

class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.clock = 0
        self.log = []

    def add(self, name, due, priority=5, action=None):
        heapq.heappush(self.queue, Task(due, priority, next(self.counter), name, action=action))

    def run(self, until):
        while self.queue and self.queue[0].due <= until:
            task = heapq.heappop(self.queue)
            self.clock = max(self.clock, task.due)
            try:
                result = task.action(task) if task.action else "ok"
                self.log.append((self.clock, task.name, result))
            except Exception as e:
                task.attempts += 1
                if task.attempts < 3:
                    task.due = self.clock + 2 ** task.attempts
                    task.seq = next(self.counter)
                    heapq.heappush(self.queue, task)
                    self.log.append((self.clock, task.name, f"retry {task.attempts} ({e})"))
                else:
                    self.log.append((self.clock, task.name, f"gave up: {e!r}"))

def flaky(task):
    if task.attempts < 2:
        raise ConnectionError("net down")
    return "recovered"

def always_fails(task):
    raise ValueError("bad input")

s = Scheduler()
s.add("backup", 10, priority=1)
s.add("email", 3)
s.add("report", 3, priority=2)
s.add("sync", 5, action=flaky)
s.add("import", 6, action=always_fails)
s.add("cleanup", 30)
s.run(until=20)
for entry in s.log:
    print(entry)
print("pending:", [(t.name, t.due) for t in sorted(s.queue)], "clock", s.clock)
print(Task(1, 1, 0, "a") < Task(1, 2, 0, "b"), Task(1, 1, 0, "a") == Task(1, 1, 0, "zzz"))
