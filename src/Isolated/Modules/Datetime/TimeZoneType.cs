using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>datetime.timezone: a tzinfo with a fixed offset strictly inside ±24 hours and an
/// optional name. Not subclassable, as CPython's.</summary>
public static class TimeZoneType
{
    static readonly string[] ConstructorNames = ["offset", "name"];

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("timezone", types.Datetime.TzInfo, TypeFlags.Immutable, s =>
        {
            s.New = NewFromArguments;
            s.Init = null;
            s.Repr = Repr;
            s.Str = static (ts, self) => ts.Interpreter.Str(Name((PyTimeZone)self));
            s.Hash = static (ThreadState ts, PyObject self, out long hash) => Ops.Hash(ts, ((PyTimeZone)self).Offset, out hash);
            s.RichCompare = RichCompare;
        }, FillDict);

    static void FillDict(ThreadState? _, PyType type)
    {
        var interp = type.Owner;
        var dt = interp.Types.Datetime;
        type.AddValue("__module__", interp.Str("datetime"));
        type.AddValue("__doc__", interp.Str("Fixed offset from UTC implementation of tzinfo."));
        type.AddMethod("tzname", static (ts, self, a, k) =>
            CheckArgument(ts, a, k, "tzname") ? ts.Interpreter.Str(Name((PyTimeZone)self)) : null,
            "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'.");
        type.AddMethod("utcoffset", static (ts, self, a, k) =>
            CheckArgument(ts, a, k, "utcoffset") ? ((PyTimeZone)self).Offset : null,
            "Return fixed offset.");
        type.AddMethod("dst", static (ts, self, a, k) =>
            CheckArgument(ts, a, k, "dst") ? ts.Interpreter.None : null,
            "Return None.");
        type.AddMethod("fromutc", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fromutc", a, k, 1, 1)) return null;
            if (!TzInfoType.IsDateTime(a[0])) return ts.Raise(ExceptionKind.TypeError, "fromutc: argument must be a datetime");
            var tz = Ops.GetAttr(ts, a[0], "tzinfo");
            if (tz is null) return null;
            if (!ReferenceEquals(tz, self)) return ts.Raise(ExceptionKind.ValueError, "fromutc: dt.tzinfo is not self");
            return Ops.Add(ts, a[0], ((PyTimeZone)self).Offset);
        }, "datetime in UTC -> datetime in local time.");
        type.AddMethod("__getinitargs__", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__getinitargs__", a, k, 0, 0)) return null;
            var tz = (PyTimeZone)self;
            return tz.Name is null ? ts.Interpreter.Tuple(tz.Offset) : ts.Interpreter.Tuple(tz.Offset, tz.Name);
        }, "pickle support");
        type.AddValue("utc", dt.Utc);
        type.AddValue("min", new PyTimeZone(type, new PyTimeDelta(dt.TimeDelta, -1, 60, 0), null));
        type.AddValue("max", new PyTimeZone(type, new PyTimeDelta(dt.TimeDelta, 0, 86340, 0), null));
    }

    /// <summary>A timezone of <paramref name="offset"/>: timezone.utc for a zero offset without a name.
    /// Null with ValueError set when the offset is not strictly inside ±24 hours.</summary>
    public static PyObject? New(ThreadState ts, PyTimeDelta offset, PyStr? name)
    {
        var types = ts.Interpreter.Types.Datetime;
        if (name is null && offset.IsZero) return types.Utc;
        if (offset.Days < -1 || offset.Days >= 1 || offset.Days == -1 && offset.Seconds == 0 && offset.Microseconds == 0)
        {
            var repr = Ops.Repr(ts, offset);
            if (repr is null) return null;
            return ts.Raise(ExceptionKind.ValueError,
                $"offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {((PyStr)repr).Value}.");
        }
        // A timedelta subclass instance is kept as an exact timedelta.
        if (offset.GetType() != typeof(PyTimeDelta)) offset = new PyTimeDelta(types.TimeDelta, offset.Days, offset.Seconds, offset.Microseconds);
        return new PyTimeZone(types.TimeZone, offset, name);
    }

    static PyObject? NewFromArguments(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> given = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "timezone", args, kw, ConstructorNames, 1, given)) return null;
        if (given[0] is not PyTimeDelta offset)
            return ts.Raise(ExceptionKind.TypeError, $"timezone() argument 1 must be datetime.timedelta, not {given[0]!.Type.Name}");
        PyStr? name = null;
        if (given[1] is { } n)
        {
            if (n is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"timezone() argument 2 must be str, not {(ReferenceEquals(n, ts.Interpreter.None) ? "None" : n.Type.Name)}");
            name = s;
        }
        return New(ts, offset, name);
    }

    static bool CheckArgument(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string method)
    {
        if (!ArgBinder.CheckPositional(ts, method, args, kw, 1, 1)) return false;
        if (ReferenceEquals(args[0], ts.Interpreter.None) || TzInfoType.IsDateTime(args[0])) return true;
        ts.Raise(ExceptionKind.TypeError, $"{method}(dt) argument must be a datetime instance or None, not {args[0].Type.Name}");
        return false;
    }

    /// <summary>The given name, or "UTC" for a zero offset, or "UTC±HH:MM[:SS[.ffffff]]".</summary>
    public static string Name(PyTimeZone tz)
    {
        if (tz.Name is not null) return tz.Name.Value;
        var o = tz.Offset;
        if (o.IsZero) return "UTC";
        return "UTC" + FormatOffset(o, ":");
    }

    /// <summary>±HH&lt;sep&gt;MM, with &lt;sep&gt;SS and .ffffff only when not zero (shared with %z and isoformat).</summary>
    public static string FormatOffset(PyTimeDelta offset, string separator)
    {
        char sign = '+';
        long total = ((long)offset.Days * 86400 + offset.Seconds) * 1_000_000 + offset.Microseconds;
        if (total < 0) { sign = '-'; total = -total; }
        long us = total % 1_000_000, secs = total / 1_000_000;
        long hh = secs / 3600, mm = secs / 60 % 60, ss = secs % 60;
        var text = $"{sign}{hh:D2}{separator}{mm:D2}";
        if (ss != 0 || us != 0) text += $"{separator}{ss:D2}";
        if (us != 0) text += $".{us:D6}";
        return text;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var tz = (PyTimeZone)self;
        if (ReferenceEquals(tz, ts.Interpreter.Types.Datetime.Utc)) return ts.Interpreter.Str("datetime.timezone.utc");
        if (Ops.Repr(ts, tz.Offset) is not PyStr offset) return null;
        if (tz.Name is null) return ts.Interpreter.Str($"datetime.timezone({offset.Value})");
        if (Ops.Repr(ts, tz.Name) is not PyStr name) return null;
        return ts.Interpreter.Str($"datetime.timezone({offset.Value}, {name.Value})");
    }

    static PyObject? RichCompare(ThreadState ts, PyObject left, PyObject right, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || left is not PyTimeZone a || right is not PyTimeZone b)
            return ts.Interpreter.NotImplemented;
        bool equal = TimeDeltaType.Compare(a.Offset, b.Offset) == 0;
        return ts.Interpreter.Bool(equal == (op == CompareOp.Eq));
    }
}
