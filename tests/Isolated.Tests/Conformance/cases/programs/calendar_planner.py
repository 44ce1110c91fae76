# A meeting planner: free/busy intervals, merging overlaps, finding common free slots, recurring events.
from datetime import datetime, timedelta, time, date


def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def free_slots(busy, day_start, day_end, min_len):
    slots, cur = [], day_start
    for s, e in merge(busy):
        if s - cur >= min_len:
            slots.append((cur, s))
        cur = max(cur, e)
    if day_end - cur >= min_len:
        slots.append((cur, day_end))
    return slots


def dt(h, m=0):
    return datetime(2024, 9, 16, h, m)


calendars = {
    "ann": [(dt(9), dt(10)), (dt(12), dt(13)), (dt(15, 30), dt(16))],
    "bob": [(dt(9, 30), dt(11)), (dt(12, 30), dt(14))],
    "cy": [(dt(8), dt(9, 15)), (dt(16), dt(18))],
}
for name, busy in calendars.items():
    print(name, [f"{s:%H:%M}-{e:%H:%M}" for s, e in merge(busy)])
all_busy = [iv for busy in calendars.values() for iv in busy]
for length in (30, 60, 90):
    slots = free_slots(all_busy, dt(9), dt(17), timedelta(minutes=length))
    print(length, [f"{s:%H:%M}-{e:%H:%M}" for s, e in slots])


def recurring(start, every, until, skip_weekends=True):
    cur = start
    while cur <= until:
        if not (skip_weekends and cur.weekday() >= 5):
            yield cur
        cur += every


standups = list(recurring(datetime.combine(date(2024, 9, 12), time(9, 30)), timedelta(days=1), datetime(2024, 9, 24)))
print(len(standups), [d.strftime("%a %d") for d in standups])
biweekly = list(recurring(datetime(2024, 9, 2, 14), timedelta(weeks=2), datetime(2024, 12, 31)))
print([d.strftime("%b %d") for d in biweekly])
total = sum((e - s for busy in calendars.values() for s, e in merge(busy)), timedelta())
print("total busy:", total, total.total_seconds() / 3600)
