using Isolated.Modules.Time;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>datetime.date: a day of the proleptic Gregorian calendar, years 1 to 9999.</summary>
public static class DateType
{
    static readonly string[] ConstructorNames = ["year", "month", "day"];
    static readonly string[] IsoCalendarNames = ["year", "week", "day"];

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("date", types.Object, TypeFlags.BaseType | TypeFlags.Immutable, s =>
        {
            s.New = NewFromArguments;
            s.Init = null;
            s.Repr = Repr;
            s.Str = Str;
            s.Hash = Hash;
            s.RichCompare = RichCompare;
            s.Add = Add;
            s.Subtract = Subtract;
        }, FillDict);

    static void FillDict(ThreadState? _, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("datetime"));
        type.AddValue("__doc__", interp.Str("date(year, month, day) --> date object"));
        type.AddGetSet("year", static (ts, self) => ts.Interpreter.Int(((PyDate)self).Year));
        type.AddGetSet("month", static (ts, self) => ts.Interpreter.Int(((PyDate)self).Month));
        type.AddGetSet("day", static (ts, self) => ts.Interpreter.Int(((PyDate)self).Day));

        type.AddClassMethod("today", static (ts, cls, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "today", a, k, 0, 0)) return null;
            // As CPython: through cls.fromtimestamp, so that a subclass's override is used.
            var now = FloatType.New(ts.Interpreter, Clocks.Nanoseconds(Clocks.Realtime) * 1e-9);
            var fromTimestamp = Ops.GetAttr(ts, cls, "fromtimestamp");
            return fromTimestamp is null ? null : Ops.Call(ts, fromTimestamp, now);
        }, "Current date or datetime:  same as self.__class__.fromtimestamp(time.time()).");
        type.AddClassMethod("fromtimestamp", static (ts, cls, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fromtimestamp", a, k, 1, 1)) return null;
            if (!TimestampToSeconds(ts, a[0], out long seconds)) return null;
            if (!LocalTime(ts, seconds, out var local)) return null;
            return FromYmd(ts, (PyType)cls, local.Year, local.Month, local.Day);
        }, "Create a date from a POSIX timestamp.");
        type.AddClassMethod("fromordinal", static (ts, cls, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fromordinal", a, k, 1, 1)) return null;
            if (a[0] is PyFloat) return ts.Raise(ExceptionKind.TypeError, "'float' object cannot be interpreted as an integer");
            if (!Ops.AsInt32(ts, a[0], out int ordinal)) return null;
            if (ordinal < 1) return ts.Raise(ExceptionKind.ValueError, "ordinal must be >= 1");
            if (ordinal > CalendarMath.MaxOrdinal)
                return ts.Raise(ExceptionKind.ValueError, $"year {YearOfOrdinal(ordinal)} is out of range");
            CalendarMath.OrdinalToYmd(ordinal, out int y, out int m, out int d);
            return FromYmd(ts, (PyType)cls, y, m, d);
        }, "int -> date corresponding to a proleptic Gregorian ordinal.");
        type.AddClassMethod("fromisoformat", static (ts, cls, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fromisoformat", a, k, 1, 1)) return null;
            if (a[0] is not PyStr text) return ts.Raise(ExceptionKind.TypeError, "fromisoformat: argument must be str");
            if (!ParseIsoDate(text.Value, out int y, out int m, out int d))
                return ts.Raise(ExceptionKind.ValueError, $"Invalid isoformat string: {ReprOf(ts, text)}");
            if (!Validate(ts, y, m, d)) return null;
            return FromYmd(ts, (PyType)cls, y, m, d);
        }, "str -> Construct a date from a string in ISO 8601 format.");
        type.AddClassMethod("fromisocalendar", static (ts, cls, a, k) =>
        {
            Span<PyObject?> given = new PyObject?[3];
            if (!ArgBinder.Bind(ts, "fromisocalendar", a, k, IsoCalendarNames, 3, given)) return null;
            if (!IsoComponent(ts, given[0]!, out int year) || !IsoComponent(ts, given[1]!, out int week) || !IsoComponent(ts, given[2]!, out int day)) return null;
            if (year < CalendarMath.MinYear || year > CalendarMath.MaxYear)
                return ts.Raise(ExceptionKind.ValueError, $"Year is out of range: {year}");
            if (week < 1 || week > 53 || week == 53 && !CalendarMath.HasWeek53(year))
                return ts.Raise(ExceptionKind.ValueError, $"Invalid week: {week}");
            if (day < 1 || day > 7)
                return ts.Raise(ExceptionKind.ValueError, $"Invalid day: {day} (range is [1, 7])");
            int ordinal = CalendarMath.IsoToOrdinal(year, week, day);
            if (ordinal < 1 || ordinal > CalendarMath.MaxOrdinal)
                return ts.Raise(ExceptionKind.OverflowError, "date value out of range");
            CalendarMath.OrdinalToYmd(ordinal, out int y, out int m, out int d);
            return FromYmd(ts, (PyType)cls, y, m, d);
        }, "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\nThis is the inverse of the date.isocalendar() function");

        type.AddMethod("replace", static (ts, self, a, k) =>
        {
            var date = (PyDate)self;
            Span<PyObject?> given = new PyObject?[3];
            if (!ArgBinder.Bind(ts, "replace", a, k, ConstructorNames, 0, given)) return null;
            int y = date.Year, m = date.Month, d = date.Day;
            if (given[0] is { } gy && !AsInt(ts, gy, out y)) return null;
            if (given[1] is { } gm && !AsInt(ts, gm, out m)) return null;
            if (given[2] is { } gd && !AsInt(ts, gd, out d)) return null;
            if (!Validate(ts, y, m, d)) return null;
            // As CPython's: a subclass instance is made without calling its __new__.
            return Allocate(ts, self.Type, y, m, d);
        }, "Return date with new specified fields.");
        type.AddMethod("timetuple", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "timetuple", a, k, 0, 0)) return null;
            var d = (PyDate)self;
            return TimeTuple(ts, d.Year, d.Month, d.Day, 0, 0, 0, -1);
        }, "Return time tuple, compatible with time.localtime().");
        type.AddMethod("toordinal", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "toordinal", a, k, 0, 0) ? ts.Interpreter.Int(((PyDate)self).Ordinal) : null,
            "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1.");
        type.AddMethod("weekday", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "weekday", a, k, 0, 0) ? ts.Interpreter.Int((((PyDate)self).Ordinal + 6) % 7) : null,
            "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6");
        type.AddMethod("isoweekday", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "isoweekday", a, k, 0, 0) ? ts.Interpreter.Int((((PyDate)self).Ordinal + 6) % 7 + 1) : null,
            "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7");
        type.AddMethod("isocalendar", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "isocalendar", a, k, 0, 0)) return null;
            var d = (PyDate)self;
            CalendarMath.IsoCalendar(d.Year, d.Month, d.Day, out int isoYear, out int week, out int weekday);
            return IsoCalendarDateType.New(ts, isoYear, week, weekday);
        }, "Return a named tuple containing ISO year, week number, and weekday.");
        type.AddMethod("isoformat", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "isoformat", a, k, 0, 0) ? ts.Interpreter.Str(IsoFormat((PyDate)self)) : null,
            "Return string in ISO 8601 format, YYYY-MM-DD.");
        type.AddMethod("ctime", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "ctime", a, k, 0, 0)) return null;
            var d = (PyDate)self;
            return ts.Interpreter.Str(CTime(d.Year, d.Month, d.Day, 0, 0, 0));
        }, "Return ctime() style string.");
        type.AddMethod("strftime", static (ts, self, a, k) =>
        {
            Span<PyObject?> given = new PyObject?[1];
            if (!ArgBinder.Bind(ts, "strftime", a, k, ["format"], 1, given)) return null;
            if (given[0] is not PyStr)
                return ts.Raise(ExceptionKind.TypeError, $"strftime() argument 1 must be str, not {given[0]!.Type.Name}");
            // As CPython's: the time tuple comes from self.timetuple(), which a subclass may override.
            var timetuple = Ops.CallSpecial(ts, self, ts.Interpreter.Str("timetuple"), ReadOnlySpan<PyObject>.Empty);
            if (timetuple is null) return null;
            return DatetimeFormat.Strftime(ts, self, given[0]!, timetuple);
        }, "format -> strftime() style string.");
        type.AddMethod("__format__", DatetimeFormat.Format, "Formats self with strftime.");
        type.AddMethod("__reduce__", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__reduce__", a, k, 0, 0)) return null;
            var d = (PyDate)self;
            var interp = ts.Interpreter;
            return interp.Tuple(self.Type, interp.Tuple(new PyBytes(interp.Types.Bytes, StateBytes(d))));
        }, "__reduce__() -> (cls, state)");

        type.AddValue("min", new PyDate(type, 1, 1, 1));
        type.AddValue("max", new PyDate(type, 9999, 12, 31));
        type.AddValue("resolution", new PyTimeDelta(interp.Types.Datetime.TimeDelta, 1, 0, 0));
    }

    // ---- construction ----

    /// <summary>date(year, month, day), or date(state) with the 4-byte pickle state.</summary>
    static PyObject? NewFromArguments(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length == 1 && kw is null && PickleState(args[0]) is { } state)
            return Allocate(ts, type, state[0] << 8 | state[1], state[2], state[3]);
        Span<PyObject?> given = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "date", args, kw, ConstructorNames, 3, given)) return null;
        if (!AsInt(ts, given[0]!, out int y) || !AsInt(ts, given[1]!, out int m) || !AsInt(ts, given[2]!, out int d)) return null;
        if (!Validate(ts, y, m, d)) return null;
        return Allocate(ts, type, y, m, d);
    }

    /// <summary>The 4 state bytes of a pickled date (bytes, or latin-1 str from Python 2 pickles), or null.</summary>
    static byte[]? PickleState(PyObject arg)
    {
        byte[] b;
        if (arg is PyBytes bytes && bytes.Length == 4) b = bytes.AsReadOnlySpan().ToArray();
        else if (arg is PyStr s && s.Value.Length == 4 && s.Value[0] < 256 && s.Value[1] < 256 && s.Value[2] < 256 && s.Value[3] < 256)
            b = [(byte)s.Value[0], (byte)s.Value[1], (byte)s.Value[2], (byte)s.Value[3]];
        else return null;
        return b[2] >= 1 && b[2] <= 12 ? b : null;
    }

    static byte[] StateBytes(PyDate d) => [(byte)(d.Year >> 8), (byte)d.Year, (byte)d.Month, (byte)d.Day];

    /// <summary>A date instance of <paramref name="type"/> (date or a subclass) without calling it.</summary>
    static PyDate Allocate(ThreadState ts, PyType type, int year, int month, int day) =>
        ReferenceEquals(type, ts.Interpreter.Types.Datetime.Date)
            ? new PyDate(type, year, month, day)
            : new PyDateSubclass(type, year, month, day);

    /// <summary>What alternate constructors and arithmetic return: an exact date directly, and
    /// for any other class <c>cls(year, month, day)</c>, so that subclasses' __new__ runs.</summary>
    public static PyObject? FromYmd(ThreadState ts, PyType cls, int year, int month, int day)
    {
        var interp = ts.Interpreter;
        if (ReferenceEquals(cls, interp.Types.Datetime.Date)) return new PyDate(cls, year, month, day);
        return Ops.Call(ts, cls, [interp.Int(year), interp.Int(month), interp.Int(day)]);
    }

    /// <summary>An int argument of date's constructors (floats refused), in the C int range.</summary>
    public static bool AsInt(ThreadState ts, PyObject o, out int value)
    {
        value = 0;
        if (o is PyFloat)
        {
            ts.Raise(ExceptionKind.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        if (!Ops.AsLong(ts, o, out long l)) return false;
        if (l > int.MaxValue) { ts.Raise(ExceptionKind.OverflowError, "signed integer is greater than maximum"); return false; }
        if (l < int.MinValue) { ts.Raise(ExceptionKind.OverflowError, "signed integer is less than minimum"); return false; }
        value = (int)l;
        return true;
    }

    /// <summary>A fromisocalendar argument: beyond the C int range it is a ValueError, as CPython's.</summary>
    static bool IsoComponent(ThreadState ts, PyObject o, out int value)
    {
        if (AsInt(ts, o, out value)) return true;
        if (ts.CurrentException?.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.OverflowError)) != true) return false;
        ts.CurrentException = null;
        ts.Raise(ExceptionKind.ValueError, "ISO calendar component out of range");
        return false;
    }

    /// <summary>Checks year, month and day with CPython's messages.</summary>
    public static bool Validate(ThreadState ts, int year, int month, int day)
    {
        if (year < CalendarMath.MinYear || year > CalendarMath.MaxYear)
            ts.Raise(ExceptionKind.ValueError, $"year {year} is out of range");
        else if (month < 1 || month > 12)
            ts.Raise(ExceptionKind.ValueError, "month must be in 1..12");
        else if (day < 1 || day > CalendarMath.DaysInMonth(year, month))
            ts.Raise(ExceptionKind.ValueError, "day is out of range for month");
        else
            return true;
        return false;
    }

    /// <summary>The (proleptic, possibly out-of-range) year of an ordinal, for error messages.</summary>
    static long YearOfOrdinal(long ordinal)
    {
        long days = ordinal - 1;
        long cycles = Math.DivRem(days, 146097, out long inCycle);
        if (inCycle < 0) { cycles--; inCycle += 146097; }
        CalendarMath.OrdinalToYmd((int)inCycle + 1, out int y, out _, out _);
        return cycles * 400 + y;
    }

    // ---- timestamps ----

    /// <summary>A POSIX timestamp (int or float) as whole seconds, rounded toward minus infinity.</summary>
    public static bool TimestampToSeconds(ThreadState ts, PyObject timestamp, out long seconds)
    {
        seconds = 0;
        if (timestamp is PyFloat f)
        {
            double v = f.Value;
            if (double.IsNaN(v)) { ts.Raise(ExceptionKind.ValueError, "Invalid value NaN (not a number)"); return false; }
            double floor = Math.Floor(v);
            if (!(floor >= -9.2233720368547758e18 && floor < 9.2233720368547758e18))
            {
                ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t");
                return false;
            }
            seconds = (long)floor;
            return true;
        }
        if (!Ops.AsLong(ts, timestamp, out seconds))
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

    /// <summary>Broken-down local time of a POSIX timestamp, checked to lie in years 1..9999.</summary>
    public readonly record struct LocalFields(int Year, int Month, int Day, int Hour, int Minute, int Second, long UtcOffsetSeconds, bool IsDst);

    public static bool LocalTime(ThreadState ts, long seconds, out LocalFields fields)
    {
        fields = default;
        const long UnixEpochOrdinal = 719163;
        const long MaxAbsSeconds = 1L << 55;
        if (seconds < -MaxAbsSeconds || seconds > MaxAbsSeconds)
        {
            ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        long offset = 0;
        bool dst = false;
        long minUnix = (long)(DateTime.MinValue - DateTime.UnixEpoch).TotalSeconds + 86400;
        long maxUnix = (long)(DateTime.MaxValue - DateTime.UnixEpoch).TotalSeconds - 86400;
        if (seconds >= minUnix && seconds <= maxUnix)
        {
            var utc = DateTime.UnixEpoch.AddSeconds(seconds);
            var zone = TimeZoneInfo.Local;
            offset = (long)zone.GetUtcOffset(utc).TotalSeconds;
            dst = zone.IsDaylightSavingTime(utc);
        }
        long local = seconds + offset;
        long days = Math.DivRem(local, 86400, out long rest);
        if (rest < 0) { days--; rest += 86400; }
        long ordinal = days + UnixEpochOrdinal;
        if (ordinal < 1 || ordinal > CalendarMath.MaxOrdinal)
        {
            ts.Raise(ExceptionKind.ValueError, $"year {YearOfOrdinal(ordinal)} is out of range");
            return false;
        }
        CalendarMath.OrdinalToYmd((int)ordinal, out int y, out int m, out int d);
        fields = new LocalFields(y, m, d, (int)(rest / 3600), (int)(rest / 60 % 60), (int)(rest % 60), offset, dst);
        return true;
    }

    // ---- formatting ----

    public static string IsoFormat(PyDate d) => $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}";

    /// <summary>The ctime() layout shared with datetime: "Sat Jan  1 00:00:00 2000".</summary>
    public static string CTime(int year, int month, int day, int hour, int minute, int second) =>
        $"{CalendarMath.DayAbbreviation(CalendarMath.Weekday(year, month, day))} {CalendarMath.MonthAbbreviation(month)} {day,2} {hour:D2}:{minute:D2}:{second:D2} {year:D4}";

    /// <summary>A time.struct_time for date.timetuple and datetime.timetuple.</summary>
    public static PyObject TimeTuple(ThreadState ts, int year, int month, int day, int hour, int minute, int second, int isDst)
    {
        var interp = ts.Interpreter;
        var items = new PyObject[]
        {
            interp.Int(year), interp.Int(month), interp.Int(day), interp.Int(hour), interp.Int(minute), interp.Int(second),
            interp.Int(CalendarMath.Weekday(year, month, day)), interp.Int(CalendarMath.DayOfYear(year, month, day)), interp.Int(isDst),
        };
        return StructSeqBuilder.Make(interp.Types.StructTime, items, [interp.None, interp.None]);
    }

    static string ReprOf(ThreadState ts, PyStr s) => Ops.Repr(ts, s) is PyStr r ? r.Value : s.Value;

    /// <summary>The date part of ISO 8601 that fromisoformat accepts: YYYY-MM-DD, YYYYMMDD,
    /// YYYY-Www, YYYY-Www-D, YYYYWww, YYYYWwwD (ASCII digits). Calendar fields are returned
    /// unchecked (the caller validates them with the constructor's messages); a week date is
    /// converted here and fails the parse when its week or day is invalid.</summary>
    public static bool ParseIsoDate(ReadOnlySpan<char> s, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (s.Length < 7 || !Digits(s[..4], out year)) return false;
        bool extended = s[4] == '-';
        var rest = s[(extended ? 5 : 4)..];
        if (rest.Length > 0 && rest[0] == 'W')
        {
            int week, weekday = 1;
            if (rest.Length < 3 || !Digits(rest.Slice(1, 2), out week)) return false;
            var tail = rest[3..];
            if (tail.Length > 0)
            {
                if (extended)
                {
                    if (tail.Length != 2 || tail[0] != '-') return false;
                    tail = tail[1..];
                }
                if (tail.Length != 1 || !Digits(tail, out weekday)) return false;
            }
            if (year < CalendarMath.MinYear || year > CalendarMath.MaxYear) return false;
            if (week < 1 || week > 53 || week == 53 && !CalendarMath.HasWeek53(year) || weekday < 1 || weekday > 7) return false;
            int ordinal = CalendarMath.IsoToOrdinal(year, week, weekday);
            if (ordinal < 1 || ordinal > CalendarMath.MaxOrdinal) return false;
            CalendarMath.OrdinalToYmd(ordinal, out year, out month, out day);
            return true;
        }
        if (extended)
            return rest.Length == 5 && rest[2] == '-' && Digits(rest[..2], out month) && Digits(rest[3..], out day);
        return rest.Length == 4 && Digits(rest[..2], out month) && Digits(rest[2..], out day);
    }

    static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return s.Length > 0;
    }

    // ---- object protocol ----

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyDate)self;
        return ts.Interpreter.Str($"{DatetimeTypes.ReprName(self.Type)}({d.Year}, {d.Month}, {d.Day})");
    }

    static PyObject? Str(ThreadState ts, PyObject self)
    {
        if (self.GetType() == typeof(PyDate)) return ts.Interpreter.Str(IsoFormat((PyDate)self));
        // A subclass may override isoformat: str() goes through it, as CPython's.
        return Ops.CallSpecial(ts, self, ts.Interpreter.Str("isoformat"), ReadOnlySpan<PyObject>.Empty);
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        var d = (PyDate)self;
        ulong h = (ulong)d.Ordinal * 0x9E3779B97F4A7C15UL;
        hash = (long)(h >> 2);
        if (hash == -1) hash = -2;
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject left, PyObject right, CompareOp op)
    {
        // A datetime operand is compared by its date part here (CPython's date.__eq__(datetime) does);
        // the operators reach datetime's own reflected comparison first, datetime being a subclass.
        if (left is not PyDate a || right is not PyDate b) return ts.Interpreter.NotImplemented;
        int c = a.Year != b.Year ? a.Year.CompareTo(b.Year) : a.Month != b.Month ? a.Month.CompareTo(b.Month) : a.Day.CompareTo(b.Day);
        return ts.Interpreter.Bool(DatetimeTypes.CompareResult(c, op));
    }

    // ---- arithmetic ----

    static PyObject? AddDays(ThreadState ts, PyDate date, long days)
    {
        long ordinal = date.Ordinal + days;
        if (ordinal < 1 || ordinal > CalendarMath.MaxOrdinal) return ts.Raise(ExceptionKind.OverflowError, "date value out of range");
        CalendarMath.OrdinalToYmd((int)ordinal, out int y, out int m, out int d);
        return FromYmd(ts, date.Type, y, m, d);
    }

    static PyObject? Add(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is PyDate date && !date.IsDateTime && right is PyTimeDelta delta) return AddDays(ts, date, delta.Days);
        if (right is PyDate date2 && !date2.IsDateTime && left is PyTimeDelta delta2) return AddDays(ts, date2, delta2.Days);
        return ts.Interpreter.NotImplemented;
    }

    static PyObject? Subtract(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyDate date || date.IsDateTime) return ts.Interpreter.NotImplemented;
        if (right is PyTimeDelta delta) return AddDays(ts, date, -(long)delta.Days);
        if (right is PyDate other && !other.IsDateTime) return TimeDeltaType.New(ts, date.Ordinal - other.Ordinal, 0, 0);
        return ts.Interpreter.NotImplemented;
    }
}
