using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>The exception being handled (sys.exception(), sys.exc_info()) and the parts of an
/// exception object C code sets (pyerrors.h).</summary>
internal static unsafe class HandledExceptions
{
    [UnmanagedCallersOnly(EntryPoint = "PyErr_GetHandledException")]
    public static nint PyErr_GetHandledException()
    {
        var ts = Api.Ts("PyErr_GetHandledException");
        return ts is null ? 0 : Api.New(ts, ts.HandledException);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetHandledException")]
    public static void PyErr_SetHandledException(nint exc)
    {
        var ts = Api.Ts("PyErr_SetHandledException");
        if (ts is null) return;
        try { SetHandled(ts, exc == 0 ? null : Bridge.ObjectBridge.FromNative(exc)); }
        finally { Api.Steal(exc); }
    }

    /// <summary>None and NULL clear it; anything else must be an exception instance.</summary>
    static void SetHandled(ThreadState ts, PyObject? value)
    {
        if (value is null || ReferenceEquals(value, ts.Interpreter.None)) ts.HandledException = null;
        else if (value is PyBaseException e) ts.HandledException = e;
        else ts.Raise(ExceptionKind.TypeError, "exceptions must derive from BaseException");
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_GetExcInfo")]
    public static void PyErr_GetExcInfo(nint* ptype, nint* pvalue, nint* ptraceback)
    {
        if (ptype != null) *ptype = 0;
        if (pvalue != null) *pvalue = 0;
        if (ptraceback != null) *ptraceback = 0;
        var ts = Api.Ts("PyErr_GetExcInfo");
        if (ts?.HandledException is not { } e) return;
        if (ptype != null) *ptype = Api.New(ts, e.Type);
        if (pvalue != null) *pvalue = Api.New(ts, e);
        if (ptraceback != null && e.Traceback is { } tb && !ReferenceEquals(tb, ts.Interpreter.None)) *ptraceback = Api.New(ts, tb);
    }

    /// <summary>PyErr_SetExcInfo: the value decides (CPython 3.12 ignores type and traceback
    /// beyond the reference they carry); all three references are stolen.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetExcInfo")]
    public static void PyErr_SetExcInfo(nint type, nint value, nint traceback)
    {
        var ts = Api.Ts("PyErr_SetExcInfo");
        try
        {
            if (ts is not null) SetHandled(ts, value == 0 ? null : Bridge.ObjectBridge.FromNative(value));
        }
        finally
        {
            Api.Steal(type);
            Api.Steal(value);
            Api.Steal(traceback);
        }
    }

    /// <summary>Sets an attribute of an exception through its type (the checks and messages of
    /// the exception's own setters).</summary>
    static int SetPart(nint exc, string attribute, PyObject? value, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            if (Api.Arg(ts, exc) is not { } e) return -1;
            if (e is not PyBaseException)
            {
                ts.Raise(ExceptionKind.TypeError, $"{function}: expected an exception, got '{e.Type.Name}'");
                return -1;
            }
            return Ops.SetAttr(ts, e, ts.Interpreter.Intern(attribute), value ?? ts.Interpreter.None) ? 0 : -1;
        }
        catch (Exception ex) { Api.Fail(ts, ex); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyException_SetArgs")]
    public static void PyException_SetArgs(nint exc, nint args) =>
        SetPart(exc, "args", args == 0 ? null : Bridge.ObjectBridge.FromNative(args), "PyException_SetArgs");

    [UnmanagedCallersOnly(EntryPoint = "PyException_SetCause")]
    public static void PyException_SetCause(nint exc, nint cause)
    {
        try { SetPart(exc, "__cause__", cause == 0 ? null : Bridge.ObjectBridge.FromNative(cause), "PyException_SetCause"); }
        finally { Api.Steal(cause); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyException_SetContext")]
    public static void PyException_SetContext(nint exc, nint context)
    {
        try { SetPart(exc, "__context__", context == 0 ? null : Bridge.ObjectBridge.FromNative(context), "PyException_SetContext"); }
        finally { Api.Steal(context); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyException_SetTraceback")]
    public static int PyException_SetTraceback(nint exc, nint tb)
    {
        if (tb == 0)
        {
            Api.Ts("PyException_SetTraceback")?.Raise(ExceptionKind.TypeError, "__traceback__ may not be deleted");
            return -1;
        }
        return SetPart(exc, "__traceback__", Bridge.ObjectBridge.FromNative(tb), "PyException_SetTraceback");
    }

    [UnmanagedCallersOnly(EntryPoint = "PyExceptionClass_Name")]
    public static byte* PyExceptionClass_Name(nint exc)
    {
        var ts = Api.Ts("PyExceptionClass_Name");
        if (ts is null) return null;
        if (Api.Arg(ts, exc) is not { } o) return null;
        if (o is not PyType t || !t.HasFlag(TypeFlags.BaseExceptionSubclass))
        {
            ts.Raise(ExceptionKind.TypeError, $"PyExceptionClass_Name: expected an exception class, got '{o.Type.Name}'");
            return null;
        }
        return Strings.Utf8(ts, t, t.Name);
    }
}
