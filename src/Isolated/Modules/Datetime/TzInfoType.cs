using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>datetime.tzinfo: the abstract base of time zones. Its utcoffset/dst/tzname raise
/// NotImplementedError; fromutc is the generic conversion built on a subclass's utcoffset and dst.</summary>
public static class TzInfoType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("tzinfo", types.Object, TypeFlags.BaseType, s =>
        {
            // Like object's, tzinfo() accepts and ignores arguments.
            s.New = static (ts, type, args, kw) =>
                ReferenceEquals(type, ts.Interpreter.Types.Datetime.TzInfo) ? new PyTzInfo(type) : new PyTzInfoSubclass(type);
            s.Init = null;
        }, FillDict);

    static void FillDict(ThreadState? _, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("datetime"));
        type.AddValue("__doc__", interp.Str("Abstract base class for time zone info objects."));
        type.AddMethod("tzname", static (ts, self, a, k) => Abstract(ts, a, k, "tzname"), "datetime -> string name of time zone.");
        type.AddMethod("utcoffset", static (ts, self, a, k) => Abstract(ts, a, k, "utcoffset"), "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC");
        type.AddMethod("dst", static (ts, self, a, k) => Abstract(ts, a, k, "dst"), "datetime -> DST offset as timedelta positive east of UTC.");
        type.AddMethod("fromutc", FromUtc, "datetime in UTC -> datetime in local time.");
        type.AddMethod("__reduce__", Reduce, "-> (cls, state)");
    }

    static PyObject? Abstract(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 1, 1)) return null;
        return ts.Raise(ExceptionKind.NotImplementedError, $"a tzinfo subclass must implement {name}()");
    }

    /// <summary>Whether <paramref name="o"/> is a datetime.datetime (or a subclass instance).</summary>
    public static bool IsDateTime(PyObject o) => o is PyDate d && d.IsDateTime;

    /// <summary>The generic fromutc: shift a UTC datetime by the standard offset, then by the
    /// DST in effect at the shifted time.</summary>
    static PyObject? FromUtc(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "fromutc", args, kw, 1, 1)) return null;
        var dt = args[0];
        if (!IsDateTime(dt)) return ts.Raise(ExceptionKind.TypeError, "fromutc: argument must be a datetime");
        var tz = Ops.GetAttr(ts, dt, "tzinfo");
        if (tz is null) return null;
        if (!ReferenceEquals(tz, self)) return ts.Raise(ExceptionKind.ValueError, "fromutc: dt.tzinfo is not self");
        var offset = CallOn(ts, dt, "utcoffset");
        if (offset is null) return null;
        if (ReferenceEquals(offset, ts.Interpreter.None))
            return ts.Raise(ExceptionKind.ValueError, "fromutc: non-None utcoffset() result required");
        var dst = CallOn(ts, dt, "dst");
        if (dst is null) return null;
        if (ReferenceEquals(dst, ts.Interpreter.None))
            return ts.Raise(ExceptionKind.ValueError, "fromutc: non-None dst() result required");
        var standard = Ops.Subtract(ts, offset, dst);
        if (standard is null) return null;
        var shifted = Ops.Add(ts, dt, standard);
        if (shifted is null) return null;
        dst = CallOn(ts, shifted, "dst");
        if (dst is null) return null;
        if (ReferenceEquals(dst, ts.Interpreter.None))
            return ts.Raise(ExceptionKind.ValueError, "fromutc: tz.dst() gave inconsistent results; cannot convert");
        return Ops.Add(ts, shifted, dst);
    }

    static PyObject? CallOn(ThreadState ts, PyObject o, string method)
    {
        var m = Ops.GetAttr(ts, o, method);
        return m is null ? null : Ops.Call(ts, m);
    }

    /// <summary>(type(self), self.__getinitargs__() or (), self.__getstate__()).</summary>
    static PyObject? Reduce(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__reduce__", args, kw, 0, 0)) return null;
        var interp = ts.Interpreter;
        PyObject initArgs = interp.EmptyTuple;
        int found = Ops.LookupAttr(ts, self, interp.Str("__getinitargs__"), out var getInitArgs);
        if (found < 0) return null;
        if (found > 0 && (initArgs = Ops.Call(ts, getInitArgs!)!) is null) return null;
        var getState = Ops.GetAttr(ts, self, "__getstate__");
        if (getState is null) return null;
        var state = Ops.Call(ts, getState);
        return state is null ? null : interp.Tuple(self.Type, initArgs, state);
    }
}
