using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>
/// Calls into a time's or datetime's tzinfo (utcoffset, dst, tzname) with the checks CPython makes on
/// what a Python tzinfo returns: None or a timedelta strictly within one day, None or a str.
/// <c>arg</c> is None for a time and the datetime itself for a datetime.
/// </summary>
public static class TzInfoCalls
{
    const long DayMicroseconds = 86_400L * 1_000_000;

    /// <summary>tzinfo.utcoffset(arg) or tzinfo.dst(arg), checked: None, a timedelta, or null with an exception set.</summary>
    public static PyObject? Offset(ThreadState ts, PyObject? tzinfo, PyObject arg, string method)
    {
        var none = ts.Interpreter.None;
        if (tzinfo is null || ReferenceEquals(tzinfo, none)) return none;
        var result = CallMethod(ts, tzinfo, method, arg);
        if (result is null || ReferenceEquals(result, none)) return result;
        if (result is not PyTimeDelta delta)
            return ts.Raise(ExceptionKind.TypeError, $"tzinfo.{method}() must return None or timedelta, not '{TzInfoCalls.TypeName(result.Type)}'");
        long us = TotalMicroseconds(delta);
        if (us <= -DayMicroseconds || us >= DayMicroseconds)
            return ts.Raise(ExceptionKind.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
        return delta;
    }

    /// <summary>The checked utcoffset as microseconds; <paramref name="known"/> is false when it is None.</summary>
    public static bool UtcOffset(ThreadState ts, PyObject? tzinfo, PyObject arg, out bool known, out long microseconds)
    {
        known = false;
        microseconds = 0;
        var r = Offset(ts, tzinfo, arg, "utcoffset");
        if (r is null) return false;
        if (r is PyTimeDelta d)
        {
            known = true;
            microseconds = TotalMicroseconds(d);
        }
        return true;
    }

    /// <summary>tzinfo.tzname(arg), checked: None, a str, or null with an exception set.</summary>
    public static PyObject? TzName(ThreadState ts, PyObject? tzinfo, PyObject arg)
    {
        var none = ts.Interpreter.None;
        if (tzinfo is null || ReferenceEquals(tzinfo, none)) return none;
        var result = CallMethod(ts, tzinfo, "tzname", arg);
        if (result is null || ReferenceEquals(result, none) || result is PyStr) return result;
        return ts.Raise(ExceptionKind.TypeError, $"tzinfo.tzname() must return None or a string, not '{TzInfoCalls.TypeName(result.Type)}'");
    }

    /// <summary>A type's name as CPython's messages show it (tp_name): module-qualified for a builtin
    /// type defined outside builtins ("datetime.timedelta"), the bare name otherwise.</summary>
    public static string TypeName(PyType type)
    {
        if (type.HasFlag(TypeFlags.HeapType)) return type.Name;
        return type.Dict.GetStr("__module__") is PyStr { Value: var module } && module != "builtins" ? module + "." + type.Name : type.Name;
    }

    public static long TotalMicroseconds(PyTimeDelta d) => (d.Days * 86_400L + d.Seconds) * 1_000_000 + d.Microseconds;

    /// <summary>Checks a tzinfo constructor argument: None (naive, returned as null) or a tzinfo instance.</summary>
    public static bool CheckTzInfoArgument(ThreadState ts, PyObject? value, out PyObject? tzinfo)
    {
        tzinfo = null;
        if (value is null || ReferenceEquals(value, ts.Interpreter.None)) return true;
        if (!value.Type.IsSubtypeOf(ts.Interpreter.Types.Datetime.TzInfo))
        {
            ts.Raise(ExceptionKind.TypeError, $"tzinfo argument must be None or of a tzinfo subclass, not type '{TzInfoCalls.TypeName(value.Type)}'");
            return false;
        }
        tzinfo = value;
        return true;
    }

    static PyObject? CallMethod(ThreadState ts, PyObject target, string method, PyObject arg)
    {
        // A tzinfo whose methods ask the datetime back for its offset would recurse through C#.
        if (!Ops.EnterRecursiveCall(ts, $" in {method}")) return null;
        var fn = Ops.GetAttr(ts, target, method);
        var result = fn is null ? null : Ops.Call(ts, fn, arg);
        Ops.LeaveRecursiveCall(ts);
        return result;
    }
}
