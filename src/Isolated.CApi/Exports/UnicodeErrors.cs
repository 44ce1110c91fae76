using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>
/// The fields of UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError (what a C codec
/// error handler reads and writes). They go through the exception's attributes, so the values are
/// the same ones Python code sees. As in CPython, Get*Start/End clamp to the object's length
/// (start to [0, len-1], end to [1, len]); Set* store the value as given.
/// </summary>
internal static unsafe class UnicodeErrors
{
    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeDecodeError_Create")]
    public static nint PyUnicodeDecodeError_Create(byte* encoding, byte* obj, nint length, nint start, nint end, byte* reason)
    {
        var ts = Api.Ts("PyUnicodeDecodeError_Create");
        if (ts is null) return 0;
        try
        {
            if (encoding == null || reason == null || length < 0 || (obj == null && length > 0)) { Calls.BadInternalCall(ts); return 0; }
            var interp = ts.Interpreter;
            var data = PyBytes.Create(interp, new ReadOnlySpan<byte>(obj, checked((int)length)).ToArray());
            return Api.New(ts, Ops.Call(ts, interp.ExceptionType(ExceptionKind.UnicodeDecodeError),
                [interp.Str(Calls.CString(encoding, "")), data, interp.Int(start), interp.Int(end), interp.Str(Calls.CString(reason, ""))]));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeDecodeError_GetStart")]
    public static int PyUnicodeDecodeError_GetStart(nint exc, nint* start) => Get(exc, start, ExceptionKind.UnicodeDecodeError, isEnd: false, "PyUnicodeDecodeError_GetStart");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeDecodeError_GetEnd")]
    public static int PyUnicodeDecodeError_GetEnd(nint exc, nint* end) => Get(exc, end, ExceptionKind.UnicodeDecodeError, isEnd: true, "PyUnicodeDecodeError_GetEnd");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeDecodeError_SetStart")]
    public static int PyUnicodeDecodeError_SetStart(nint exc, nint start) => Set(exc, "start", start, ExceptionKind.UnicodeDecodeError, "PyUnicodeDecodeError_SetStart");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeDecodeError_SetEnd")]
    public static int PyUnicodeDecodeError_SetEnd(nint exc, nint end) => Set(exc, "end", end, ExceptionKind.UnicodeDecodeError, "PyUnicodeDecodeError_SetEnd");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeDecodeError_GetObject")]
    public static nint PyUnicodeDecodeError_GetObject(nint exc) => Attribute(exc, "object", ExceptionKind.UnicodeDecodeError, "PyUnicodeDecodeError_GetObject");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeDecodeError_GetReason")]
    public static nint PyUnicodeDecodeError_GetReason(nint exc) => Attribute(exc, "reason", ExceptionKind.UnicodeDecodeError, "PyUnicodeDecodeError_GetReason");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeDecodeError_SetReason")]
    public static int PyUnicodeDecodeError_SetReason(nint exc, byte* reason) => SetReason(exc, reason, ExceptionKind.UnicodeDecodeError, "PyUnicodeDecodeError_SetReason");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeDecodeError_GetEncoding")]
    public static nint PyUnicodeDecodeError_GetEncoding(nint exc) => Attribute(exc, "encoding", ExceptionKind.UnicodeDecodeError, "PyUnicodeDecodeError_GetEncoding");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeEncodeError_GetStart")]
    public static int PyUnicodeEncodeError_GetStart(nint exc, nint* start) => Get(exc, start, ExceptionKind.UnicodeEncodeError, isEnd: false, "PyUnicodeEncodeError_GetStart");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeEncodeError_GetEnd")]
    public static int PyUnicodeEncodeError_GetEnd(nint exc, nint* end) => Get(exc, end, ExceptionKind.UnicodeEncodeError, isEnd: true, "PyUnicodeEncodeError_GetEnd");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeEncodeError_SetStart")]
    public static int PyUnicodeEncodeError_SetStart(nint exc, nint start) => Set(exc, "start", start, ExceptionKind.UnicodeEncodeError, "PyUnicodeEncodeError_SetStart");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeEncodeError_SetEnd")]
    public static int PyUnicodeEncodeError_SetEnd(nint exc, nint end) => Set(exc, "end", end, ExceptionKind.UnicodeEncodeError, "PyUnicodeEncodeError_SetEnd");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeEncodeError_GetObject")]
    public static nint PyUnicodeEncodeError_GetObject(nint exc) => Attribute(exc, "object", ExceptionKind.UnicodeEncodeError, "PyUnicodeEncodeError_GetObject");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeEncodeError_GetReason")]
    public static nint PyUnicodeEncodeError_GetReason(nint exc) => Attribute(exc, "reason", ExceptionKind.UnicodeEncodeError, "PyUnicodeEncodeError_GetReason");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeEncodeError_SetReason")]
    public static int PyUnicodeEncodeError_SetReason(nint exc, byte* reason) => SetReason(exc, reason, ExceptionKind.UnicodeEncodeError, "PyUnicodeEncodeError_SetReason");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeEncodeError_GetEncoding")]
    public static nint PyUnicodeEncodeError_GetEncoding(nint exc) => Attribute(exc, "encoding", ExceptionKind.UnicodeEncodeError, "PyUnicodeEncodeError_GetEncoding");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeTranslateError_GetStart")]
    public static int PyUnicodeTranslateError_GetStart(nint exc, nint* start) => Get(exc, start, ExceptionKind.UnicodeTranslateError, isEnd: false, "PyUnicodeTranslateError_GetStart");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeTranslateError_GetEnd")]
    public static int PyUnicodeTranslateError_GetEnd(nint exc, nint* end) => Get(exc, end, ExceptionKind.UnicodeTranslateError, isEnd: true, "PyUnicodeTranslateError_GetEnd");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeTranslateError_SetStart")]
    public static int PyUnicodeTranslateError_SetStart(nint exc, nint start) => Set(exc, "start", start, ExceptionKind.UnicodeTranslateError, "PyUnicodeTranslateError_SetStart");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeTranslateError_SetEnd")]
    public static int PyUnicodeTranslateError_SetEnd(nint exc, nint end) => Set(exc, "end", end, ExceptionKind.UnicodeTranslateError, "PyUnicodeTranslateError_SetEnd");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeTranslateError_GetObject")]
    public static nint PyUnicodeTranslateError_GetObject(nint exc) => Attribute(exc, "object", ExceptionKind.UnicodeTranslateError, "PyUnicodeTranslateError_GetObject");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeTranslateError_GetReason")]
    public static nint PyUnicodeTranslateError_GetReason(nint exc) => Attribute(exc, "reason", ExceptionKind.UnicodeTranslateError, "PyUnicodeTranslateError_GetReason");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicodeTranslateError_SetReason")]
    public static int PyUnicodeTranslateError_SetReason(nint exc, byte* reason) => SetReason(exc, reason, ExceptionKind.UnicodeTranslateError, "PyUnicodeTranslateError_SetReason");

    /// <summary>The exception, checked to be of the function's class.</summary>
    static PyBaseException? Exception(ThreadState ts, nint exc, ExceptionKind kind)
    {
        var o = Api.Arg(ts, exc);
        if (o is null) return null;
        var type = ts.Interpreter.ExceptionType(kind);
        if (o is PyBaseException e && o.Type.IsSubtypeOf(type)) return e;
        ts.Raise(ExceptionKind.TypeError, $"expected {type.Name}, got {o.Type.Name}");
        return null;
    }

    /// <summary>The exception's object attribute, checked: bytes for decoding, str otherwise.</summary>
    static PyObject? Object(ThreadState ts, PyBaseException e, ExceptionKind kind)
    {
        var o = Ops.GetAttr(ts, e, "object");
        if (o is null) return null;
        bool decode = kind == ExceptionKind.UnicodeDecodeError;
        if (decode ? o is PyBytes : o is PyStr) return o;
        ts.Raise(ExceptionKind.TypeError, decode ? "object attribute must be bytes" : "object attribute must be unicode");
        return null;
    }

    static nint Attribute(nint exc, string name, ExceptionKind kind, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var e = Exception(ts, exc, kind);
            if (e is null) return 0;
            if (name == "object") return Api.New(ts, Object(ts, e, kind));
            var v = Ops.GetAttr(ts, e, name);
            if (v is null) return 0;
            if (v is not PyStr) { ts.Raise(ExceptionKind.TypeError, $"{name} attribute must be unicode"); return 0; }
            return Api.New(ts, v);
        }
        catch (Exception x) { Api.Fail(ts, x); return 0; }
    }

    static int Get(nint exc, nint* result, ExceptionKind kind, bool isEnd, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            if (result == null) { Calls.BadInternalCall(ts); return -1; }
            var e = Exception(ts, exc, kind);
            var obj = e is null ? null : Object(ts, e, kind);
            if (obj is null) return -1;
            long size = obj is PyStr s ? s.CodePointLength : ((PyBytes)obj).Length;
            if (Ops.GetAttr(ts, e!, isEnd ? "end" : "start") is not PyInt v) return -1;
            long value = v.IsSmall ? v.Small : v.ToBigInteger().Sign < 0 ? long.MinValue : long.MaxValue;
            if (isEnd) { if (value < 1) value = 1; if (value > size) value = size; }
            else { if (value < 0) value = 0; if (value >= size) value = size - 1; }
            *result = (nint)value;
            return 0;
        }
        catch (Exception x) { Api.Fail(ts, x); return -1; }
    }

    static int Set(nint exc, string name, nint value, ExceptionKind kind, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            var e = Exception(ts, exc, kind);
            return e is not null && Ops.SetAttr(ts, e, ts.Interpreter.Intern(name), ts.Interpreter.Int(value)) ? 0 : -1;
        }
        catch (Exception x) { Api.Fail(ts, x); return -1; }
    }

    static int SetReason(nint exc, byte* reason, ExceptionKind kind, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            var e = Exception(ts, exc, kind);
            if (e is null) return -1;
            var text = Api.Utf8(ts, reason);
            return text is not null && Ops.SetAttr(ts, e, ts.Interpreter.Intern("reason"), ts.Interpreter.Str(text)) ? 0 : -1;
        }
        catch (Exception x) { Api.Fail(ts, x); return -1; }
    }
}
