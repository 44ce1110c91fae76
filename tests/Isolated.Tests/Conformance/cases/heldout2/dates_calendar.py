# Date arithmetic for scheduling: datetime, timedelta, calendar, iso weeks.
import calendar
from datetime import date, datetime, time, timedelta, timezone

start = date(2024, 1, 31)
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

print([add_months(start, k).isoformat() for k in range(6)])
print(calendar.isleap(2024), calendar.leapdays(1900, 2025), calendar.monthrange(2023, 2))
print(calendar.month(2024, 2))
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
weeks = cal.monthdayscalendar(2024, 3)
print(len(weeks), weeks[0], weeks[-1])
print(calendar.day_name[date(2024, 7, 4).weekday()], calendar.month_abbr[12], list(calendar.day_abbr)[:3])

def business_days(a, b, holidays=()):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5 and d not in holidays:
            n += 1
        d += timedelta(days=1)
    return n

print(business_days(date(2024, 12, 20), date(2025, 1, 6), {date(2024, 12, 25), date(2025, 1, 1)}))
birthday = date(1990, 5, 17)
today = date(2024, 5, 16)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
print("age", age, "days alive", (today - birthday).days)
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar().week, date.fromisocalendar(2024, 1, 1))
dt = datetime(2024, 3, 10, 1, 30, tzinfo=timezone(timedelta(hours=-5), "EST"))
print(dt, dt.astimezone(timezone.utc), dt.utcoffset(), dt.tzname())
print(dt + timedelta(hours=36, minutes=45), (dt + timedelta(weeks=2)).strftime("%Y-%m-%d %a %j"))
delta = datetime(2024, 1, 1) - datetime(2023, 6, 15, 12, 30)
print(delta, delta.days, delta.seconds, delta.total_seconds(), delta / timedelta(hours=1), delta // timedelta(days=7))
print(timedelta(days=-1, seconds=5), -timedelta(hours=1), abs(timedelta(days=-2)), timedelta(microseconds=1500))
print(datetime.fromisoformat("2024-02-29T23:59:59.5+02:00"), datetime.strptime("07/04/24 3PM", "%m/%d/%y %I%p"))
print(datetime.combine(date(2024, 1, 1), time(9, 15)), time(23, 59, 59, 999999).isoformat(timespec="milliseconds"))
print(date(2024, 1, 1).replace(year=2023), date.fromordinal(738000), date(2024, 1, 1).toordinal(), date.min, date.max)
meetings = [datetime(2024, 5, d, h) for d, h in [(3, 9), (1, 14), (3, 8), (2, 11)]]
print([m.strftime("%d %H:%M") for m in sorted(meetings)])
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.now() - datetime.now(timezone.utc)
except TypeError as e:
    print("TypeError:", e)
print(sorted({date(2024, 1, 2): "b", date(2023, 1, 1): "a"}.items()))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), datetime.fromtimestamp(0, timezone.utc), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
