from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), (date(2024, 12, 25) - d).days, d.weekday(), d.isoweekday(), d.isocalendar())
print(d.replace(year=2023), d.toordinal(), date.fromordinal(738000), date.fromisoformat("2024-03-01"), d.ctime())
dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt, dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"), dt.date(), dt.time(), dt.timetz())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %A %B %j %U %W %a %b %p %I %y %%"))
print(dt.strftime("%c | %x | %X"))
print(datetime.strptime("2024-03-10 14:30", "%Y-%m-%d %H:%M"), datetime.strptime("10/Mar/2024:08:05:09", "%d/%b/%Y:%H:%M:%S"))
print(datetime.strptime("Sunday, March 10 2024 2PM", "%A, %B %d %Y %I%p"), datetime.strptime("2024-070", "%Y-%j"))
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)

td = timedelta(days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500)
print(td, td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1))
print(timedelta(seconds=-1), timedelta(microseconds=1), timedelta(weeks=3) % timedelta(days=5), repr(timedelta(hours=1)))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(days=1) > timedelta(hours=23))

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 1, 15, 12, 0, tzinfo=utc)
print(a, a.astimezone(est), a.astimezone(ist), a.astimezone(ist).isoformat(), a.tzname(), a.astimezone(est).tzname())
print(ist, repr(ist), ist.utcoffset(None), est.tzname(None), timezone(timedelta(0)), timezone(-timedelta(hours=3, minutes=15)))
b = datetime(2024, 1, 15, 7, 0, tzinfo=est)
print(a == b, a - b, b.utcoffset(), b.dst(), b.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(86400 * 365.25, tz=ist))
print(b.strftime("%z %Z %H:%M %:z"), datetime.fromisoformat("2024-01-15T07:00:00-05:00"), datetime.fromisoformat("2024-01-15T07:00:00Z"))
print(datetime.fromisoformat("2024-01-15 07:00:00.5+05:30").utcoffset(), datetime(2024, 1, 1).tzinfo, datetime(2024, 1, 1, tzinfo=utc).utctimetuple()[:6])
try:
    datetime(2024, 1, 1) < a
except TypeError as e:
    print("TypeError:", e)
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError:", e)
print(datetime(2024, 1, 31) + timedelta(days=30), datetime.combine(date(2020, 5, 17), time(23, 59, tzinfo=ist)))
print(time(9, 5), time(9, 5, 7, 1000), time.fromisoformat("09:05:07.001"), time(12).isoformat("seconds"), time(1, tzinfo=utc))
print(sorted([datetime(2024, 1, 2), datetime(2023, 12, 31, 23), datetime(2024, 1, 1)]))
print(max(date(2020, 1, 1), date(2019, 12, 31)), date.min, date.max, datetime(2000, 1, 1).replace(tzinfo=utc).timestamp())
start = datetime(2024, 3, 1)
print([(start + timedelta(weeks=i)).strftime("%b %d") for i in range(5)])
age = date(2024, 6, 1).year - date(1990, 8, 15).year - ((6, 1) < (8, 15))
print("age", age, date(2024, 3, 10).strftime("%d.%m.%Y"), f"{date(2024, 3, 10):%Y/%m/%d}", f"{dt:%H:%M}")
print(datetime(2024, 3, 10, 1, 2, 3).timetuple(), date(2024, 1, 1).isocalendar().week)
