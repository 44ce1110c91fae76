# Parking lot OOP design: vehicle hierarchy, spot allocation by size, tickets with durations and tiered pricing.
from abc import ABC, abstractmethod
from datetime import datetime, timedelta
from itertools import count
from math import ceil


class Vehicle(ABC):
    def __init__(self, plate):
        self.plate = plate

    @property
    @abstractmethod
    def size(self): ...

    def __repr__(self):
        return f"{type(self).__name__}({self.plate})"


class Motorcycle(Vehicle):
    size = 1


class Car(Vehicle):
    size = 2


class Truck(Vehicle):
    size = 3


class Lot:
    RATES = {1: 1.0, 2: 2.5, 3: 5.0}

    def __init__(self, spots):
        self.spots = {i: (size, None) for i, size in enumerate(spots)}
        self.tickets = {}
        self._ids = count(1)

    def park(self, v, when):
        free = [(size, i) for i, (size, occ) in self.spots.items() if occ is None and size >= v.size]
        if not free:
            raise RuntimeError(f"no spot for {v}")
        size, spot = min(free)
        self.spots[spot] = (size, v)
        tid = next(self._ids)
        self.tickets[tid] = (v, spot, when)
        return tid, spot

    def leave(self, tid, when):
        v, spot, start = self.tickets.pop(tid)
        self.spots[spot] = (self.spots[spot][0], None)
        hours = max(1, ceil((when - start) / timedelta(hours=1)))
        fee = self.RATES[v.size] * hours
        if hours > 8:
            fee = min(fee, self.RATES[v.size] * 10)
        return hours, fee

    def status(self):
        return " ".join(f"{i}:{s}{'*' if o else '.'}" for i, (s, o) in self.spots.items())


lot = Lot([1, 1, 2, 2, 2, 3])
t0 = datetime(2024, 8, 1, 8, 0)
tickets = {}
for i, v in enumerate([Car("C1"), Motorcycle("M1"), Truck("T1"), Car("C2"), Car("C3"), Motorcycle("M2"), Motorcycle("M3"), Truck("T2")]):
    try:
        tid, spot = lot.park(v, t0 + timedelta(minutes=10 * i))
        tickets[v.plate] = tid
        print(f"park {v!r:16} -> ticket {tid} spot {spot} | {lot.status()}")
    except RuntimeError as e:
        print("RuntimeError:", e)
for plate, minutes in [("C1", 45), ("T1", 600), ("M1", 61), ("C3", 200)]:
    hours, fee = lot.leave(tickets[plate], t0 + timedelta(minutes=minutes + 100))
    print(f"leave {plate}: {hours}h fee {fee:.2f} | {lot.status()}")
print(lot.park(Truck("T2"), t0 + timedelta(hours=12)), sorted(lot.tickets))
try:
    Vehicle("x")
except TypeError as e:
    print("TypeError:", e)
