"""A small scheduler: heapq of datetimes, enum states, dataclasses, and a text report."""
import heapq
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum, auto

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

@dataclass(order=True)
class Event:
    when: datetime
    seq: int
    name: str = field(compare=False)
    repeat: timedelta | None = field(default=None, compare=False)
    state: State = field(default=State.PENDING, compare=False)
    runs: int = field(default=0, compare=False)

class Scheduler:
    def __init__(self, start):
        self.now = start
        self.queue = []
        self.counter = itertools.count()
        self.log = []

    def add(self, name, delay, repeat=None):
        ev = Event(self.now + delay, next(self.counter), name, repeat)
        heapq.heappush(self.queue, ev)
        return ev

    def run_until(self, end):
        while self.queue and self.queue[0].when <= end:
            ev = heapq.heappop(self.queue)
            self.now = ev.when
            ev.state = State.RUNNING
            ev.runs += 1
            ok = not (ev.name == "flaky" and ev.runs % 2 == 0)
            ev.state = State.DONE if ok else State.FAILED
            self.log.append(f"{self.now:%a %H:%M} {ev.name:<8} run#{ev.runs} {ev.state.name}")
            if ev.repeat and ev.runs < 4:
                ev.when += ev.repeat
                ev.seq = next(self.counter)
                ev.state = State.PENDING
                heapq.heappush(self.queue, ev)
        self.now = end

start = datetime(2024, 5, 6, 8, 0)
s = Scheduler(start)
s.add("backup", timedelta(hours=2), repeat=timedelta(hours=6))
s.add("report", timedelta(minutes=30))
s.add("flaky", timedelta(minutes=45), repeat=timedelta(minutes=90))
s.add("email", timedelta(hours=2))
s.run_until(start + timedelta(days=1))
print("\n".join(s.log))
print("pending:", [(e.name, e.when.isoformat()) for e in sorted(s.queue)])
by_state = {}
for line in s.log:
    by_state.setdefault(line.split()[-1], []).append(line.split()[2])
print({k: sorted(set(v)) for k, v in sorted(by_state.items())})
print(State.DONE in State, [st.name for st in State], State(3))
