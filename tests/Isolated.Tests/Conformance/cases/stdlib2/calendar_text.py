import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
tc = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
print(tc.formatweekheader(3))
print(calendar.calendar(2024, w=2, l=1, c=4, m=4)[:400])
print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.weekday(2024, 7, 4))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.day_name), list(calendar.month_abbr))
print(calendar.day_abbr[0], calendar.month_name[12], calendar.firstweekday())
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()))
print([d for d in c.itermonthdays(2024, 2)][:10])
print([str(d) for d in c.itermonthdates(2024, 2)][:3], len(list(c.itermonthdays2(2024, 2))))
print(c.monthdayscalendar(2024, 2)[0], c.yeardayscalendar(2024, width=3)[0][0][0])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 0, 0, 0, 0, 0, 0)))
html = calendar.HTMLCalendar().formatmonth(2024, 1)
print(html.splitlines()[:3])
print(len(html), html.count("<td"))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print("ValueError:", e)
print(calendar.Month.FEBRUARY, calendar.Day.MONDAY, int(calendar.MONDAY), calendar.Month(3).name)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.weekheader(2))
print(calendar.prmonth(2024, 4) is None)
calendar.setfirstweekday(0)
def count_weekdays(year, month, day):
    return sum(1 for week in calendar.monthcalendar(year, month) if week[day])
print("Fridays in 2024:", sum(count_weekdays(2024, m, calendar.FRIDAY) for m in range(1, 13)))
print("13th on Friday:", [calendar.month_abbr[m] for m in range(1, 13) if calendar.weekday(2026, m, 13) == calendar.FRIDAY])
