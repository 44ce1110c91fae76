# tzinfo and timezone: offsets, names, validation, pickling (_datetime).
import pickle
from datetime import timedelta, timezone, tzinfo, UTC


def attempt(label, f, message=True):
    try:
        print(label, repr(f()))
    except Exception as e:
        # Some messages name the type as "datetime.X" (CPython's tp_name); only the kind is compared.
        print(label, type(e).__name__, e if message else "")


UNQUALIFIED = ['order', 'subclass']

print(repr(timezone.utc), timezone.utc is UTC, str(UTC), repr(timezone.min), repr(timezone.max))
east = timezone(timedelta(hours=5, minutes=30))
west = timezone(-timedelta(hours=3), "BRT")
odd = timezone(timedelta(hours=1, seconds=15, microseconds=7))
print(repr(east), repr(west), str(east), str(west), odd.tzname(None), timezone(-timedelta(minutes=1)).tzname(None))
print(east.utcoffset(None), west.utcoffset(None), east.dst(None), timezone(timedelta(0)) is timezone.utc)
print(east == timezone(timedelta(minutes=330), "x"), east != west, hash(east) == hash(timedelta(minutes=330)))
print(west.__getinitargs__(), east.__getinitargs__(), west.__reduce__())
for tz in (east, west, timezone.utc):
    back = pickle.loads(pickle.dumps(tz))
    print(repr(back), back == tz, back is timezone.utc)
for label, f in [
    ("int offset", lambda: timezone(5)),
    ("24h", lambda: timezone(timedelta(hours=24))),
    ("-24h", lambda: timezone(-timedelta(hours=24))),
    ("int name", lambda: timezone(timedelta(0), 5)),
    ("None name", lambda: timezone(timedelta(0), None)),
    ("3 args", lambda: timezone(timedelta(0), "a", 3)),
    ("utcoffset int", lambda: east.utcoffset(5)),
    ("tzname str", lambda: east.tzname("x")),
    ("fromutc int", lambda: east.fromutc(5)),
    ("order", lambda: east < west),
    ("subclass", lambda: type("Sub", (timezone,), {})),
]:
    attempt(label, f, label not in UNQUALIFIED)

base = tzinfo()
for name in ("tzname", "utcoffset", "dst"):
    attempt(name, lambda: getattr(base, name)(None))
attempt("fromutc", lambda: base.fromutc(3))


class Fixed(tzinfo):
    def __init__(self, minutes=0, name="fixed"):
        self.offset = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


class Slotted(Fixed):
    __slots__ = ("extra",)


f = Fixed(90, "ninety")
print(f.__reduce__()[0].__name__, f.__reduce__()[1:])
back = pickle.loads(pickle.dumps(f))
print(type(back).__name__, back.utcoffset(None), back.tzname(None))
s = Slotted(-60, "slot")
s.extra = 42
back = pickle.loads(pickle.dumps(s, 2))
print(type(back).__name__, back.utcoffset(None), back.tzname(None), back.extra)
