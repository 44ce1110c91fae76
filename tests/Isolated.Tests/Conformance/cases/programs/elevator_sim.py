# An elevator controller simulation: requests queue, SCAN scheduling, tick-by-tick state log and statistics.
from dataclasses import dataclass, field
from enum import Enum


class Dir(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0


@dataclass
class Elevator:
    floor: int = 0
    direction: Dir = Dir.IDLE
    stops: set = field(default_factory=set)
    log: list = field(default_factory=list)
    moved: int = 0

    def request(self, floor):
        if floor != self.floor:
            self.stops.add(floor)

    def step(self, t):
        if not self.stops:
            self.direction = Dir.IDLE
            return
        if self.direction is Dir.IDLE:
            nearest = min(self.stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = Dir.UP if nearest > self.floor else Dir.DOWN
        ahead = [f for f in self.stops if (f - self.floor) * self.direction.value > 0]
        if not ahead:
            self.direction = Dir.DOWN if self.direction is Dir.UP else Dir.UP
        self.floor += self.direction.value
        self.moved += 1
        if self.floor in self.stops:
            self.stops.remove(self.floor)
            self.log.append((t, self.floor))


e = Elevator()
schedule = {0: [5, 2], 2: [1], 4: [8], 7: [3, 0], 12: [6]}
for t in range(30):
    for f in schedule.get(t, []):
        e.request(f)
    e.step(t)
    if t < 16:
        print(f"t={t:2} floor={e.floor} dir={e.direction.name:4} pending={sorted(e.stops)}")
print("stops served:", e.log)
print("floors moved:", e.moved, "final:", e.floor, e.direction)
waits = {}
for t0, floors in schedule.items():
    for f in floors:
        served = next((t for t, fl in e.log if fl == f and t >= t0), None)
        waits[(t0, f)] = None if served is None else served - t0
print(waits, max(w for w in waits.values() if w is not None))
