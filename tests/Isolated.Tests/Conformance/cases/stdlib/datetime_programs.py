# datetime arithmetic and formatting: schedules, age, business days, timezones with fixed offsets, parsing.
from datetime import date, datetime, time, timedelta, timezone
import calendar

d = date(2024, 1, 31)
print(d + timedelta(days=1), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar(), d.strftime("%A %d %B %Y"))
print(date.fromisoformat("2024-02-29").replace(year=2028), date(2024, 3, 1) - timedelta(days=1), date.fromordinal(738000))
print(d.timetuple()[:6], d.toordinal(), date.min, date.max, date(2024, 5, 17) > date(2024, 5, 16))


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


print([add_months(d, k).isoformat() for k in range(-2, 5)])


def business_days(start, end):
    days = 0
    cur = start
    while cur < end:
        if cur.weekday() < 5:
            days += 1
        cur += timedelta(days=1)
    return days


print(business_days(date(2024, 1, 1), date(2024, 2, 1)), business_days(date(2024, 6, 1), date(2024, 6, 3)))


def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)), age(date(2000, 2, 29), date(2023, 2, 28)))
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"), dt.date(), dt.time(), dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %j"))
print(dt + timedelta(hours=10, minutes=45), dt - datetime(2024, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds())
print(datetime.strptime("2024-07-04 09:15", "%Y-%m-%d %H:%M"), datetime.strptime("05/Nov/2023:13:55:36", "%d/%b/%Y:%H:%M:%S"))
print(datetime.fromisoformat("2024-03-10T14:30:00+02:00"), datetime.fromisoformat("2024-03-10 14:30"), datetime.combine(d, time(8, 0)))
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
meeting = datetime(2024, 11, 5, 15, 0, tzinfo=utc)
for tz in (utc, est, ist):
    local = meeting.astimezone(tz)
    print(local.isoformat(), local.tzname(), local.utcoffset(), local.strftime("%H:%M %Z %z"))
print(meeting == meeting.astimezone(est), datetime(2024, 1, 1, tzinfo=est) - datetime(2024, 1, 1, tzinfo=utc))
print(datetime.fromtimestamp(0, tz=utc), datetime.fromtimestamp(1700000000, tz=utc).isoformat(), meeting.timestamp())
td = timedelta(days=2, hours=25, minutes=-30, seconds=3661.5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td // timedelta(hours=1), td / 2)
print(timedelta(weeks=1) * 1.5, timedelta(0), timedelta(microseconds=-1), timedelta(days=1) % timedelta(hours=5), divmod(timedelta(hours=7), timedelta(hours=2)))
print(time(23, 59, 59).isoformat(), time(7, 5).strftime("%I:%M %p"), time.fromisoformat("12:34:56.789"), time(1, 2, 3, 4))
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 12, 25), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 9))
print(calendar.monthcalendar(2024, 4)[0], list(calendar.Calendar().itermonthdays(2024, 2))[:7])
schedule = sorted([datetime(2024, 5, 3, 9), datetime(2024, 5, 1, 17), datetime(2024, 5, 1, 8)])
for a, b in zip(schedule, schedule[1:]):
    gap = b - a
    print(f"{a:%a %H:%M} -> {b:%a %H:%M}: {gap.days}d {gap.seconds // 3600}h")
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError")
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=utc)
except TypeError as e:
    print("TypeError")
