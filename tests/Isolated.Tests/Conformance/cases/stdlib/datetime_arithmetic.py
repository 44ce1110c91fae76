# timedelta normalisation and operators, date arithmetic, pickling and subclasses (_datetime).
import copy
import pickle
from datetime import date, timedelta, MINYEAR, MAXYEAR


def attempt(label, f, message=True):
    try:
        print(label, repr(f()))
    except Exception as e:
        # Some messages name the type as "datetime.X" (CPython's tp_name); only the kind is compared.
        print(label, type(e).__name__, e if message else "")


UNQUALIFIED = ['add int', 'mod int', 'compare int', 'date plus date']

print(MINYEAR, MAXYEAR)
td = timedelta(days=1, hours=-3, minutes=90, seconds=-1, milliseconds=2500, microseconds=7, weeks=1)
print(repr(td), str(td), td.days, td.seconds, td.microseconds)
print(repr(timedelta(-1)), str(timedelta(-1, 5, 3)), str(timedelta(2, 18000, 30)), repr(timedelta()))
print(repr(timedelta(microseconds=0.5)), repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=-1.5)))
print(repr(timedelta(seconds=0.5, microseconds=0.5)), repr(timedelta(days=1.1, hours=0.25)))
print(timedelta.min, timedelta.max, repr(timedelta.resolution))

a, b = timedelta(days=3, seconds=7, microseconds=11), timedelta(hours=5, microseconds=3)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * 2.5, a * -0.1, a / 4, a / 0.3, a // 7, a / b, a // b, a % b, divmod(a, b))
print(a * 0.5, timedelta(microseconds=5) * 0.5, timedelta(microseconds=3) / 2, timedelta(microseconds=-3) / 2)
print(a.total_seconds(), timedelta.max.total_seconds(), (-a).total_seconds())
print(a == timedelta(3, 7, 11), a != b, a < b, a > b, a <= a, bool(timedelta()), bool(b))
print(hash(a) == hash(timedelta(seconds=3 * 86400 + 7, microseconds=11)))
for label, f in [
    ("str arg", lambda: timedelta("1")),
    ("too big", lambda: timedelta(days=1_000_000_000)),
    ("float too big", lambda: timedelta(1e9)),
    ("nan", lambda: timedelta(float("nan"))),
    ("div zero", lambda: a / 0),
    ("floordiv zero", lambda: a // timedelta(0)),
    ("mod zero", lambda: a % timedelta(0)),
    ("truediv zero", lambda: a / timedelta(0)),
    ("mul overflow", lambda: timedelta.max * 2),
    ("bad kw", lambda: timedelta(years=1)),
    ("add int", lambda: a + 1),
    ("mod int", lambda: a % 2),
]:
    attempt(label, f, label not in UNQUALIFIED)

d = date(2024, 2, 28)
print(repr(d), d, d + timedelta(1), d + timedelta(2), timedelta(days=-59) + d, d - timedelta(days=366))
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, d.toordinal(), date.fromordinal(738944), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, tuple(date(2021, 1, 3).isocalendar()), date(2020, 12, 31).isocalendar())
print(date.fromisocalendar(2020, 53, 5), date.fromisocalendar(2004, 1, 1), date.min, date.max, repr(date.resolution))
print(d.replace(day=1), d.replace(year=2023, month=3), d < date(2024, 3, 1), d == date(2024, 2, 28), d >= date(2025, 1, 1))
print(d.timetuple())
for label, f in [
    ("month 13", lambda: date(2024, 13, 1)),
    ("day 30 feb", lambda: date(2024, 2, 30)),
    ("year 0", lambda: date(0, 1, 1)),
    ("float year", lambda: date(2000.0, 1, 1)),
    ("ordinal 0", lambda: date.fromordinal(0)),
    ("past max", lambda: date.max + timedelta(1)),
    ("before min", lambda: date.min - timedelta(1)),
    ("week 53", lambda: date.fromisocalendar(2021, 53, 1)),
    ("weekday 8", lambda: date.fromisocalendar(2021, 1, 8)),
    ("huge iso", lambda: date.fromisocalendar(2 << 40, 1, 1)),
    ("compare int", lambda: d < 3),
    ("date plus date", lambda: d + d),
]:
    attempt(label, f, label not in UNQUALIFIED)


class Birthday(date):
    def __new__(cls, *args):
        print("  Birthday.__new__", args)
        return super().__new__(cls, *args)


class Span(timedelta):
    pass


b = Birthday(1990, 5, 17)
later = b + timedelta(days=10)
print(type(later).__name__, later, type(b.replace(year=1991)).__name__, type(Birthday.fromordinal(1)).__name__)
print(repr(Span(hours=1)), type(Span(1) + Span(2)).__name__, type(Span(1) * 2).__name__)
for obj in (a, d, b, Span(days=2, seconds=3), d.isocalendar()):
    for proto in (0, 2, 4):
        back = pickle.loads(pickle.dumps(obj, proto))
        print(type(obj).__name__, proto, back == obj, type(back).__name__)
    print(copy.copy(obj) == obj, copy.deepcopy(obj) == obj)
print(d.__reduce__(), a.__reduce__())
