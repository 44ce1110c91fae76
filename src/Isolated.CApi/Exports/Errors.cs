using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>The error indicator (pyerrors.h). Exceptions are always normalised here: the
/// "value" is the exception instance and the "type" its class.</summary>
internal static unsafe class Errors
{
    /// <summary>Makes an exception instance of <paramref name="type"/> from <paramref name="value"/>
    /// (null: no arguments; a tuple: the arguments; an instance: itself), as CPython normalises.</summary>
    static PyBaseException? Instantiate(ThreadState ts, PyObject type, PyObject? value)
    {
        if (type is not PyType t || !t.HasFlag(TypeFlags.BaseExceptionSubclass))
        {
            ts.Raise(ExceptionKind.SystemError, $"exception {(type is PyType tt ? tt.Name : type.Type.Name)} not a BaseException subclass");
            return null;
        }
        if (value is PyBaseException e && e.Type.IsSubtypeOf(t)) return e;
        PyObject? made = value switch
        {
            null => Ops.Call(ts, t),
            PyTuple args => Ops.Call(ts, t, args.Items),
            _ => Ops.Call(ts, t, value),
        };
        if (made is null) return null;
        if (made is PyBaseException exc) return exc;
        ts.Raise(ExceptionKind.TypeError, $"calling {t.Name} should have returned an instance of BaseException, not {made.Type.Name}");
        return null;
    }

