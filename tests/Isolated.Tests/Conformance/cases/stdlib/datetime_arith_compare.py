# datetime arithmetic, comparisons (naive/aware rules, PEP 495 inter-zone exception), hashing,
# timestamps with explicit timezones, combine/astimezone/utctimetuple. Deterministic: no now().
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


def show_type(label, fn):
    # Only the exception type: the runtime's generic operator messages name builtin types without
    # their module ('datetime' for CPython's 'datetime.datetime').
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__)


class DT(datetime):
    pass


utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
x = DT(2020, 1, 1, tzinfo=utc)
print(type(x + timedelta(1)).__name__, type(x - timedelta(1)).__name__, type(x - x).__name__, type(timedelta(1) + x).__name__)
print(datetime(2020, 1, 1) - datetime(2019, 1, 1, 1, 2, 3, 4), datetime(2020, 3, 1) - timedelta(days=1, microseconds=1))
show('max + 1', lambda: datetime.max + timedelta(1))
show('min - 1', lambda: datetime.min - timedelta(1))
show('min - huge', lambda: datetime.min - timedelta.max)
show('naive - aware', lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=utc))
show_type('dt + 1', lambda: datetime(2020, 1, 1) + 1)
show_type('td - dt', lambda: timedelta(1) - datetime(2020, 1, 1))
show_type('date - dt', lambda: date(2020, 1, 2) - datetime(2020, 1, 1))
show_type('dt - date', lambda: datetime(2020, 1, 2) - date(2020, 1, 1))
print(datetime(2020, 1, 1, 12, tzinfo=utc) - datetime(2020, 1, 1, 12, tzinfo=plus1))

# comparisons
print(datetime(2020, 1, 1, tzinfo=utc) == datetime(2020, 1, 1, 1, tzinfo=plus1))
print(hash(datetime(2020, 1, 1, tzinfo=utc)) == hash(datetime(2020, 1, 1, 1, tzinfo=plus1)))
print(datetime(2020, 1, 1, tzinfo=utc) < datetime(2020, 1, 1, 0, 30, tzinfo=plus1))
show('naive < aware', lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=utc))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=utc), datetime(2020, 1, 1) != datetime(2020, 1, 1, tzinfo=utc))
show('dt < date', lambda: datetime(2020, 1, 1) < date(2020, 1, 1))
show('date < dt', lambda: date(2020, 1, 2) < datetime(2020, 1, 1))
print(datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1))
show('time naive < aware', lambda: time(1) < time(1, tzinfo=utc))
print(time(1) == time(1, tzinfo=utc), time(1, tzinfo=utc) == time(2, tzinfo=plus1), time(1, tzinfo=utc) < time(1, 30, tzinfo=plus1))
show_type('time < int', lambda: time(1) < 1)
print(hash(time(1)) == hash(time(1, fold=1)), hash(time(1, tzinfo=utc)) == hash(time(2, tzinfo=plus1)))
print(datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1), hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))
print(sorted([datetime(2020, 1, 3), datetime(2019, 5, 1), datetime(2020, 1, 2, 23)]))


# A zone with a fold: 01:00-02:00 on 2020-11-01 happens twice (offset -4h, then -5h).
class Eastern(tzinfo):
    def utcoffset(self, dt):
        start = datetime(2020, 11, 1, 1)
        end = datetime(2020, 11, 1, 2)
        naive = dt.replace(tzinfo=None)
        if naive < start:
            return timedelta(hours=-4)
        if naive < end:
            return timedelta(hours=-5 if dt.fold else -4)
        return timedelta(hours=-5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'E'


e = Eastern()
first = datetime(2020, 11, 1, 1, 30, tzinfo=e)
second = first.replace(fold=1)
print(first.utcoffset(), second.utcoffset(), first == second, first.astimezone(utc), second.astimezone(utc))
print(first == first.astimezone(utc), second == second.astimezone(utc), hash(first) == hash(second))
print(first.timestamp(), second.timestamp())

# combine, date/time parts, tuples
print(datetime.combine(date(2020, 1, 1), time(1, tzinfo=utc)), datetime.combine(date(2020, 1, 1), time(1, tzinfo=utc), tzinfo=None))
show('combine(1, time)', lambda: datetime.combine(1, time()))
show('combine(date, 1)', lambda: datetime.combine(date(2020, 1, 1), 1))
print(datetime.combine(datetime(2020, 1, 1, 5), time(1)), type(DT.combine(date(2020, 1, 1), time(1, fold=1))).__name__)
print(x.date(), x.time(), repr(x.timetz()), type(x.date()).__name__)
print(x.timetuple())
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5))).utctimetuple())
show('utctimetuple overflow', lambda: datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))).utctimetuple())
print(datetime(2020, 1, 1, 12, 30, 45).ctime(), datetime(1, 1, 1).ctime())

# timestamps with an explicit timezone
print(datetime.fromtimestamp(86400.5, utc), datetime.fromtimestamp(0.9999999, utc), datetime.fromtimestamp(-1.5, utc))
print(datetime.fromtimestamp(1234567890, plus1), type(DT.fromtimestamp(0, utc)).__name__)
for v in [1e20, float('nan'), 'x', 1e12, -1e12]:
    show(f'fromtimestamp({v!r})', lambda: datetime.fromtimestamp(v, utc))
show('fromtimestamp tz=1', lambda: datetime.fromtimestamp(0, 1))
print(datetime(2020, 1, 1, tzinfo=utc).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp(), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=utc).timestamp())
print(datetime(2020, 6, 1, 12, tzinfo=plus1).astimezone(utc), datetime(2020, 6, 1, 12, tzinfo=utc).astimezone(utc) is not None)
show('astimezone(1)', lambda: datetime(2020, 1, 1, tzinfo=utc).astimezone(1))
print(datetime.strptime('2020-01-02 03:04:05.678', '%Y-%m-%d %H:%M:%S.%f'), type(DT.strptime('2020', '%Y')).__name__)
print(datetime.strptime('2020-01-02 +0130', '%Y-%m-%d %z'))
show('strptime(1)', lambda: datetime.strptime(1, '%Y'))
print(DT.fromordinal(5), type(DT.fromordinal(5)).__name__, DT.fromisocalendar(2020, 1, 1))
print(x.isocalendar(), x.weekday(), x.toordinal(), x.isoweekday())
