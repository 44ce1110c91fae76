"""Time zones with zoneinfo (DST transitions, fold) next to fixed offsets; skipped cleanly when tzdata is absent."""
from datetime import datetime, timedelta, timezone
try:
    from zoneinfo import ZoneInfo, available_timezones, ZoneInfoNotFoundError
    ny = ZoneInfo("America/New_York")
    berlin = ZoneInfo("Europe/Berlin")
    have = True
except Exception as e:
    have = False
    print("no tz database:", type(e).__name__)

if have:
    utc = timezone.utc
    d = datetime(2024, 3, 10, 1, 30, tzinfo=ny)
    print(d, d.tzname(), d.utcoffset(), d.dst())
    later = (d.astimezone(utc) + timedelta(hours=1)).astimezone(ny)
    print(later, later.tzname(), later.utcoffset())
    print(d + timedelta(hours=1), (d + timedelta(hours=1)).tzname())
    amb = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
    print(amb.tzname(), amb.replace(fold=1).tzname(), amb.utcoffset(), amb.replace(fold=1).utcoffset())
    print(amb.astimezone(utc), amb.replace(fold=1).astimezone(utc))
    meeting = datetime(2024, 6, 1, 9, 0, tzinfo=berlin)
    for zone in ["America/New_York", "Asia/Tokyo", "Australia/Sydney", "UTC", "Asia/Kolkata"]:
        local = meeting.astimezone(ZoneInfo(zone))
        print(f"{zone:18} {local:%Y-%m-%d %H:%M %Z %z}")
    print(ZoneInfo("UTC") is ZoneInfo("UTC"), repr(ny), str(berlin), ny.key)
    try:
        ZoneInfo("Mars/Olympus_Mons")
    except ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError")
    ts = datetime(2024, 7, 4, 12, tzinfo=ny).timestamp()
    print(ts, datetime.fromtimestamp(ts, tz=berlin))
    print(sorted(z for z in ["Europe/Paris", "America/Chicago"] if z in available_timezones()))
    winter, summer = datetime(2024, 1, 15, 12, tzinfo=berlin), datetime(2024, 7, 15, 12, tzinfo=berlin)
    print(winter.strftime("%Z %z"), summer.strftime("%Z %z"), summer - winter)
