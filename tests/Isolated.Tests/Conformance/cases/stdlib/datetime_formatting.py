# date formatting and parsing: isoformat, fromisoformat, ctime, strftime, __format__ (_datetime).
from datetime import date

d = date(2009, 7, 4)
print(d.isoformat(), str(d), d.ctime(), date(2024, 12, 25).ctime(), date(5, 1, 1).isoformat())
print(d.strftime("%Y-%m-%d %a %A %b %B %j %U %W %y %%"), d.strftime("%H:%M:%S"), repr(d.strftime("")))
print(repr(d.strftime("%z|%Z|%f")), format(d), format(d, "%d/%m/%Y"), f"{d:%Y week %W}", f"{d}")
for text in ["2009-07-04", "20090704", "2009-W27", "2009-W27-6", "2009W27", "2009W276", "2020-W53-7",
             "2009-07", "2009-7-4", "2009-07-04T", " 2009-07-04", "2009-0704", "2021-W53", "2009-W27-8",
             "0000-01-01", "2009-13-01", "2009-02-29"]:
    try:
        print(text, repr(date.fromisoformat(text)))
    except Exception as e:
        print(text, type(e).__name__, e)
for bad in [5, b"2009-07-04"]:
    try:
        date.fromisoformat(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    d.strftime(5)
except TypeError as e:
    print("TypeError", e)


class Custom(date):
    def isoformat(self):
        return "custom!"


c = Custom(2001, 2, 3)
print(str(c), repr(c), format(c), format(c, "%Y"))
