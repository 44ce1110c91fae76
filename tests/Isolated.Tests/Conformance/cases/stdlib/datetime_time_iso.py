# datetime.time and datetime.datetime: construction errors, reprs, isoformat/fromisoformat (the 3.12
# grammar), strftime/__format__ with %z %:z %Z %f, tzinfo result checks. Deterministic: no now().
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class T(time):
    pass


class DT(datetime):
    pass


print(repr(time()), repr(time(1, 2)), repr(time(1, 0, 0, 5)), repr(time(1, 2, 3, fold=1)))
print(repr(time(1, tzinfo=timezone.utc, fold=1)), repr(T(1, 2)), repr(DT(2020, 1, 1)))
print(repr(datetime(2020, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1)), str(datetime(2020, 1, 2, 3, 4, 5)))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6), (1.5,), ('1',), (0, 0, 0, 0, 1)]:
    show(f'time{args}', lambda: time(*args))
show('fold=2', lambda: time(fold=2))
for args in [(0, 1, 1), (10000, 1, 1), (2020, 13, 1), (2020, 2, 30), (2020, 1, 1, 24), (2020.0, 1, 1)]:
    show(f'datetime{args}', lambda: datetime(*args))
print(time.min, time.max, time.resolution, datetime.min, datetime.max, datetime.resolution)

# isoformat / timespec
for spec in ['hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'auto']:
    print(spec, time(1, 2, 3).isoformat(spec), time(1, 2, 3, 4567).isoformat(timespec=spec),
          datetime(2020, 1, 2, 3, 4, 5, 678).isoformat(' ', spec))
show('bad timespec', lambda: time(1).isoformat('x'))
show('timespec int', lambda: datetime(1, 1, 1).isoformat('T', 1))
show('sep str', lambda: datetime(1, 1, 1).isoformat('ab'))
print(datetime(2020, 1, 1, 1, 2, 3).isoformat('\u1234', 'hours'))
print(datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=-5, seconds=1))))
print(time(1, 2, 3, tzinfo=timezone(timedelta(hours=1, seconds=5, microseconds=7))).isoformat())

# fromisoformat
for s in ['01', '0102', '010203', '01:02', '01:02:03.1', '01:02:03,123', '01:02:03.1234567', 'T01:02',
          '01:02:03Z', '01:02:03+05', '01:02:03+0530', '01:02:03+05:30:07.5', '01:02:03-053007.123',
          '01:02:03z', '1', '01:2', '01:02:03.', '01:02:03+', '01:0203', '0102:03', '24:00', '01.5',
          '01:02:03+24:00', '01:02:03-00:00', '', 'T', 'TT01', '01:02Z ']:
    show(f'time.fromisoformat({s!r})', lambda: time.fromisoformat(s))
for s in ['2020-01-02', '20200102', '2020-W01-1', '2020W011', '2020-W01', '2020-01-02T01:02',
          '2020-01-02 01:02:03', '20200102T010203', '2020-01-02X01', '2020-01-02T', '2020-01',
          '2020-13-01', '2020-02-30', '2020-W54-1', '0000-01-01', '2020-01-02T24:00',
          '2020-01-02\u123401:02', '2020-01-02T01:02:03.+05', '2020-01-02T01:02:03+00:00:00.000001',
          '2020-01-02TT01:02', '2020-W01T01', '2020-01-02T01:02:03+05:30:07.123', '2020-01-02\ud80001:02']:
    show(f'datetime.fromisoformat({s!r})', lambda: datetime.fromisoformat(s))
show('fromisoformat(1)', lambda: datetime.fromisoformat(1))
print(type(T.fromisoformat('01:02')).__name__, type(DT.fromisoformat('2020-01-01')).__name__)
for d in [time(1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-3))), datetime(2020, 5, 6, 7, 8, 9, 10, timezone.utc),
          datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)]:
    print(type(d).fromisoformat(d.isoformat()) == d)

# strftime and __format__
tz = timezone(timedelta(hours=5, minutes=30, seconds=7), 'AB%Z')
print(time(1, 2, 3, 45, tzinfo=tz).strftime('%H %f %z %:z %Z %%z %'))
print(time(1, 2, 3, 45).strftime('%H %f [%z] [%Z] %Y-%m-%d %j'))
print(datetime(2021, 3, 4, 5, 6, 7, 8, timezone(-timedelta(hours=8))).strftime('%Y-%m-%d %H:%M:%S.%f %z %:z %Z %a %b %j'))
print(format(time(1, 2), ''), format(time(1, 2), '%H h'), f'{datetime(2020, 1, 1):%Y/%m/%d}', format(datetime(2020, 1, 1), ''))
show('format int', lambda: format(time(1), 1))
show('strftime int', lambda: time(1).strftime(1))


# what a tzinfo returns is checked
class Bad(tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, dt):
        return self.v

    def dst(self, dt):
        return self.v

    def tzname(self, dt):
        return self.v


for v in [1, timedelta(hours=24), timedelta(microseconds=1), 'x']:
    for f in ['utcoffset', 'dst', 'tzname']:
        show(f'{f}({v!r})', lambda: getattr(time(1, tzinfo=Bad(v)), f)())
        show(f'dt.{f}({v!r})', lambda: getattr(datetime(2000, 1, 1, tzinfo=Bad(v)), f)())

# replace, pickling state
print(time(1).replace(hour=3), time(1).replace(fold=1).fold, time(1, tzinfo=timezone.utc).replace(tzinfo=None))
show('replace hour=30', lambda: time(1).replace(hour=30))
print(type(T(1).replace(hour=2)).__name__, type(DT(2020, 1, 1).replace(day=2)).__name__)
print(time(1, 2, 3).__reduce_ex__(2), time(1, 2, 3, fold=1).__reduce_ex__(4), time(1, 2, 3, fold=1).__reduce__())
print(datetime(2020, 1, 2, 3, 4, 5, 6, fold=1).__reduce_ex__(4), datetime(2020, 1, 2, tzinfo=timezone.utc).__reduce__())
print(time(b'\x81\x02\x03\x00\x00\x04'), datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06').fold)
show('bad tz state', lambda: time(b'\x01\x02\x03\x00\x00\x04', 1))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in [time(1, 2, 3, 4, fold=1), datetime(2020, 1, 2, 3, 4, 5, 6, timezone(timedelta(hours=2), 'X'), fold=1), T(5)]:
        back = pickle.loads(pickle.dumps(obj, proto))
        print(proto, repr(back), back.fold)
