"""Business-day arithmetic and reports: datetime/date/timedelta, calendar, holidays, ISO weeks, time.strftime."""
import calendar
import time
from datetime import date, datetime, timedelta, timezone

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 12, 25), date(2024, 11, 28)}

def is_business_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS

def add_business_days(start, n):
    d = start
    step = 1 if n >= 0 else -1
    while n:
        d += timedelta(days=step)
        if is_business_day(d):
            n -= step
    return d

def business_days_between(a, b):
    return sum(1 for i in range((b - a).days) if is_business_day(a + timedelta(days=i + 1)))

start = date(2024, 7, 1)
for n in [1, 3, 5, 10, -3]:
    print(f"{start} + {n:>3} business days = {add_business_days(start, n)} ({add_business_days(start, n):%a})")
print(business_days_between(date(2024, 1, 1), date(2024, 12, 31)), business_days_between(date(2024, 11, 25), date(2024, 12, 2)))
month_ends = [date(2024, m, calendar.monthrange(2024, m)[1]) for m in range(1, 13)]
print([d.strftime("%m-%d") for d in month_ends if d.weekday() >= 5])
last_fridays = []
for m in range(1, 13):
    last = max(week[calendar.FRIDAY] for week in calendar.monthcalendar(2024, m))
    last_fridays.append(last)
print(last_fridays)
weeks = {}
d = date(2024, 12, 23)
while d <= date(2025, 1, 12):
    y, w, _ = d.isocalendar()
    weeks.setdefault(f"{y}-W{w:02d}", []).append(d.day)
    d += timedelta(days=1)
print(weeks)
print(date.fromisocalendar(2025, 1, 1), date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar().week)
deadline = datetime(2024, 3, 15, 17, 0, tzinfo=timezone(timedelta(hours=-4)))
now = datetime(2024, 3, 13, 9, 30, tzinfo=timezone.utc)
left = deadline - now
hours, rem = divmod(left.total_seconds(), 3600)
print(left, f"{int(hours)}h{int(rem // 60):02d}m", left.days, deadline.astimezone(timezone.utc).isoformat())
quarters = {q: [calendar.month_abbr[m] for m in range(3 * q - 2, 3 * q + 1)] for q in range(1, 5)}
print(quarters, (date(2024, 8, 15).month - 1) // 3 + 1)
ages = [(name, (date(2024, 6, 30) - born).days // 365) for name, born in [("a", date(1990, 7, 1)), ("b", date(2000, 2, 29))]]
print(ages, date(2000, 2, 29).replace(year=2004))
try:
    date(2000, 2, 29).replace(year=2001)
except ValueError as e:
    print("ValueError:", e)
t = time.strptime("2024-06-30 23:59:59", "%Y-%m-%d %H:%M:%S")
print(time.strftime("%A %d %B %Y, week %W, day %j", t), calendar.timegm(t), time.strftime("%H:%M", time.gmtime(calendar.timegm(t) + 61)))
print([d.strftime("%a") for d in (date(2024, 1, 1) + timedelta(days=i) for i in range(7))], calendar.day_abbr[date(2024, 2, 29).weekday()])
