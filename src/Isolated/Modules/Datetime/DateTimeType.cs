using System.Text;
using Isolated.Execution.Import;
using Isolated.Modules.Time;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>
/// datetime.datetime, a subclass of date: a date and time of day with an optional tzinfo and the
/// PEP 495 fold. Internally a datetime is also "microseconds since 0001-01-01 00:00" (its total),
/// which arithmetic, comparisons and hashing work on.
/// </summary>
public static class DateTimeType
{
    const long DayMicroseconds = 86_400L * 1_000_000;
    /// <summary>The total of 1970-01-01 00:00, the POSIX epoch.</summary>
    const long EpochTotal = 719_162L * DayMicroseconds;
    const long MaxTotal = CalendarMath.MaxOrdinal * DayMicroseconds - 1;

    static readonly string[] ConstructorNames = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("datetime", types.Datetime.Date, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Repr = Repr;
            s.Str = static (ts, self) => IsoFormat(ts, (PyDateTime)self, ' ', ClockText.Timespec.Auto);
            s.Hash = Hash;
            s.RichCompare = RichCompare;
            s.Add = Add;
            s.Subtract = Subtract;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("datetime"));
        type.AddValue("__doc__", interp.Str("datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n"));
        type.AddGetSet("hour", static (ts, self) => ts.Interpreter.Int(((PyDateTime)self).Hour));
        type.AddGetSet("minute", static (ts, self) => ts.Interpreter.Int(((PyDateTime)self).Minute));
        type.AddGetSet("second", static (ts, self) => ts.Interpreter.Int(((PyDateTime)self).Second));
        type.AddGetSet("microsecond", static (ts, self) => ts.Interpreter.Int(((PyDateTime)self).Microsecond));
        type.AddGetSet("tzinfo", static (ts, self) => ((PyDateTime)self).TzInfo ?? ts.Interpreter.None);
        type.AddGetSet("fold", static (ts, self) => ts.Interpreter.Int(((PyDateTime)self).Fold));
        type.AddMethod("utcoffset", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "utcoffset", a, k, 0, 0) ? TzInfoCalls.Offset(ts, ((PyDateTime)self).TzInfo, self, "utcoffset") : null,
            "Return self.tzinfo.utcoffset(self).");
        type.AddMethod("dst", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "dst", a, k, 0, 0) ? TzInfoCalls.Offset(ts, ((PyDateTime)self).TzInfo, self, "dst") : null,
            "Return self.tzinfo.dst(self).");
        type.AddMethod("tzname", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "tzname", a, k, 0, 0) ? TzInfoCalls.TzName(ts, ((PyDateTime)self).TzInfo, self) : null,
            "Return self.tzinfo.tzname(self).");
        type.AddMethod("isoformat", static (ts, self, a, k) =>
        {
            Span<PyObject?> bound = new PyObject?[2];
            if (!ArgBinder.Bind(ts, "isoformat", a, k, ["sep", "timespec"], 0, bound)) return null;
            char sep = 'T';
            string? wideSep = null;
            if (bound[0] is { } sepArg)
            {
                if (sepArg is not PyStr s || s.CodePointLength != 1)
                    return ts.Raise(ExceptionKind.TypeError, $"isoformat() argument 1 must be a unicode character, not {TzInfoCalls.TypeName(sepArg.Type)}");
                if (s.Value.Length == 1) sep = s.Value[0];
                else wideSep = s.Value;
            }
            if (!ClockText.ParseTimespec(ts, bound[1], 2, out var spec)) return null;
            return IsoFormat(ts, (PyDateTime)self, sep, spec, wideSep);
        }, "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\nsep is used to separate the year from the time, and defaults to 'T'.\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n");
        type.AddMethod("ctime", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "ctime", a, k, 0, 0)) return null;
            var d = (PyDateTime)self;
            return ts.Interpreter.Str(DateType.CTime(d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second));
        }, "Return ctime() style string.");
        type.AddMethod("timetuple", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "timetuple", a, k, 0, 0)) return null;
            var d = (PyDateTime)self;
            int isDst = -1;
            if (d.TzInfo is not null)
            {
                var dst = TzInfoCalls.Offset(ts, d.TzInfo, d, "dst");
                if (dst is null) return null;
                if (dst is PyTimeDelta delta) isDst = delta.IsZero ? 0 : 1;
            }
            return DateType.TimeTuple(ts, d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second, isDst);
        }, "Return time tuple, compatible with time.localtime().");
        type.AddMethod("utctimetuple", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "utctimetuple", a, k, 0, 0)) return null;
            var d = (PyDateTime)self;
            if (!TzInfoCalls.UtcOffset(ts, d.TzInfo, d, out bool known, out long offset)) return null;
            long total = Total(d) - (known ? offset : 0);
            if (total < 0 || total > MaxTotal) return ts.Raise(ExceptionKind.OverflowError, "date value out of range");
            Split(total, out int y, out int mo, out int day, out int h, out int mi, out int sec, out _);
            return DateType.TimeTuple(ts, y, mo, day, h, mi, sec, 0);
        }, "Return UTC time tuple, compatible with time.localtime().");
        type.AddMethod("timestamp", Timestamp, "Return POSIX timestamp as float.");
        type.AddMethod("date", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "date", a, k, 0, 0)) return null;
            var d = (PyDateTime)self;
            return new PyDate(ts.Interpreter.Types.Datetime.Date, d.Year, d.Month, d.Day);
        }, "Return date object with same year, month and day.");
        type.AddMethod("time", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "time", a, k, 0, 0)) return null;
            var d = (PyDateTime)self;
            return new PyTime(ts.Interpreter.Types.Datetime.Time, d.Hour, d.Minute, d.Second, d.Microsecond, null, d.Fold);
        }, "Return time object with same time but with tzinfo=None.");
        type.AddMethod("timetz", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "timetz", a, k, 0, 0)) return null;
            var d = (PyDateTime)self;
            return new PyTime(ts.Interpreter.Types.Datetime.Time, d.Hour, d.Minute, d.Second, d.Microsecond, d.TzInfo, d.Fold);
        }, "Return time object with same time and tzinfo.");
        type.AddMethod("replace", Replace, "Return datetime with new specified fields.");
        type.AddMethod("astimezone", AsTimeZone, "tz -> convert to local time in new timezone tz\n");
        type.AddMethod("__reduce_ex__", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__reduce_ex__", a, k, 1, 1) || !Ops.AsInt32(ts, a[0], out int protocol)) return null;
            return Reduce(ts, (PyDateTime)self, protocol);
        }, "__reduce_ex__(proto) -> (cls, state)");
        type.AddMethod("__reduce__", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "__reduce__", a, k, 0, 0) ? Reduce(ts, (PyDateTime)self, 2) : null,
            "__reduce__() -> (cls, state)");
        type.AddClassMethod("now", Now, "Returns new datetime object representing current time local to tz.\n\n  tz\n    Timezone object.\n\nIf no tz is specified, uses local timezone.");
        type.AddClassMethod("utcnow", UtcNow, "Return a new datetime representing UTC day and time.");
        type.AddClassMethod("fromtimestamp", FromTimestamp, "timestamp[, tz] -> tz's local time from POSIX timestamp.");
        type.AddClassMethod("utcfromtimestamp", UtcFromTimestamp, "Construct a naive UTC datetime from a POSIX timestamp.");
        type.AddClassMethod("combine", Combine, "date, time -> datetime with same date and time fields");
        type.AddClassMethod("fromisoformat", FromIsoFormat, "string -> datetime from a string in most ISO 8601 formats");
        type.AddClassMethod("strptime", StrPTime, "string, format -> new datetime parsed from a string (like time.strptime()).");
        type.AddValue("min", new PyDateTime(type, 1, 1, 1, 0, 0, 0, 0, null, 0));
        type.AddValue("max", new PyDateTime(type, 9999, 12, 31, 23, 59, 59, 999_999, null, 0));
        type.AddValue("resolution", new PyTimeDelta(interp.Types.Datetime.TimeDelta, 0, 0, 1));
    }

    // ---- construction ----

    /// <summary>A new datetime of exactly <paramref name="type"/> (a subclass gets an instance with a __dict__), no __new__ call.</summary>
    public static PyDateTime Make(ThreadState ts, PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject? tzinfo, int fold) =>
        ReferenceEquals(type, ts.Interpreter.Types.Datetime.DateTime)
            ? new PyDateTime(type, year, month, day, hour, minute, second, microsecond, tzinfo, fold)
            : new PyDateTimeSubclass(type, year, month, day, hour, minute, second, microsecond, tzinfo, fold);

    /// <summary>A datetime of <paramref name="type"/> built the way CPython's alternate constructors and
    /// arithmetic build one: directly for datetime itself, else through the subclass's constructor
    /// with eight positional arguments (the fold is set afterwards).</summary>
    public static PyObject? NewOfType(ThreadState ts, PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject? tzinfo, int fold)
    {
        if (ReferenceEquals(type, ts.Interpreter.Types.Datetime.DateTime))
            return new PyDateTime(type, year, month, day, hour, minute, second, microsecond, tzinfo, fold);
        var interp = ts.Interpreter;
        var result = Ops.Call(ts, type, [interp.Int(year), interp.Int(month), interp.Int(day), interp.Int(hour), interp.Int(minute),
            interp.Int(second), interp.Int(microsecond), tzinfo ?? interp.None]);
        if (result is PyDateTime d && fold != 0) d.Fold = fold;
        return result;
    }

    static PyObject? NewFromTotal(ThreadState ts, PyType type, long total, PyObject? tzinfo, int fold)
    {
        if (total < 0 || total > MaxTotal) return ts.Raise(ExceptionKind.OverflowError, "date value out of range");
        Split(total, out int y, out int mo, out int d, out int h, out int mi, out int s, out int us);
        return NewOfType(ts, type, y, mo, d, h, mi, s, us, tzinfo, fold);
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        // Unpickling: datetime(state_bytes[, tzinfo]), the 10-byte state __reduce_ex__ writes.
        if (npos is 1 or 2 && (kw is null || kw.Count == 0) && TimeType.StateBytes(args[0], 10) is { } state && (state[2] & 0x7F) is >= 1 and <= 12)
        {
            PyObject? tz = null;
            if (npos == 2 && !ReferenceEquals(args[1], ts.Interpreter.None))
            {
                if (!args[1].Type.IsSubtypeOf(ts.Interpreter.Types.Datetime.TzInfo)) return ts.Raise(ExceptionKind.TypeError, "bad tzinfo state arg");
                tz = args[1];
            }
            int year = state[0] << 8 | state[1], month = state[2] & 0x7F, fold = state[2] >> 7;
            int us = (state[7] << 16) | (state[8] << 8) | state[9];
            // Like CPython, only the month byte is checked: a state is trusted to come from __reduce__.
            return Make(ts, type, year, month, state[3], state[4], state[5], state[6], us, tz, fold);
        }
        Span<int> v = stackalloc int[8];
        v.Clear();
        // The common call, datetime(y, m, d[, H, M, S, us[, tz]]) with small ints, binds without allocating.
        if (npos == args.Length && npos is >= 3 and <= 8 && SmallInts(args[..Math.Min(npos, 7)], v))
        {
            if (!DateType.Validate(ts, v[0], v[1], v[2]) || !TimeType.CheckFields(ts, v[3], v[4], v[5], v[6], 0)) return null;
            if (!TzInfoCalls.CheckTzInfoArgument(ts, npos == 8 ? args[7] : null, out var tz)) return null;
            return Make(ts, type, v[0], v[1], v[2], v[3], v[4], v[5], v[6], tz, 0);
        }
        Span<PyObject?> a = new PyObject?[9];
        if (!ArgBinder.Bind(ts, "datetime", args, kw, ConstructorNames, 3, a, keywordOnlyFrom: 8)) return null;
        if (!TimeType.ReadInts(ts, a[..7], v[..7])) return null;
        if (a[8] is { } f && !DateType.AsInt(ts, f, out v[7])) return null;
        if (!DateType.Validate(ts, v[0], v[1], v[2]) || !TimeType.CheckFields(ts, v[3], v[4], v[5], v[6], v[7])) return null;
        if (!TzInfoCalls.CheckTzInfoArgument(ts, a[7], out var tzinfo)) return null;
        return Make(ts, type, v[0], v[1], v[2], v[3], v[4], v[5], v[6], tzinfo, v[7]);
    }

    /// <summary>Reads exact ints that fit an int into <paramref name="values"/>; false (nothing raised) for anything else.</summary>
    public static bool SmallInts(ReadOnlySpan<PyObject> args, Span<int> values)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is not PyInt { IsSmall: true } n || n.GetType() != typeof(PyInt) || n.Small is < int.MinValue or > int.MaxValue) return false;
            values[i] = (int)n.Small;
        }
        return true;
    }

    static PyObject? Replace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var d = (PyDateTime)self;
        Span<PyObject?> a = new PyObject?[9];
        if (!ArgBinder.Bind(ts, "replace", args, kw, ConstructorNames, 0, a, keywordOnlyFrom: 8)) return null;
        Span<int> v = [d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second, d.Microsecond, d.Fold];
        if (!TimeType.ReadInts(ts, a[..7], v[..7])) return null;
        if (a[8] is { } f && !DateType.AsInt(ts, f, out v[7])) return null;
        if (!DateType.Validate(ts, v[0], v[1], v[2]) || !TimeType.CheckFields(ts, v[3], v[4], v[5], v[6], v[7])) return null;
        var tzinfo = d.TzInfo;
        if (a[7] is { } tzArg && !TzInfoCalls.CheckTzInfoArgument(ts, tzArg, out tzinfo)) return null;
        return Make(ts, self.Type, v[0], v[1], v[2], v[3], v[4], v[5], v[6], tzinfo, v[7]);
    }

    static PyObject? Combine(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "combine", args, kw, ["date", "time", "tzinfo"], 2, a)) return null;
        if (a[0] is not PyDate date)
            return ts.Raise(ExceptionKind.TypeError, $"combine() argument 1 must be datetime.date, not {TzInfoCalls.TypeName(a[0]!.Type)}");
        if (a[1] is not PyTime time)
            return ts.Raise(ExceptionKind.TypeError, $"combine() argument 2 must be datetime.time, not {TzInfoCalls.TypeName(a[1]!.Type)}");
        var tzinfo = time.TzInfo;
        if (a[2] is { } tzArg)
        {
            // An explicit tzinfo replaces the time's, even None; like the constructor it must be a tzinfo.
            if (!TzInfoCalls.CheckTzInfoArgument(ts, tzArg, out tzinfo)) return null;
        }
        return NewOfType(ts, (PyType)cls, date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second, time.Microsecond, tzinfo, time.Fold);
    }

    static PyObject? FromIsoFormat(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "fromisoformat", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr text) return ts.Raise(ExceptionKind.TypeError, "fromisoformat: argument must be str");
        var s = text.Value.AsSpan();
        int dateLength = Datetime.IsoFormat.DateLength(s);
        if (dateLength == 0 || dateLength > s.Length || !DateType.ParseIsoDate(s[..dateLength], out int y, out int mo, out int d))
            return Datetime.IsoFormat.Invalid(ts, text);
        var clock = default(Datetime.IsoFormat.Clock);
        if (dateLength < s.Length)
        {
            int separatorLength = char.IsSurrogatePair(s[dateLength], dateLength + 1 < s.Length ? s[dateLength + 1] : ' ') ? 2 : 1;
            if (!Datetime.IsoFormat.ParseTime(s[Math.Min(s.Length, dateLength + separatorLength)..], out clock)) return Datetime.IsoFormat.Invalid(ts, text);
        }
        if (!DateType.Validate(ts, y, mo, d) || !TimeType.CheckFields(ts, clock.Hour, clock.Minute, clock.Second, clock.Microsecond, 0)) return null;
        if (!Datetime.IsoFormat.OffsetTimeZone(ts, clock, out var tzinfo)) return null;
        return NewOfType(ts, (PyType)cls, y, mo, d, clock.Hour, clock.Minute, clock.Second, clock.Microsecond, tzinfo, 0);
    }

    static PyObject? StrPTime(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "strptime", args, kw, 2, 2)) return null;
        for (int i = 0; i < 2; i++)
            if (args[i] is not PyStr)
                return ts.Raise(ExceptionKind.TypeError, $"strptime() argument {i + 1} must be str, not {TzInfoCalls.TypeName(args[i].Type)}");
        var module = ImportSystem.ImportModule(ts, "_strptime");
        if (module is null) return null;
        var fn = Ops.GetAttr(ts, module, "_strptime_datetime");
        return fn is null ? null : Ops.Call(ts, fn, [cls, args[0], args[1]]);
    }

    // ---- clocks and timestamps ----

    static PyObject? Now(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "now", args, kw, ["tz"], 0, a)) return null;
        if (!TzInfoCalls.CheckTzInfoArgument(ts, a[0], out var tz)) return null;
        long nowUs = Clocks.Nanoseconds(Clocks.Realtime) / 1000;
        return FromPosixMicroseconds(ts, (PyType)cls, nowUs, tz, utc: false);
    }

    static PyObject? UtcNow(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "utcnow", args, kw, 0, 0)) return null;
        if (!Deprecated(ts, "datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).")) return null;
        long nowUs = Clocks.Nanoseconds(Clocks.Realtime) / 1000;
        return FromPosixMicroseconds(ts, (PyType)cls, nowUs, null, utc: true);
    }

    static PyObject? FromTimestamp(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "fromtimestamp", args, kw, ["timestamp", "tz"], 1, a)) return null;
        if (!TzInfoCalls.CheckTzInfoArgument(ts, a[1], out var tz)) return null;
        if (!TimestampMicroseconds(ts, a[0]!, out long us)) return null;
        return FromPosixMicroseconds(ts, (PyType)cls, us, tz, utc: false);
    }

    static PyObject? UtcFromTimestamp(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "utcfromtimestamp", args, kw, 1, 1)) return null;
        if (!Deprecated(ts, "datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).")) return null;
        if (!TimestampMicroseconds(ts, args[0], out long us)) return null;
        return FromPosixMicroseconds(ts, (PyType)cls, us, null, utc: true);
    }

    /// <summary>A POSIX timestamp (int or float) as microseconds, the fraction rounded half to even.</summary>
    static bool TimestampMicroseconds(ThreadState ts, PyObject value, out long microseconds)
    {
        microseconds = 0;
        if (value is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) { ts.Raise(ExceptionKind.ValueError, "Invalid value NaN (not a number)"); return false; }
            double whole = Math.Truncate(d);
            if (!(whole >= -9.2233720368547758e18 && whole < 9.2233720368547758e18))
            {
                ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t");
                return false;
            }
            double fraction = Math.Round((d - whole) * 1e6, MidpointRounding.ToEven);
            long seconds = (long)whole;
            if (!CheckSecondsRange(ts, seconds)) return false;
            microseconds = seconds * 1_000_000 + (long)fraction;
            return true;
        }
        if (!Ops.AsLong(ts, value, out long secs))
        {
            if (Ops.IsError(ts, ExceptionKind.OverflowError))
            {
                ts.FetchError();
                ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t");
            }
            return false;
        }
        if (!CheckSecondsRange(ts, secs)) return false;
        microseconds = secs * 1_000_000;
        return true;
    }

    /// <summary>Seconds whose year the C library cannot even represent fail as localtime/gmtime do (EOVERFLOW);
    /// the rest are checked against datetime's years when converted.</summary>
    static bool CheckSecondsRange(ThreadState ts, long seconds)
    {
        const long Limit = 67_767_976_233_316_800L; // about year 2^31 in seconds
        if (seconds > -Limit && seconds < Limit) return true;
        ts.Raise(OSErrors.FromErrno(ts, 75, "Value too large for defined data type"));
        return false;
    }

    /// <summary>The datetime for a POSIX time in microseconds: UTC fields when <paramref name="utc"/>, local wall
    /// time (with its fold) when there is no tz, else tz.fromutc(the UTC time with tzinfo=tz).</summary>
    static PyObject? FromPosixMicroseconds(ThreadState ts, PyType cls, long posixUs, PyObject? tz, bool utc)
    {
        long total = posixUs + EpochTotal;
        if (total < 0 || total > MaxTotal) return YearOutOfRange(ts, total);
        if (utc || tz is not null)
        {
            var result = NewFromTotal(ts, cls, total, tz, 0);
            if (result is null || tz is null) return result;
            var fromutc = Ops.GetAttr(ts, tz, "fromutc");
            return fromutc is null ? null : Ops.Call(ts, fromutc, result);
        }
        if (!LocalTime.FromUtc(total * 10, out long wallTicks, out int fold)) return YearOutOfRange(ts, total);
        long wall = wallTicks / 10;
        if (wall < 0 || wall > MaxTotal) return YearOutOfRange(ts, wall);
        return NewFromTotal(ts, cls, wall, null, fold);
    }

    static PyObject? YearOutOfRange(ThreadState ts, long total)
    {
        // The proleptic Gregorian year of a total outside datetime's range, for the message.
        long days = Math.DivRem(total, DayMicroseconds, out long rem);
        if (rem < 0) days--;
        long n400 = (long)Math.Floor(days / 146097.0);
        long n = days - n400 * 146097;
        long n100 = n / 36524, n4 = n % 36524 / 1461, n1 = n % 36524 % 1461 / 365;
        long year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + (n100 == 4 || n1 == 4 ? 0 : 1);
        return ts.Raise(ExceptionKind.ValueError, $"year {year} is out of range");
    }

    static PyObject? Timestamp(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "timestamp", args, kw, 0, 0)) return null;
        var d = (PyDateTime)self;
        if (!TzInfoCalls.UtcOffset(ts, d.TzInfo, d, out bool known, out long offset)) return null;
        if (known)
        {
            long us = Total(d) - offset - EpochTotal;
            // Exact below 2**53; beyond, divide as ints so the result is correctly rounded like CPython's.
            if (Math.Abs(us) < (1L << 53)) return new PyFloat(ts.Interpreter.Types.Float, us / 1e6);
            return Ops.TrueDivide(ts, ts.Interpreter.Int(us), ts.Interpreter.Int(1_000_000));
        }
        long wallUs = Total(d) - d.Microsecond;
        if (!LocalTime.ToUtc(wallUs * 10, d.Fold, out long utcTicks))
            return ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t");
        long seconds = (utcTicks / 10 - EpochTotal) / 1_000_000;
        return new PyFloat(ts.Interpreter.Types.Float, seconds + d.Microsecond / 1e6);
    }

    static PyObject? AsTimeZone(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "astimezone", args, kw, ["tz"], 0, a)) return null;
        if (!TzInfoCalls.CheckTzInfoArgument(ts, a[0], out var tz)) return null;
        var d = (PyDateTime)self;
        if (tz is not null && ReferenceEquals(d.TzInfo, tz)) return self;
        if (!TzInfoCalls.UtcOffset(ts, d.TzInfo, d, out bool known, out long offset)) return null;
        long utcTotal;
        if (known) utcTotal = Total(d) - offset;
        else
        {
            // A naive datetime (or one whose tzinfo gives no offset) is taken as local time.
            if (!LocalTime.ToUtc(Total(d) * 10, d.Fold, out long utcTicks))
                return ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t");
            utcTotal = utcTicks / 10;
        }
        tz ??= LocalTimeZone(ts, utcTotal);
        if (tz is null) return null;
        var utc = NewFromTotal(ts, self.Type, utcTotal, tz, 0);
        if (utc is null) return null;
        var fromutc = Ops.GetAttr(ts, tz, "fromutc");
        return fromutc is null ? null : Ops.Call(ts, fromutc, utc);
    }

    /// <summary>timezone(local offset at that instant, local zone name), as astimezone() with no argument uses.</summary>
    static PyObject? LocalTimeZone(ThreadState ts, long utcTotal)
    {
        long seconds = Math.DivRem(utcTotal - EpochTotal, 1_000_000, out long rem);
        if (rem < 0) seconds--;
        if (TimeModule.StructFromSeconds(ts, seconds, local: true) is not PyStructSeqValue local) return null;
        var name = local.Extra.Length > 0 ? local.Extra[0] as PyStr : null;
        if (local.Extra.Length < 2 || !Ops.AsLong(ts, local.Extra[1], out long gmtoff)) return null;
        var delta = TimeDeltaType.New(ts, 0, gmtoff, 0);
        return delta is null ? null : TimeZoneType.New(ts, delta, name);
    }

    static bool Deprecated(ThreadState ts, string message)
    {
        var warnings = ImportSystem.ImportModule(ts, "warnings");
        var warn = warnings is null ? null : Ops.GetAttr(ts, warnings, "warn");
        if (warn is null) return false;
        var interp = ts.Interpreter;
        return Ops.Call(ts, warn, [interp.Str(message), interp.ExceptionType(ExceptionKind.DeprecationWarning), interp.Int(1)]) is not null;
    }

    // ---- text ----

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyDateTime)self;
        var sb = new StringBuilder();
        sb.Append(DatetimeTypes.ReprName(self.Type)).Append('(')
            .Append(d.Year).Append(", ").Append(d.Month).Append(", ").Append(d.Day).Append(", ")
            .Append(d.Hour).Append(", ").Append(d.Minute);
        if (d.Second != 0 || d.Microsecond != 0) sb.Append(", ").Append(d.Second);
        if (d.Microsecond != 0) sb.Append(", ").Append(d.Microsecond);
        if (d.Fold != 0) sb.Append(", fold=1");
        if (d.TzInfo is not null)
        {
            if (Ops.Repr(ts, d.TzInfo) is not PyStr tz) return null;
            sb.Append(", tzinfo=").Append(tz.Value);
        }
        return ts.Interpreter.Str(sb.Append(')').ToString());
    }

    static PyObject? IsoFormat(ThreadState ts, PyDateTime d, char sep, ClockText.Timespec spec, string? wideSep = null)
    {
        var sb = new StringBuilder(40);
        sb.Append(d.Year.ToString("D4")).Append('-').Append(d.Month.ToString("D2")).Append('-').Append(d.Day.ToString("D2"));
        if (wideSep is not null) sb.Append(wideSep);
        else sb.Append(sep);
        ClockText.AppendClock(sb, d.Hour, d.Minute, d.Second, d.Microsecond, spec);
        if (!TzInfoCalls.UtcOffset(ts, d.TzInfo, d, out bool known, out long offset)) return null;
        if (known) ClockText.AppendOffset(sb, offset, ":");
        return ts.Interpreter.Str(sb.ToString());
    }

    static PyObject Reduce(ThreadState ts, PyDateTime d, int protocol)
    {
        var interp = ts.Interpreter;
        // Protocols before 4 cannot carry the fold (old readers would see month >= 128).
        int monthByte = d.Month | (protocol > 3 && d.Fold != 0 ? 0x80 : 0);
        var state = PyBytes.Create(interp, [(byte)(d.Year >> 8), (byte)d.Year, (byte)monthByte, (byte)d.Day, (byte)d.Hour, (byte)d.Minute,
            (byte)d.Second, (byte)(d.Microsecond >> 16), (byte)(d.Microsecond >> 8), (byte)d.Microsecond]);
        var args = d.TzInfo is null ? interp.Tuple(state) : interp.Tuple(state, d.TzInfo);
        return interp.Tuple(d.Type, args);
    }

    // ---- arithmetic, comparison, hashing ----

    /// <summary>Microseconds since 0001-01-01 00:00 of the wall time (tzinfo ignored).</summary>
    public static long Total(PyDateTime d) => (d.Ordinal - 1L) * DayMicroseconds + d.TimeOfDayMicroseconds;

    static void Split(long total, out int year, out int month, out int day, out int hour, out int minute, out int second, out int microsecond)
    {
        long days = total / DayMicroseconds, rest = total % DayMicroseconds;
        CalendarMath.OrdinalToYmd((int)days + 1, out year, out month, out day);
        microsecond = (int)(rest % 1_000_000);
        long seconds = rest / 1_000_000;
        hour = (int)(seconds / 3600);
        minute = (int)(seconds / 60 % 60);
        second = (int)(seconds % 60);
    }

    static PyObject? AddDelta(ThreadState ts, PyDateTime d, PyTimeDelta delta, int sign)
    {
        // |days| beyond the whole calendar overflows whatever the rest; checking first keeps the sum in a long.
        if (Math.Abs((long)delta.Days) > 2L * CalendarMath.MaxOrdinal) return ts.Raise(ExceptionKind.OverflowError, "date value out of range");
        long total = Total(d) + sign * ((delta.Days * 86_400L + delta.Seconds) * 1_000_000 + delta.Microseconds);
        return NewFromTotal(ts, d.Type, total, d.TzInfo, 0);
    }

    static PyObject? Add(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is PyDateTime d && right is PyTimeDelta delta) return AddDelta(ts, d, delta, 1);
        if (right is PyDateTime d2 && left is PyTimeDelta delta2) return AddDelta(ts, d2, delta2, 1);
        return ts.Interpreter.NotImplemented;
    }

    static PyObject? Subtract(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyDateTime a) return ts.Interpreter.NotImplemented;
        if (right is PyTimeDelta delta) return AddDelta(ts, a, delta, -1);
        if (right is not PyDateTime b) return ts.Interpreter.NotImplemented;
        long x = Total(a), y = Total(b);
        if (!ReferenceEquals(a.TzInfo, b.TzInfo))
        {
            if (!TzInfoCalls.UtcOffset(ts, a.TzInfo, a, out bool knownA, out long offA)
                || !TzInfoCalls.UtcOffset(ts, b.TzInfo, b, out bool knownB, out long offB)) return null;
            if (knownA != knownB) return ts.Raise(ExceptionKind.TypeError, "can't subtract offset-naive and offset-aware datetimes");
            x -= offA;
            y -= offB;
        }
        return TimeDeltaType.New(ts, 0, 0, x - y);
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        var d = (PyDateTime)self;
        hash = d.HashCache;
        if (hash != -1) return true;
        // A fold=1 datetime hashes as its fold=0 twin so that equal datetimes hash equally (PEP 495).
        var probe = d.Fold == 0 ? d : Make(ts, d.Type, d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second, d.Microsecond, d.TzInfo, 0);
        if (!TzInfoCalls.UtcOffset(ts, probe.TzInfo, probe, out bool known, out long offset)) return false;
        hash = d.HashCache = IntType.HashLong(Total(d) - (known ? offset : 0));
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject left, PyObject right, CompareOp op)
    {
        var interp = ts.Interpreter;
        if (left is not PyDateTime a) return interp.NotImplemented;
        if (right is not PyDateTime b)
        {
            // A plain date must not be compared by its date part alone (date's own comparison would).
            if (right is not PyDate) return interp.NotImplemented;
            if (op == CompareOp.Eq) return interp.False;
            if (op == CompareOp.Ne) return interp.True;
            return ts.Raise(ExceptionKind.TypeError, $"can't compare {DatetimeTypes.ReprName(left.Type)} to {DatetimeTypes.ReprName(right.Type)}");
        }
        long x = Total(a), y = Total(b);
        if (ReferenceEquals(a.TzInfo, b.TzInfo)) return interp.Bool(DatetimeTypes.CompareResult(x.CompareTo(y), op));
        if (!TzInfoCalls.UtcOffset(ts, a.TzInfo, a, out bool knownA, out long offA)
            || !TzInfoCalls.UtcOffset(ts, b.TzInfo, b, out bool knownB, out long offB)) return null;
        if (knownA != knownB)
        {
            if (op == CompareOp.Eq) return interp.False;
            if (op == CompareOp.Ne) return interp.True;
            return ts.Raise(ExceptionKind.TypeError, "can't compare offset-naive and offset-aware datetimes");
        }
        if (knownA)
        {
            x -= offA;
            y -= offB;
        }
        int c = x.CompareTo(y);
        if (c == 0 && op is CompareOp.Eq or CompareOp.Ne)
        {
            // PEP 495: an inter-zone comparison of a time whose offset depends on its fold is never equal.
            int exception = FoldChangesOffset(ts, a, knownA, offA);
            if (exception == 0) exception = FoldChangesOffset(ts, b, knownB, offB);
            if (exception < 0) return null;
            if (exception > 0) c = 1;
        }
        return interp.Bool(DatetimeTypes.CompareResult(c, op));
    }

    /// <summary>1 when flipping the fold changes the utcoffset, 0 when not, -1 on error.</summary>
    static int FoldChangesOffset(ThreadState ts, PyDateTime d, bool known, long offset)
    {
        if (d.TzInfo is null) return 0;
        var flipped = Make(ts, d.Type, d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second, d.Microsecond, d.TzInfo, 1 - d.Fold);
        if (!TzInfoCalls.UtcOffset(ts, d.TzInfo, flipped, out bool k, out long o)) return -1;
        return k != known || o != offset ? 1 : 0;
    }
}
