using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>
/// The ISO 8601 subset that Python 3.12's time.fromisoformat and datetime.fromisoformat accept:
/// HH[:MM[:SS[.f...]]] or HH[MM[SS[.f...]]] (',' may replace '.', digits past six are dropped),
/// then an optional offset Z or ±HH[:MM[:SS[.f...]]] (the same clock grammar). A datetime is a
/// date (<see cref="DateType.ParseIsoDate"/>), any one separator character and a time.
/// Grammar errors are reported as <c>Invalid isoformat string: '...'</c>; out-of-range fields
/// are left to the constructors, whose messages CPython shows too.
/// </summary>
public static class IsoFormat
{
    /// <summary>A parsed time of day with its optional UTC offset (sign applied to both offset parts).</summary>
    public struct Clock
    {
        public int Hour, Minute, Second, Microsecond;
        public bool HasOffset;
        public int OffsetSeconds, OffsetMicroseconds;
    }

    public static PyObject? Invalid(ThreadState ts, PyObject text) =>
        Ops.Repr(ts, text) is PyStr r ? ts.Raise(ExceptionKind.ValueError, $"Invalid isoformat string: {r.Value}") : null;

    /// <summary>A time with an optional offset, as after the 'T' of time.fromisoformat or the separator of a datetime.</summary>
    public static bool ParseTime(ReadOnlySpan<char> s, out Clock clock)
    {
        clock = default;
        // A string ending in the fraction mark is rejected even though an empty fraction before an offset is not.
        if (s.Length == 0 || s[^1] is '.' or ',') return false;
        int tz = s.IndexOfAny('+', '-', 'Z');
        var time = tz < 0 ? s : s[..tz];
        if (!ParseHms(time, out clock.Hour, out clock.Minute, out clock.Second, out clock.Microsecond)) return false;
        if (tz < 0) return true;
        clock.HasOffset = true;
        if (s[tz] == 'Z') return tz == s.Length - 1;
        if (!ParseHms(s[(tz + 1)..], out int h, out int m, out int sec, out int us)) return false;
        int sign = s[tz] == '-' ? -1 : 1;
        clock.OffsetSeconds = sign * (h * 3600 + m * 60 + sec);
        clock.OffsetMicroseconds = sign * us;
        return true;
    }

    /// <summary>How many characters the date part of a datetime.fromisoformat string takes (0: no date fits).
    /// The separator after the date may be any character, a digit included, so a basic week date
    /// (YYYYWww or YYYYWwwD) is told apart by the run of digits that follows the week: a time has an
    /// even number of digits, so an odd run ends (after the separator) on a time that has them.</summary>
    public static int DateLength(ReadOnlySpan<char> s)
    {
        if (s.Length < 7) return 0;
        if (s[4] == '-')
        {
            if (s[5] != 'W') return 10;
            // YYYY-Www-D, unless a digit follows where its separator would be: then YYYY-Www and a time.
            if (s.Length > 8 && s[8] == '-') return s.Length > 10 && char.IsAsciiDigit(s[10]) ? 8 : 10;
            return 8;
        }
        if (s[4] != 'W') return 8;
        int end = 7;
        while (end < s.Length && char.IsAsciiDigit(s[end])) end++;
        if (end < 9) return end;
        return end % 2 == 0 ? 7 : 8;
    }

    /// <summary>The tzinfo a parsed offset stands for: null when there is none, timezone.utc for a zero
    /// offset (a sub-second remainder of a zero offset is dropped, as in CPython), else timezone(offset).</summary>
    public static bool OffsetTimeZone(ThreadState ts, in Clock clock, out PyObject? tzinfo)
    {
        tzinfo = null;
        if (!clock.HasOffset) return true;
        var types = ts.Interpreter.Types.Datetime;
        if (clock.OffsetSeconds == 0)
        {
            tzinfo = types.Utc;
            return true;
        }
        var delta = TimeDeltaType.New(ts, 0, clock.OffsetSeconds, clock.OffsetMicroseconds);
        if (delta is null) return false;
        tzinfo = TimeZoneType.New(ts, delta, null);
        return tzinfo is not null;
    }

    /// <summary>HH[:MM[:SS]] or HH[MM[SS]] (one style throughout), then an optional fraction of any length.</summary>
    static bool ParseHms(ReadOnlySpan<char> s, out int hour, out int minute, out int second, out int microsecond)
    {
        hour = minute = second = microsecond = 0;
        Span<int> fields = stackalloc int[3];
        int pos = 0;
        bool? extended = null;
        for (int i = 0; i < 3; i++)
        {
            if (pos + 2 > s.Length || !char.IsAsciiDigit(s[pos]) || !char.IsAsciiDigit(s[pos + 1])) return false;
            fields[i] = (s[pos] - '0') * 10 + (s[pos + 1] - '0');
            pos += 2;
            if (pos == s.Length) break;
            char c = s[pos];
            if (c is '.' or ',')
            {
                if (!ParseFraction(s[(pos + 1)..], out microsecond)) return false;
                pos = s.Length;
                break;
            }
            if (i == 2) return false;
            bool colon = c == ':';
            if (!colon && !char.IsAsciiDigit(c)) return false;
            extended ??= colon;
            if (extended != colon) return false;
            if (colon) pos++;
        }
        hour = fields[0];
        minute = fields[1];
        second = fields[2];
        return pos == s.Length;
    }

    static bool ParseFraction(ReadOnlySpan<char> s, out int microsecond)
    {
        microsecond = 0;
        int scale = 100_000;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            microsecond += (c - '0') * scale;
            scale /= 10;
        }
        return true;
    }
}
