using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>Text forms shared by time and datetime: the clock part of isoformat (with its timespec
/// argument) and UTC offsets as isoformat, str and %z / %:z write them.</summary>
public static class ClockText
{
    public enum Timespec { Auto, Hours, Minutes, Seconds, Milliseconds, Microseconds }

    /// <summary>The timespec argument of isoformat (its position shows in the TypeError); false with the error set.</summary>
    public static bool ParseTimespec(ThreadState ts, PyObject? value, int position, out Timespec spec)
    {
        spec = Timespec.Auto;
        if (value is null) return true;
        if (value is not PyStr s)
        {
            ts.Raise(ExceptionKind.TypeError, $"isoformat() argument {position} must be str, not {TzInfoCalls.TypeName(value.Type)}");
            return false;
        }
        switch (s.Value)
        {
            case "auto": spec = Timespec.Auto; return true;
            case "hours": spec = Timespec.Hours; return true;
            case "minutes": spec = Timespec.Minutes; return true;
            case "seconds": spec = Timespec.Seconds; return true;
            case "milliseconds": spec = Timespec.Milliseconds; return true;
            case "microseconds": spec = Timespec.Microseconds; return true;
        }
        ts.Raise(ExceptionKind.ValueError, "Unknown timespec value");
        return false;
    }

    public static void AppendClock(StringBuilder sb, int hour, int minute, int second, int microsecond, Timespec spec)
    {
        if (spec == Timespec.Auto) spec = microsecond != 0 ? Timespec.Microseconds : Timespec.Seconds;
        Two(sb, hour);
        if (spec == Timespec.Hours) return;
        Two(sb.Append(':'), minute);
        if (spec == Timespec.Minutes) return;
        Two(sb.Append(':'), second);
        if (spec == Timespec.Milliseconds) sb.Append('.').Append((microsecond / 1000).ToString("D3"));
        else if (spec == Timespec.Microseconds) sb.Append('.').Append(microsecond.ToString("D6"));
    }

    /// <summary>±HH[sep]MM, then [sep]SS and .ffffff only when not zero.</summary>
    public static void AppendOffset(StringBuilder sb, long microseconds, string separator)
    {
        sb.Append(microseconds < 0 ? '-' : '+');
        long us = Math.Abs(microseconds);
        long seconds = us / 1_000_000;
        int fraction = (int)(us % 1_000_000);
        Two(sb, (int)(seconds / 3600));
        Two(sb.Append(separator), (int)(seconds / 60 % 60));
        if (seconds % 60 != 0 || fraction != 0)
        {
            Two(sb.Append(separator), (int)(seconds % 60));
            if (fraction != 0) sb.Append('.').Append(fraction.ToString("D6"));
        }
    }

    static void Two(StringBuilder sb, int value) => sb.Append((char)('0' + value / 10)).Append((char)('0' + value % 10));
}
