namespace Isolated.Modules.Datetime;

/// <summary>
/// The proleptic Gregorian calendar arithmetic that date and datetime share: ordinal 1 is
/// 0001-01-01 (a Monday). Pure functions of integers; callers validate ranges first.
/// </summary>
public static class CalendarMath
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;
    /// <summary>The ordinal of 9999-12-31.</summary>
    public const int MaxOrdinal = 3652059;

    static readonly int[] DaysInMonthTable = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    static readonly int[] DaysBeforeMonthTable = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    static readonly string[] DayAbbreviations = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    static readonly string[] MonthAbbreviations = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static bool IsLeap(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(int year, int month) =>
        month == 2 && IsLeap(year) ? 29 : DaysInMonthTable[month];

    /// <summary>Days in the years before <paramref name="year"/> (0 for year 1).</summary>
    public static int DaysBeforeYear(int year)
    {
        int y = year - 1;
        return y * 365 + y / 4 - y / 100 + y / 400;
    }

    /// <summary>Days in <paramref name="year"/> before the first of <paramref name="month"/>.</summary>
    public static int DaysBeforeMonth(int year, int month) =>
        DaysBeforeMonthTable[month] + (month > 2 && IsLeap(year) ? 1 : 0);

    public static int YmdToOrdinal(int year, int month, int day) =>
        DaysBeforeYear(year) + DaysBeforeMonth(year, month) + day;

    /// <summary>The date of ordinal <paramref name="ordinal"/> (1 ≤ ordinal ≤ <see cref="MaxOrdinal"/>).</summary>
    public static void OrdinalToYmd(int ordinal, out int year, out int month, out int day)
    {
        // Whole 400-year cycles (146097 days) first, then 100-, 4- and 1-year runs inside one.
        int n = ordinal - 1;
        int n400 = n / 146097;
        n %= 146097;
        int n100 = n / 36524;
        n %= 36524;
        int n4 = n / 1461;
        n %= 1461;
        int n1 = n / 365;
        n %= 365;
        year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
        if (n1 == 4 || n100 == 4)
        {
            // The last day of a leap cycle: December 31 of the year before.
            year--;
            month = 12;
            day = 31;
            return;
        }
        month = (n + 50) >> 5;
        int before = DaysBeforeMonth(year, month);
        if (before > n)
        {
            month--;
            before = DaysBeforeMonth(year, month);
        }
        day = n - before + 1;
    }

    /// <summary>Monday is 0, Sunday is 6.</summary>
    public static int Weekday(int year, int month, int day) => (YmdToOrdinal(year, month, day) + 6) % 7;

    /// <summary>Day of the year, 1 for January 1.</summary>
    public static int DayOfYear(int year, int month, int day) => DaysBeforeMonth(year, month) + day;

    /// <summary>The ordinal of the Monday that starts ISO week 1 of <paramref name="isoYear"/>.</summary>
    public static int IsoWeek1Monday(int isoYear)
    {
        int firstDay = YmdToOrdinal(isoYear, 1, 1);
        int firstWeekday = (firstDay + 6) % 7;
        int monday = firstDay - firstWeekday;
        // Week 1 is the week holding the year's first Thursday.
        if (firstWeekday > 3) monday += 7;
        return monday;
    }

    /// <summary>The ISO year, week (1..53) and weekday (1 = Monday .. 7) of a date.</summary>
    public static void IsoCalendar(int year, int month, int day, out int isoYear, out int week, out int weekday)
    {
        isoYear = year;
        int ordinal = YmdToOrdinal(year, month, day);
        int monday = IsoWeek1Monday(isoYear);
        int offset = ordinal - monday;
        if (offset < 0)
        {
            isoYear--;
            monday = IsoWeek1Monday(isoYear);
            offset = ordinal - monday;
        }
        else if (offset >= 52 * 7 && isoYear < MaxYear + 1 && ordinal >= IsoWeek1Monday(isoYear + 1))
        {
            isoYear++;
            offset = ordinal - IsoWeek1Monday(isoYear);
        }
        week = offset / 7 + 1;
        weekday = offset % 7 + 1;
    }

    /// <summary>Whether an ISO year has 53 weeks (it starts on a Thursday, or on a Wednesday in a leap year).</summary>
    public static bool HasWeek53(int isoYear)
    {
        int firstWeekday = (YmdToOrdinal(isoYear, 1, 1) + 6) % 7;
        return firstWeekday == 3 || firstWeekday == 2 && IsLeap(isoYear);
    }

    /// <summary>The ordinal of ISO (year, week, weekday); the caller checked week and weekday ranges.</summary>
    public static int IsoToOrdinal(int isoYear, int week, int weekday) =>
        IsoWeek1Monday(isoYear) + (week - 1) * 7 + (weekday - 1);

    public static string DayAbbreviation(int weekday) => DayAbbreviations[weekday];
    public static string MonthAbbreviation(int month) => MonthAbbreviations[month];
}
