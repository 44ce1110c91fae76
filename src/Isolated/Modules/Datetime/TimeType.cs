using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>datetime.time: a time of day with an optional tzinfo and the PEP 495 fold.</summary>
public static class TimeType
{
    static readonly string[] ConstructorNames = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("time", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Repr = Repr;
            s.Str = static (ts, self) => IsoFormat(ts, (PyTime)self, ClockText.Timespec.Auto);
            s.Hash = Hash;
            s.RichCompare = RichCompare;
            s.Bool = static (ts, self) => 1;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("datetime"));
        type.AddValue("__doc__", interp.Str("time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n"));
        type.AddGetSet("hour", static (ts, self) => ts.Interpreter.Int(((PyTime)self).Hour));
        type.AddGetSet("minute", static (ts, self) => ts.Interpreter.Int(((PyTime)self).Minute));
        type.AddGetSet("second", static (ts, self) => ts.Interpreter.Int(((PyTime)self).Second));
        type.AddGetSet("microsecond", static (ts, self) => ts.Interpreter.Int(((PyTime)self).Microsecond));
        type.AddGetSet("tzinfo", static (ts, self) => ((PyTime)self).TzInfo ?? ts.Interpreter.None);
        type.AddGetSet("fold", static (ts, self) => ts.Interpreter.Int(((PyTime)self).Fold));
        type.AddMethod("utcoffset", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "utcoffset", a, k, 0, 0) ? TzInfoCalls.Offset(ts, ((PyTime)self).TzInfo, ts.Interpreter.None, "utcoffset") : null,
            "Return self.tzinfo.utcoffset(self).");
        type.AddMethod("dst", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "dst", a, k, 0, 0) ? TzInfoCalls.Offset(ts, ((PyTime)self).TzInfo, ts.Interpreter.None, "dst") : null,
            "Return self.tzinfo.dst(self).");
        type.AddMethod("tzname", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "tzname", a, k, 0, 0) ? TzInfoCalls.TzName(ts, ((PyTime)self).TzInfo, ts.Interpreter.None) : null,
            "Return self.tzinfo.tzname(self).");
        type.AddMethod("isoformat", static (ts, self, a, k) =>
        {
            Span<PyObject?> bound = new PyObject?[1];
            if (!ArgBinder.Bind(ts, "isoformat", a, k, ["timespec"], 0, bound)) return null;
            return ClockText.ParseTimespec(ts, bound[0], 1, out var spec) ? IsoFormat(ts, (PyTime)self, spec) : null;
        }, "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n");
        type.AddMethod("strftime", static (ts, self, a, k) =>
        {
            Span<PyObject?> bound = new PyObject?[1];
            if (!ArgBinder.Bind(ts, "strftime", a, k, ["format"], 1, bound)) return null;
            var t = (PyTime)self;
            var interp = ts.Interpreter;
            // time.strftime sees the time on 1900-01-01 (a Monday), as in CPython.
            var tuple = interp.Tuple(interp.Int(1900), interp.Int(1), interp.Int(1), interp.Int(t.Hour), interp.Int(t.Minute),
                interp.Int(t.Second), interp.Int(0), interp.Int(1), interp.Int(-1));
            return DatetimeFormat.Strftime(ts, t, bound[0]!, tuple);
        }, "format -> strftime() style string.");
        type.AddMethod("__format__", DatetimeFormat.Format, "Formats self with strftime.");
        type.AddMethod("replace", Replace, "Return time with new specified fields.");
        type.AddMethod("__reduce_ex__", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__reduce_ex__", a, k, 1, 1) || !Ops.AsInt32(ts, a[0], out int protocol)) return null;
            return Reduce(ts, (PyTime)self, protocol);
        }, "__reduce_ex__(proto) -> (cls, state)");
        type.AddMethod("__reduce__", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "__reduce__", a, k, 0, 0) ? Reduce(ts, (PyTime)self, 2) : null,
            "__reduce__() -> (cls, state)");
        type.AddClassMethod("fromisoformat", FromIsoFormat, "string -> time from a string in ISO 8601 format");
        type.AddValue("min", new PyTime(type, 0, 0, 0, 0, null, 0));
        type.AddValue("max", new PyTime(type, 23, 59, 59, 999_999, null, 0));
        type.AddValue("resolution", new PyTimeDelta(interp.Types.Datetime.TimeDelta, 0, 0, 1));
    }

    /// <summary>A new time of exactly <paramref name="type"/> (a subclass gets an instance with a __dict__), no __new__ call.</summary>
    public static PyTime Make(ThreadState ts, PyType type, int hour, int minute, int second, int microsecond, PyObject? tzinfo, int fold) =>
        ReferenceEquals(type, ts.Interpreter.Types.Datetime.Time)
            ? new PyTime(type, hour, minute, second, microsecond, tzinfo, fold)
            : new PyTimeSubclass(type, hour, minute, second, microsecond, tzinfo, fold);

    /// <summary>The hour..microsecond and fold range checks of the constructor, with CPython's messages.</summary>
    public static bool CheckFields(ThreadState ts, long hour, long minute, long second, long microsecond, long fold)
    {
        string? error = hour is < 0 or > 23 ? "hour must be in 0..23"
            : minute is < 0 or > 59 ? "minute must be in 0..59"
            : second is < 0 or > 59 ? "second must be in 0..59"
            : microsecond is < 0 or > 999_999 ? "microsecond must be in 0..999999"
            : fold is not (0 or 1) ? "fold must be either 0 or 1"
            : null;
        if (error is null) return true;
        ts.Raise(ExceptionKind.ValueError, error);
        return false;
    }

    /// <summary>Reads optional int arguments (CPython's "i" conversion) into <paramref name="values"/>; absent ones keep their value.</summary>
    public static bool ReadInts(ThreadState ts, ReadOnlySpan<PyObject?> args, Span<int> values)
    {
        for (int i = 0; i < values.Length; i++)
            if (args[i] is { } v && !DateType.AsInt(ts, v, out values[i])) return false;
        return true;
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        // Unpickling: time(state_bytes[, tzinfo]), the 6-byte state __reduce_ex__ writes.
        if (npos is 1 or 2 && (kw is null || kw.Count == 0) && StateBytes(args[0], 6) is { } state && (state[0] & 0x7F) < 24)
        {
            PyObject? tz = null;
            if (npos == 2 && !ReferenceEquals(args[1], ts.Interpreter.None))
            {
                if (!args[1].Type.IsSubtypeOf(ts.Interpreter.Types.Datetime.TzInfo)) return ts.Raise(ExceptionKind.TypeError, "bad tzinfo state arg");
                tz = args[1];
            }
            int us = (state[3] << 16) | (state[4] << 8) | state[5];
            int fold = state[0] >> 7;
            // Like CPython, only the hour byte is checked: a state is trusted to come from __reduce__.
            return Make(ts, type, state[0] & 0x7F, state[1], state[2], us, tz, fold);
        }
        Span<int> v = stackalloc int[5];
        v.Clear();
        // The common call, time(H[, M, S, us[, tz]]) with small ints, binds without allocating.
        if (npos == args.Length && npos is >= 1 and <= 5 && DateTimeType.SmallInts(args[..Math.Min(npos, 4)], v))
        {
            if (!CheckFields(ts, v[0], v[1], v[2], v[3], 0)) return null;
            if (!TzInfoCalls.CheckTzInfoArgument(ts, npos == 5 ? args[4] : null, out var tz)) return null;
            return Make(ts, type, v[0], v[1], v[2], v[3], tz, 0);
        }
        Span<PyObject?> a = new PyObject?[6];
        if (!ArgBinder.Bind(ts, "time", args, kw, ConstructorNames, 0, a, keywordOnlyFrom: 5)) return null;
        if (!ReadInts(ts, a[..4], v[..4])) return null;
        if (a[5] is { } f && !DateType.AsInt(ts, f, out v[4])) return null;
        if (!CheckFields(ts, v[0], v[1], v[2], v[3], v[4])) return null;
        if (!TzInfoCalls.CheckTzInfoArgument(ts, a[4], out var tzinfo)) return null;
        return Make(ts, type, v[0], v[1], v[2], v[3], tzinfo, v[4]);
    }

    /// <summary>The bytes of a pickled state: a bytes object of the given length, or a str of that many
    /// Latin-1 characters (pickles written by Python 2).</summary>
    public static byte[]? StateBytes(PyObject arg, int length)
    {
        if (arg is PyBytes b) return b.Value.Length == length ? b.Value : null;
        if (arg is not PyStr s || s.Value.Length != length) return null;
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            if (s.Value[i] > 0xFF) return null;
            bytes[i] = (byte)s.Value[i];
        }
        return bytes;
    }

    static PyObject? Replace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var t = (PyTime)self;
        Span<PyObject?> a = new PyObject?[6];
        if (!ArgBinder.Bind(ts, "replace", args, kw, ConstructorNames, 0, a, keywordOnlyFrom: 5)) return null;
        Span<int> v = [t.Hour, t.Minute, t.Second, t.Microsecond, t.Fold];
        if (!ReadInts(ts, a[..4], v[..4])) return null;
        if (a[5] is { } f && !DateType.AsInt(ts, f, out v[4])) return null;
        if (!CheckFields(ts, v[0], v[1], v[2], v[3], v[4])) return null;
        var tzinfo = t.TzInfo;
        if (a[4] is { } tzArg && !TzInfoCalls.CheckTzInfoArgument(ts, tzArg, out tzinfo)) return null;
        return Make(ts, self.Type, v[0], v[1], v[2], v[3], tzinfo, v[4]);
    }

    static PyObject? FromIsoFormat(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "fromisoformat", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr text) return ts.Raise(ExceptionKind.TypeError, "fromisoformat: argument must be str");
        var s = text.Value.AsSpan();
        // The extended format allows a leading 'T'.
        if (s.Length > 1 && s[0] == 'T') s = s[1..];
        if (!Datetime.IsoFormat.ParseTime(s, out var clock)) return Datetime.IsoFormat.Invalid(ts, text);
        if (!CheckFields(ts, clock.Hour, clock.Minute, clock.Second, clock.Microsecond, 0)) return null;
        if (!Datetime.IsoFormat.OffsetTimeZone(ts, clock, out var tzinfo)) return null;
        return NewOfType(ts, (PyType)cls, clock.Hour, clock.Minute, clock.Second, clock.Microsecond, tzinfo, 0);
    }

    /// <summary>A time of <paramref name="type"/> built the way CPython's alternate constructors build one:
    /// directly for time itself, through the subclass's constructor otherwise (fold set afterwards).</summary>
    public static PyObject? NewOfType(ThreadState ts, PyType type, int hour, int minute, int second, int microsecond, PyObject? tzinfo, int fold)
    {
        if (ReferenceEquals(type, ts.Interpreter.Types.Datetime.Time)) return new PyTime(type, hour, minute, second, microsecond, tzinfo, fold);
        var interp = ts.Interpreter;
        var result = Ops.Call(ts, type, [interp.Int(hour), interp.Int(minute), interp.Int(second), interp.Int(microsecond), tzinfo ?? interp.None]);
        if (result is PyTime t && fold != 0) t.Fold = fold;
        return result;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var t = (PyTime)self;
        var sb = new StringBuilder();
        sb.Append(DatetimeTypes.ReprName(self.Type));
        sb.Append('(').Append(t.Hour).Append(", ").Append(t.Minute);
        if (t.Second != 0 || t.Microsecond != 0) sb.Append(", ").Append(t.Second);
        if (t.Microsecond != 0) sb.Append(", ").Append(t.Microsecond);
        if (t.TzInfo is not null)
        {
            if (Ops.Repr(ts, t.TzInfo) is not PyStr tz) return null;
            sb.Append(", tzinfo=").Append(tz.Value);
        }
        if (t.Fold != 0) sb.Append(", fold=1");
        return ts.Interpreter.Str(sb.Append(')').ToString());
    }

    static PyObject? IsoFormat(ThreadState ts, PyTime t, ClockText.Timespec spec)
    {
        var sb = new StringBuilder(32);
        ClockText.AppendClock(sb, t.Hour, t.Minute, t.Second, t.Microsecond, spec);
        if (!TzInfoCalls.UtcOffset(ts, t.TzInfo, ts.Interpreter.None, out bool known, out long offset)) return null;
        if (known) ClockText.AppendOffset(sb, offset, ":");
        return ts.Interpreter.Str(sb.ToString());
    }

    static PyObject Reduce(ThreadState ts, PyTime t, int protocol)
    {
        var interp = ts.Interpreter;
        // Protocols before 4 cannot carry the fold (old readers would see hour >= 128).
        int hourByte = t.Hour | (protocol > 3 && t.Fold != 0 ? 0x80 : 0);
        var state = PyBytes.Create(interp, [(byte)hourByte, (byte)t.Minute, (byte)t.Second,
            (byte)(t.Microsecond >> 16), (byte)(t.Microsecond >> 8), (byte)t.Microsecond]);
        var args = t.TzInfo is null ? interp.Tuple(state) : interp.Tuple(state, t.TzInfo);
        return interp.Tuple(t.Type, args);
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        var t = (PyTime)self;
        hash = t.HashCache;
        if (hash != -1) return true;
        // utcoffset(None) does not see the fold, so equal times hash equally whatever their fold.
        if (!TzInfoCalls.UtcOffset(ts, t.TzInfo, ts.Interpreter.None, out bool known, out long offset)) return false;
        hash = t.HashCache = IntType.HashLong(t.TotalMicroseconds - (known ? offset : 0));
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject left, PyObject right, CompareOp op)
    {
        if (left is not PyTime a || right is not PyTime b) return ts.Interpreter.NotImplemented;
        long x = a.TotalMicroseconds, y = b.TotalMicroseconds;
        if (!ReferenceEquals(a.TzInfo, b.TzInfo))
        {
            var none = ts.Interpreter.None;
            if (!TzInfoCalls.UtcOffset(ts, a.TzInfo, none, out bool knownA, out long offA)
                || !TzInfoCalls.UtcOffset(ts, b.TzInfo, none, out bool knownB, out long offB)) return null;
            if (knownA != knownB)
            {
                if (op == CompareOp.Eq) return ts.Interpreter.False;
                if (op == CompareOp.Ne) return ts.Interpreter.True;
                return ts.Raise(ExceptionKind.TypeError, "can't compare offset-naive and offset-aware times");
            }
            if (knownA && offA != offB)
            {
                x -= offA;
                y -= offB;
            }
        }
        return ts.Interpreter.Bool(DatetimeTypes.CompareResult(x.CompareTo(y), op));
    }
}
