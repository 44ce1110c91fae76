using System.Text;
using Isolated.Modules.Sys;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Time;

/// <summary>
/// <c>time</c>: clocks, sleep (GIL released, interruptible), and calendar conversions between
/// seconds since the epoch and struct_time in UTC or the local zone (.NET's TimeZoneInfo.Local,
/// which reads TZ and the system zoneinfo as libc does). strftime follows the C locale.
/// </summary>
public static class TimeModule
{
    static readonly string[] Fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
    static readonly string[] ExtraFields = ["tm_zone", "tm_gmtoff"];
    static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static PyType CreateStructTime(BuiltinTypes types) => StructSeqBuilder.Create(types, "time", "struct_time", Fields, ExtraFields);

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "time");
        m.Dict.SetStr("__doc__", interp.Str("This module provides various functions to manipulate time values."));
        Add(m, "time", static (ts, s, a, k) => Float(ts, Clocks.Nanoseconds(Clocks.Realtime) * 1e-9));
        Add(m, "time_ns", static (ts, s, a, k) => ts.Interpreter.Int(Clocks.Nanoseconds(Clocks.Realtime)));
        Add(m, "monotonic", static (ts, s, a, k) => Float(ts, Clocks.Nanoseconds(Clocks.Monotonic) * 1e-9));
        Add(m, "monotonic_ns", static (ts, s, a, k) => ts.Interpreter.Int(Clocks.Nanoseconds(Clocks.Monotonic)));
        Add(m, "perf_counter", static (ts, s, a, k) => Float(ts, Clocks.Nanoseconds(Clocks.Monotonic) * 1e-9));
        Add(m, "perf_counter_ns", static (ts, s, a, k) => ts.Interpreter.Int(Clocks.Nanoseconds(Clocks.Monotonic)));
        Add(m, "process_time", static (ts, s, a, k) => Float(ts, Clocks.Nanoseconds(Clocks.ProcessCpu) * 1e-9));
        Add(m, "process_time_ns", static (ts, s, a, k) => ts.Interpreter.Int(Clocks.Nanoseconds(Clocks.ProcessCpu)));
        Add(m, "thread_time", static (ts, s, a, k) => Float(ts, Clocks.Nanoseconds(Clocks.ThreadCpu) * 1e-9));
        Add(m, "thread_time_ns", static (ts, s, a, k) => ts.Interpreter.Int(Clocks.Nanoseconds(Clocks.ThreadCpu)));
        Add(m, "sleep", Sleep);
        Add(m, "gmtime", static (ts, s, a, k) => Convert(ts, a, k, "gmtime", local: false));
        Add(m, "localtime", static (ts, s, a, k) => Convert(ts, a, k, "localtime", local: true));
        Add(m, "mktime", MkTime);
        Add(m, "asctime", AscTime);
        Add(m, "ctime", CTime);
        Add(m, "strftime", StrFTime);
        Add(m, "strptime", StrPTime);
        Add(m, "get_clock_info", GetClockInfo);
        m.Dict.SetStr("struct_time", interp.Types.StructTime);
        m.Dict.SetStr("_STRUCT_TM_ITEMS", interp.Int(11));
        var zone = TimeZoneInfo.Local;
        int year = DateTime.UtcNow.Year;
        var jan = zone.GetUtcOffset(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var jul = zone.GetUtcOffset(new DateTime(year, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        var standard = jan <= jul ? jan : jul;
        var summer = jan <= jul ? jul : jan;
        m.Dict.SetStr("timezone", interp.Int(-(long)standard.TotalSeconds));
        m.Dict.SetStr("altzone", interp.Int(-(long)summer.TotalSeconds));
        m.Dict.SetStr("daylight", interp.Int(zone.SupportsDaylightSavingTime && jan != jul ? 1 : 0));
        m.Dict.SetStr("tzname", interp.Tuple(interp.Str(ZoneAbbreviation(zone, false)), interp.Str(ZoneAbbreviation(zone, true))));
        foreach (var (name, id) in new[] { ("CLOCK_REALTIME", 0), ("CLOCK_MONOTONIC", 1), ("CLOCK_PROCESS_CPUTIME_ID", 2), ("CLOCK_THREAD_CPUTIME_ID", 3) })
            m.Dict.SetStr(name, interp.Int(id));
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn) => WeakrefModule.Add(m, name, fn);

    static PyObject Float(ThreadState ts, double v) => new PyFloat(ts.Interpreter.Types.Float, v);

    static string ZoneAbbreviation(TimeZoneInfo zone, bool dst)
    {
        if (zone.Id is "UTC" or "Etc/UTC" or "Universal" or "Zulu") return "UTC";
        string name = dst ? zone.DaylightName : zone.StandardName;
        // With invariant globalization .NET gives no abbreviations; use what TZ names when plain.
        if (name.Length is > 0 and <= 6 && !name.Contains(' ')) return name;
        var offset = dst ? zone.BaseUtcOffset + TimeSpan.FromHours(1) : zone.BaseUtcOffset;
        if (offset == TimeSpan.Zero) return "UTC";
        return (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hhmm");
    }

    static PyObject? Sleep(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "sleep", args, kw, 1, 1)) return null;
        if (args[0] is not (PyInt or PyFloat) && args[0].Type.Slots.Float is null && args[0].Type.Slots.Index is null)
            return ts.Raise(ExceptionKind.TypeError, $"'{args[0].Type.Name}' object cannot be interpreted as an integer");
        if (!Ops.AsDouble(ts, args[0], out double secs)) return null;
        if (double.IsNaN(secs)) return ts.Raise(ExceptionKind.ValueError, "Invalid value NaN (not a number)");
        if (secs < 0) return ts.Raise(ExceptionKind.ValueError, "sleep length must be non-negative");
        if (secs > 9223372036.0) return ts.Raise(ExceptionKind.OverflowError, "sleep length is too large");
        return Thread.LockWaiting.Sleep(ts, secs) ? ts.Interpreter.None : null;
    }

    // ---- calendar conversions ----

    /// <summary>The optional seconds argument of gmtime/localtime/ctime: now when absent or None.</summary>
    static bool Seconds(ThreadState ts, ReadOnlySpan<PyObject> args, out long seconds)
    {
        seconds = 0;
        if (args.Length == 0 || ReferenceEquals(args[0], ts.Interpreter.None))
        {
            seconds = Clocks.Nanoseconds(Clocks.Realtime) / 1_000_000_000;
            return true;
        }
        if (args[0] is PyFloat f)
        {
            if (double.IsNaN(f.Value)) { ts.Raise(ExceptionKind.ValueError, "Invalid value NaN (not a number)"); return false; }
            if (Math.Abs(f.Value) > 9.2e18) { ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t"); return false; }
            seconds = (long)Math.Floor(f.Value);
            return true;
        }
        if (!Ops.AsLong(ts, args[0], out seconds))
        {
            if (ts.CurrentException?.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.OverflowError)) == true)
            {
                ts.CurrentException = null;
                ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t");
            }
            return false;
        }
        return true;
    }

    // From ticks: TotalSeconds as a double rounds the last second of 9999 up to one past the range.
    static readonly long MinSeconds = (DateTime.MinValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
    static readonly long MaxSeconds = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;

    public static PyObject? StructFromSeconds(ThreadState ts, long seconds, bool local)
    {
        if (seconds < MinSeconds || seconds > MaxSeconds)
            return ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t");
        var utc = DateTime.UnixEpoch.AddSeconds(seconds);
        if (!local) return MakeStruct(ts, utc, 0, "GMT", 0);
        var zone = TimeZoneInfo.Local;
        var offset = zone.GetUtcOffset(utc);
        bool dst = zone.IsDaylightSavingTime(utc);
        var when = DateTime.SpecifyKind(utc + offset, DateTimeKind.Unspecified);
        return MakeStruct(ts, when, dst ? 1 : 0, ZoneAbbreviation(zone, dst), (long)offset.TotalSeconds);
    }

    static PyObject MakeStruct(ThreadState ts, DateTime t, int isdst, string zone, long gmtoff)
    {
        var interp = ts.Interpreter;
        var items = new PyObject[]
        {
            interp.Int(t.Year), interp.Int(t.Month), interp.Int(t.Day), interp.Int(t.Hour), interp.Int(t.Minute), interp.Int(t.Second),
            interp.Int(((int)t.DayOfWeek + 6) % 7), interp.Int(t.DayOfYear), interp.Int(isdst),
        };
        return StructSeqBuilder.Make(interp.Types.StructTime, items, [interp.Str(zone), interp.Int(gmtoff)]);
    }

    static PyObject? Convert(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool local)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 0, 1)) return null;
        if (!Seconds(ts, args, out long secs)) return null;
        return StructFromSeconds(ts, secs, local);
    }

    /// <summary>The broken-down fields of a struct_time or 9-tuple argument.</summary>
    struct Broken
    {
        public long Year, Mon, Mday, Hour, Min, Sec, Wday, Yday, IsDst;
        public string? Zone;
        public long? GmtOff;
    }

    static bool ParseTuple(ThreadState ts, PyObject arg, string function, out Broken b)
    {
        b = default;
        if (arg is not PyTuple t)
        {
            ts.Raise(ExceptionKind.TypeError, "Tuple or struct_time argument required");
            return false;
        }
        if (t.Count != 9)
        {
            ts.Raise(ExceptionKind.TypeError, $"{function}(): illegal time tuple argument");
            return false;
        }
        Span<long> v = stackalloc long[9];
        for (int i = 0; i < 9; i++)
        {
            if (t.Items[i] is PyFloat)
            {
                ts.Raise(ExceptionKind.TypeError, "'float' object cannot be interpreted as an integer");
                return false;
            }
            if (!Ops.AsLong(ts, t.Items[i], out v[i])) return false;
        }
        b = new Broken { Year = v[0], Mon = v[1], Mday = v[2], Hour = v[3], Min = v[4], Sec = v[5], Wday = v[6], Yday = v[7], IsDst = v[8] };
        if (arg is PyStructSeqValue sv && sv.Extra.Length == 2)
        {
            if (sv.Extra[0] is PyStr z) b.Zone = z.Value;
            if (sv.Extra[1] is PyInt g && g.IsSmall) b.GmtOff = g.Small;
        }
        return true;
    }

    /// <summary>CPython's checktm + gettmarg normalisation for asctime/strftime.</summary>
    static bool CheckRanges(ThreadState ts, ref Broken b, bool forStrftime)
    {
        if (forStrftime)
        {
            if (b.Mon == 0) b.Mon = 1;
            if (b.Mday == 0) b.Mday = 1;
            if (b.Yday == 0) b.Yday = 1;
            if (b.Wday < 0) { ts.Raise(ExceptionKind.ValueError, "day of week out of range"); return false; }
            if (b.IsDst < -1) b.IsDst = -1; else if (b.IsDst > 1) b.IsDst = 1;
        }
        string? err = b.Mon is < 1 or > 12 ? "month out of range"
            : b.Mday is < 1 or > 31 ? "day of month out of range"
            : b.Hour is < 0 or > 23 ? "hour out of range"
            : b.Min is < 0 or > 59 ? "minute out of range"
            : b.Sec is < 0 or > 61 ? "seconds out of range"
            : b.Wday < 0 ? "day of week out of range"
            : b.Yday is < 1 or > 366 ? "day of year out of range"
            : null;
        if (err is not null) { ts.Raise(ExceptionKind.ValueError, err); return false; }
        b.Wday %= 7;
        return true;
    }

    static PyObject? MkTime(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "mktime", args, kw, 1, 1)) return null;
        if (!ParseTuple(ts, args[0], "mktime", out var b)) return null;
        try
        {
            var local = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
                .AddYears((int)(b.Year - 1970)).AddMonths((int)(b.Mon - 1)).AddDays(b.Mday - 1)
                .AddHours(b.Hour).AddMinutes(b.Min).AddSeconds(b.Sec);
            var zone = TimeZoneInfo.Local;
            var offset = zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
            double secs = (local - offset - DateTime.UnixEpoch).TotalSeconds;
            return Float(ts, secs);
        }
        catch (ArgumentOutOfRangeException)
        {
            return ts.Raise(ExceptionKind.OverflowError, "mktime argument out of range");
        }
    }

    static string AscFormat(in Broken b) =>
        $"{DayNames[b.Wday % 7][..3]} {MonthNames[b.Mon - 1][..3]} {b.Mday,2} {b.Hour:00}:{b.Min:00}:{b.Sec:00} {b.Year}";

    static bool BrokenFromSeconds(long secs, bool local, out Broken b)
    {
        var utc = DateTime.UnixEpoch.AddSeconds(secs);
        var t = local ? utc + TimeZoneInfo.Local.GetUtcOffset(utc) : utc;
        b = new Broken { Year = t.Year, Mon = t.Month, Mday = t.Day, Hour = t.Hour, Min = t.Minute, Sec = t.Second, Wday = ((int)t.DayOfWeek + 6) % 7, Yday = t.DayOfYear };
        return true;
    }

    static PyObject? AscTime(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "asctime", args, kw, 0, 1)) return null;
        Broken b;
        if (args.Length == 0) BrokenFromSeconds(Clocks.Nanoseconds(Clocks.Realtime) / 1_000_000_000, true, out b);
        else if (!ParseTuple(ts, args[0], "asctime", out b) || !CheckRanges(ts, ref b, false)) return null;
        return ts.Interpreter.Str(AscFormat(b));
    }

    static PyObject? CTime(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "ctime", args, kw, 0, 1)) return null;
        if (!Seconds(ts, args, out long secs)) return null;
        if (secs < MinSeconds || secs > MaxSeconds) return ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t");
        BrokenFromSeconds(secs, true, out var b);
        return ts.Interpreter.Str(AscFormat(b));
    }

    static PyObject? StrFTime(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "strftime", args, kw, 1, 2)) return null;
        if (args[0] is not PyStr fmt) return ts.Raise(ExceptionKind.TypeError, $"strftime() argument 1 must be str, not {args[0].Type.Name}");
        Broken b;
        if (args.Length == 1)
        {
            var now = Clocks.Nanoseconds(Clocks.Realtime) / 1_000_000_000;
            if (StructFromSeconds(ts, now, true) is not PyStructSeqValue st || !ParseTuple(ts, st, "strftime", out b)) return null;
        }
        else if (!ParseTuple(ts, args[1], "strftime", out b)) return null;
        if (!CheckRanges(ts, ref b, true)) return null;
        return ts.Interpreter.Str(Format(fmt.Value, b));
    }

    static string Format(string fmt, in Broken b)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            char d = fmt[++i];
            switch (d)
            {
                case 'a': sb.Append(DayNames[b.Wday][..3]); break;
                case 'A': sb.Append(DayNames[b.Wday]); break;
                case 'b': case 'h': sb.Append(MonthNames[b.Mon - 1][..3]); break;
                case 'B': sb.Append(MonthNames[b.Mon - 1]); break;
                case 'c': sb.Append(AscFormat(b)); break;
                case 'C': sb.Append((b.Year / 100).ToString("00")); break;
                case 'd': sb.Append(b.Mday.ToString("00")); break;
                case 'D': sb.Append($"{b.Mon:00}/{b.Mday:00}/{b.Year % 100:00}"); break;
                case 'e': sb.Append($"{b.Mday,2}"); break;
                case 'F': sb.Append($"{b.Year}-{b.Mon:00}-{b.Mday:00}"); break;
                case 'H': sb.Append(b.Hour.ToString("00")); break;
                case 'I': sb.Append((b.Hour % 12 == 0 ? 12 : b.Hour % 12).ToString("00")); break;
                case 'j': sb.Append(b.Yday.ToString("000")); break;
                case 'm': sb.Append(b.Mon.ToString("00")); break;
                case 'M': sb.Append(b.Min.ToString("00")); break;
                case 'n': sb.Append('\n'); break;
                case 'p': sb.Append(b.Hour < 12 ? "AM" : "PM"); break;
                case 'r': sb.Append($"{(b.Hour % 12 == 0 ? 12 : b.Hour % 12):00}:{b.Min:00}:{b.Sec:00} {(b.Hour < 12 ? "AM" : "PM")}"); break;
                case 'R': sb.Append($"{b.Hour:00}:{b.Min:00}"); break;
                case 'S': sb.Append(b.Sec.ToString("00")); break;
                case 't': sb.Append('\t'); break;
                case 'T': case 'X': sb.Append($"{b.Hour:00}:{b.Min:00}:{b.Sec:00}"); break;
                case 'u': sb.Append(b.Wday + 1); break;
                case 'w': sb.Append((b.Wday + 1) % 7); break;
                case 'U': sb.Append(((b.Yday - 1 + 7 - (b.Wday + 1) % 7) / 7).ToString("00")); break;
                case 'W': sb.Append(((b.Yday - 1 + 7 - b.Wday) / 7).ToString("00")); break;
                case 'x': sb.Append($"{b.Mon:00}/{b.Mday:00}/{b.Year % 100:00}"); break;
                case 'y': sb.Append((b.Year % 100).ToString("00")); break;
                case 'Y': sb.Append(b.Year); break;
                case 'G': sb.Append(System.Globalization.ISOWeek.GetYear(new DateTime((int)b.Year, (int)b.Mon, (int)b.Mday))); break;
                case 'V': sb.Append(System.Globalization.ISOWeek.GetWeekOfYear(new DateTime((int)b.Year, (int)b.Mon, (int)b.Mday)).ToString("00")); break;
                case 'z':
                {
                    long off = b.GmtOff ?? (long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds;
                    sb.Append(off < 0 ? '-' : '+');
                    off = Math.Abs(off);
                    sb.Append((off / 3600).ToString("00")).Append((off / 60 % 60).ToString("00"));
                    break;
                }
                case 'Z': sb.Append(b.Zone ?? ZoneAbbreviation(TimeZoneInfo.Local, b.IsDst > 0)); break;
                case '%': sb.Append('%'); break;
                default: sb.Append('%').Append(d); break;
            }
        }
        return sb.ToString();
    }

    static PyObject? StrPTime(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var mod = Ops.Call(ts, SysState.Of(ts.Interpreter).Builtins.Dict.GetStr("__import__")!, ts.Interpreter.Str("_strptime"));
        if (mod is null) return null;
        var fn = Ops.GetAttr(ts, mod, "_strptime_time");
        return fn is null ? null : Ops.Call(ts, fn, args, kw);
    }

    static PyObject? GetClockInfo(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "get_clock_info", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, $"get_clock_info() argument 1 must be str, not {args[0].Type.Name}");
        var (impl, clock, monotonic, adjustable) = name.Value switch
        {
            "time" => ("clock_gettime(CLOCK_REALTIME)", Clocks.Realtime, false, true),
            "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", Clocks.Monotonic, true, false),
            "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", Clocks.ProcessCpu, true, false),
            "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", Clocks.ThreadCpu, true, false),
            _ => (null, 0, false, false),
        };
        if (impl is null) return ts.Raise(ExceptionKind.ValueError, "unknown clock");
        var interp = ts.Interpreter;
        var ns = NamespaceType.New(interp);
        ns.InstanceDict!.SetStr("implementation", interp.Str(impl));
        ns.InstanceDict.SetStr("monotonic", interp.Bool(monotonic));
        ns.InstanceDict.SetStr("adjustable", interp.Bool(adjustable));
        ns.InstanceDict.SetStr("resolution", Float(ts, Clocks.Resolution(clock)));
        return ns;
    }
}