    static void Set(ThreadState ts, nint type, PyObject? value)
    {
        var t = Api.Arg(ts, type);
        if (t is null) return;
        var exc = Instantiate(ts, t, value);
        if (exc is not null) ts.CurrentException = exc;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetString")]
    public static void PyErr_SetString(nint type, byte* message)
    {
        var ts = Api.Ts("PyErr_SetString");
        if (ts is null) return;
        try
        {
            var text = Api.Utf8(ts, message);
            if (text is null) return;
            Set(ts, type, ts.Interpreter.Str(text));
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetObject")]
    public static void PyErr_SetObject(nint type, nint value)
    {
        var ts = Api.Ts("PyErr_SetObject");
        if (ts is null) return;
        try
        {
            PyObject? v = null;
            if (value != 0 && (v = Api.Arg(ts, value)) is null) return;
            Set(ts, type, v);   // a tuple is the argument list, as in CPython
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetNone")]
    public static void PyErr_SetNone(nint type)
    {
        var ts = Api.Ts("PyErr_SetNone");
        if (ts is null) return;
        try { Set(ts, type, null); }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_Occurred")]
    public static nint PyErr_Occurred()
    {
        var ts = Boundary.BoundaryThread.Current.State;
        return ts?.CurrentException is { } e ? Api.Borrow(ts, e.Type) : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_Clear")]
    public static void PyErr_Clear()
    {
        var ts = Boundary.BoundaryThread.Current.State;
        if (ts is not null) ts.CurrentException = null;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_Fetch")]
    public static void PyErr_Fetch(nint* ptype, nint* pvalue, nint* ptraceback)
    {
        if (ptype != null) *ptype = 0;
        if (pvalue != null) *pvalue = 0;
        if (ptraceback != null) *ptraceback = 0;
        var ts = Api.Ts("PyErr_Fetch");
        var e = ts?.FetchError();
        if (ts is null || e is null) return;
        if (ptype != null) *ptype = Api.New(ts, e.Type);
        if (pvalue != null) *pvalue = Api.New(ts, e);
        if (ptraceback != null && e.Traceback is { } tb && !ReferenceEquals(tb, ts.Interpreter.None)) *ptraceback = Api.New(ts, tb);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_Restore")]
    public static void PyErr_Restore(nint type, nint value, nint traceback)
    {
        var ts = Api.Ts("PyErr_Restore");
        if (ts is null) return;
        try
        {
            if (type == 0)
            {
                ts.CurrentException = null;
                return;
            }
            var t = Api.Arg(ts, type);
            PyObject? v = value == 0 ? null : Api.Arg(ts, value);
            PyObject? tb = traceback == 0 ? null : Api.Arg(ts, traceback);
            if (t is not null)
            {
                var exc = Instantiate(ts, t, v);
                if (exc is not null)
                {
                    if (tb is not null) exc.Traceback = tb;
                    ts.CurrentException = exc;
                }
            }
        }
        catch (Exception e) { Api.Fail(ts, e); }
        finally
        {
            Api.Steal(type);
            Api.Steal(value);
            Api.Steal(traceback);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_NormalizeException")]
    public static void PyErr_NormalizeException(nint* ptype, nint* pvalue, nint* ptraceback)
    {
        var ts = Api.Ts("PyErr_NormalizeException");
        if (ts is null || ptype == null || pvalue == null || *ptype == 0) return;
        try
        {
            var t = Api.Arg(ts, *ptype);
            PyObject? v = *pvalue == 0 ? null : Api.Arg(ts, *pvalue);
            if (t is null) return;
            if (v is PyBaseException be && be.Type.IsSubtypeOf((PyType)t)) return;
            var exc = Instantiate(ts, t, v);
            if (exc is null) return;
            Api.Steal(*pvalue);
            *pvalue = Api.New(ts, exc);
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_GetRaisedException")]
    public static nint PyErr_GetRaisedException()
    {
        var ts = Api.Ts("PyErr_GetRaisedException");
        if (ts is null) return 0;
        return Api.New(ts, ts.FetchError());
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetRaisedException")]
    public static void PyErr_SetRaisedException(nint exc)
    {
        var ts = Api.Ts("PyErr_SetRaisedException");
        if (ts is null) return;
        if (exc == 0) { ts.CurrentException = null; return; }
        var obj = Api.Arg(ts, exc);
        if (obj is PyBaseException e) ts.CurrentException = e;
        else if (obj is not null) ts.Raise(ExceptionKind.TypeError, "exceptions must derive from BaseException");
        Api.Steal(exc);
    }

    /// <summary>PyErr_GivenExceptionMatches: a class, or a tuple of classes, matched against an
    /// exception instance or class. Nested tuples are walked with an explicit stack: a
    /// 10^5-deep tuple from a script must not overflow the native stack.</summary>
    static bool Matches(PyObject given, PyObject exc)
    {
        if (exc is not PyTuple)
            return MatchesOne(given, exc);
        var pending = new Stack<PyObject>();
        pending.Push(exc);
        while (pending.Count > 0)
        {
            var spec = pending.Pop();
            if (spec is PyTuple tuple)
            {
                for (int i = tuple.Items.Length - 1; i >= 0; i--) pending.Push(tuple.Items[i]);
            }
            else if (MatchesOne(given, spec)) return true;
        }
        return false;
    }

    static bool MatchesOne(PyObject given, PyObject exc)
    {
        var givenType = given as PyType ?? given.Type;
        return exc is PyType t ? givenType.IsSubtypeOf(t) : ReferenceEquals(given, exc);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_GivenExceptionMatches")]
    public static int PyErr_GivenExceptionMatches(nint given, nint exc)
    {
        if (given == 0 || exc == 0) return 0;
        var g = Bridge.ObjectBridge.FromNative(given);
        var e = Bridge.ObjectBridge.FromNative(exc);
        return g is not null && e is not null && Matches(g, e) ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_ExceptionMatches")]
    public static int PyErr_ExceptionMatches(nint exc)
    {
        var ts = Boundary.BoundaryThread.Current.State;
        if (ts?.CurrentException is not { } current || exc == 0) return 0;
        var e = Bridge.ObjectBridge.FromNative(exc);
        return e is not null && Matches(current, e) ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_NoMemory")]
    public static nint PyErr_NoMemory()
    {
        Api.Ts("PyErr_NoMemory")?.Raise(ExceptionKind.MemoryError, "");
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_BadArgument")]
    public static int PyErr_BadArgument()
    {
        Api.Ts("PyErr_BadArgument")?.Raise(ExceptionKind.TypeError, "bad argument type for built-in operation");
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_BadInternalCall")]
    public static void PyErr_BadInternalCall() =>
        Api.Ts("PyErr_BadInternalCall")?.Raise(ExceptionKind.SystemError, "bad argument to internal function");

    static nint ExceptionPart(nint exc, string function, Func<PyBaseException, PyObject?> part)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        if (Api.Arg(ts, exc) is not PyBaseException e) return 0;
        var v = part(e);
        return v is null || ReferenceEquals(v, ts.Interpreter.None) ? 0 : Api.New(ts, v);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyException_GetTraceback")]
    public static nint PyException_GetTraceback(nint exc) => ExceptionPart(exc, "PyException_GetTraceback", static e => e.Traceback);

    [UnmanagedCallersOnly(EntryPoint = "PyException_GetCause")]
    public static nint PyException_GetCause(nint exc) => ExceptionPart(exc, "PyException_GetCause", static e => e.Cause);

    [UnmanagedCallersOnly(EntryPoint = "PyException_GetContext")]
    public static nint PyException_GetContext(nint exc) => ExceptionPart(exc, "PyException_GetContext", static e => e.Context);

    [UnmanagedCallersOnly(EntryPoint = "PyException_GetArgs")]
    public static nint PyException_GetArgs(nint exc) => ExceptionPart(exc, "PyException_GetArgs", static e => e.Args);

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_GetException")]
    public static nint PyIsolated_GetException(int which)
    {
        var ts = Api.Ts("PyIsolated_GetException");
        if (ts is null) return 0;
        if (which < 0 || which >= (int)ExceptionKind.Count)
        {
            ts.Raise(ExceptionKind.SystemError, $"no builtin exception number {which}");
            return 0;
        }
        return Api.Borrow(ts, ts.Interpreter.ExceptionType((ExceptionKind)which));
    }
}
