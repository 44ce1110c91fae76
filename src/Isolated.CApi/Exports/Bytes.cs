using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>
/// bytes objects (bytesobject.h). A bytes object's payload is a managed array the GC may move
/// and has no room for CPython's trailing NUL, so the char* C gets is a pinned, NUL-terminated
/// copy kept with the header (valid while the object lives, as CPython promises). For bytes made
/// with NULL contents, what C writes there is copied back when the object crosses back.
/// </summary>
internal static unsafe class Bytes
{
    [UnmanagedCallersOnly(EntryPoint = "PyBytes_FromStringAndSize")]
    public static nint PyBytes_FromStringAndSize(byte* s, nint size)
    {
        var ts = Api.Ts("PyBytes_FromStringAndSize");
        if (ts is null) return 0;
        try
        {
            if (size < 0) { ts.Raise(ExceptionKind.SystemError, "Negative size passed to PyBytes_FromStringAndSize"); return 0; }
            var data = new byte[size];
            if (s != null) new ReadOnlySpan<byte>(s, (int)size).CopyTo(data);
            nint h = Api.New(ts, new PyBytes(ts.Interpreter.Types.Bytes, data));
            // NULL contents: C will fill the buffer through PyBytes_AsString (CPython's idiom).
            if (s == null && h != 0) *NativeArena.Flags(h) |= NativeArena.FlagWritableBytes;
            return h;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyBytes_FromString")]
    public static nint PyBytes_FromString(byte* s)
    {
        var ts = Api.Ts("PyBytes_FromString");
        if (ts is null) return 0;
        try
        {
            if (s == null) { ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (NULL string)"); return 0; }
            int n = new ReadOnlySpan<byte>(s, int.MaxValue).IndexOf((byte)0);
            return Api.New(ts, new PyBytes(ts.Interpreter.Types.Bytes, new ReadOnlySpan<byte>(s, n).ToArray()));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyBytes_Size")]
    public static nint PyBytes_Size(nint o)
    {
        var ts = Api.Ts("PyBytes_Size");
        if (ts is null) return -1;
        var b = Arg(ts, o);
        return b is null ? -1 : b.Length;
    }

    static PyBytes? Arg(ThreadState ts, nint o)
    {
        var x = Api.Arg(ts, o);
        if (x is null) return null;
        if (x is PyBytes b) return b;
        ts.Raise(ExceptionKind.TypeError, $"expected bytes, {x.Type.Name} found");
        return null;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyBytes_AsString")]
    public static byte* PyBytes_AsString(nint o)
    {
        var ts = Api.Ts("PyBytes_AsString");
        if (ts is null) return null;
        try
        {
            var b = Arg(ts, o);
            return b is null ? null : NativeInterpreterState.Of(ts.Interpreter).Arena.PinnedBytes(o, b);
        }
        catch (Exception e) { Api.Fail(ts, e); return null; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyBytes_AsStringAndSize")]
    public static int PyBytes_AsStringAndSize(nint o, byte** buffer, nint* length)
    {
        var ts = Api.Ts("PyBytes_AsStringAndSize");
        if (ts is null) return -1;
        try
        {
            if (buffer == null) { ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (NULL buffer)"); return -1; }
            var b = Arg(ts, o);
            if (b is null) return -1;
            if (length == null && b.Value.AsSpan().IndexOf((byte)0) >= 0)
            {
                ts.Raise(ExceptionKind.ValueError, "embedded null byte");
                return -1;
            }
            *buffer = NativeInterpreterState.Of(ts.Interpreter).Arena.PinnedBytes(o, b);
            if (length != null) *length = b.Length;
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>*bytes = *bytes + newpart; on error *bytes is released and set to NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyBytes_Concat")]
    public static void PyBytes_Concat(nint* bytes, nint newpart) => Concat(bytes, newpart, "PyBytes_Concat");

    /// <summary>PyBytes_Concat, then releases newpart (a stolen reference).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyBytes_ConcatAndDel")]
    public static void PyBytes_ConcatAndDel(nint* bytes, nint newpart)
    {
        Concat(bytes, newpart, "PyBytes_ConcatAndDel");
        if (Api.Ts("PyBytes_ConcatAndDel") is not null) Api.Steal(newpart);
    }

    static void Concat(nint* pv, nint w, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null || pv == null) return;
        nint v = *pv;
        if (v == 0) return;
        try
        {
            var left = Api.Arg(ts, v);
            var right = left is null ? null : Api.Arg(ts, w);
            PyObject? result = null;
            if (right is not null)
            {
                if (left is IBuffer a && right is IBuffer b && left is PyBytes)
                {
                    var data = new byte[a.AsReadOnlySpan().Length + b.AsReadOnlySpan().Length];
                    a.AsReadOnlySpan().CopyTo(data);
                    b.AsReadOnlySpan().CopyTo(data.AsSpan(a.AsReadOnlySpan().Length));
                    result = PyBytes.Create(ts.Interpreter, data);
                }
                else ts.Raise(ExceptionKind.TypeError, $"can't concat {right.Type.Name} to {left!.Type.Name}");
            }
            *pv = Api.New(ts, result);
            Api.Steal(v);
        }
        catch (Exception e) { Api.Fail(ts, e); *pv = 0; Api.Steal(v); }
    }

    /// <summary>bytes(o) for a buffer, list, tuple or other iterable of ints; str and non-iterables
    /// are refused (unlike bytes(n), an int never means a size here).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyBytes_FromObject")]
    public static nint PyBytes_FromObject(nint o)
    {
        var ts = Api.Ts("PyBytes_FromObject");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return 0;
            if (x.GetType() == typeof(PyBytes) && ReferenceEquals(x.Type, ts.Interpreter.Types.Bytes)) return Api.New(ts, x);
            if (x is IBuffer buffer && !x.Type.HasFlag(TypeFlags.HeapType)) return Api.New(ts, PyBytes.Create(ts.Interpreter, buffer.AsReadOnlySpan().ToArray()));
            if (BufferProtocol.Exports(x)) return Api.New(ts, Ops.Call(ts, ts.Interpreter.Types.Bytes, x));
            if (x is PyStr || (x.Type.Slots.Iter is null && x.Type.Slots.GetItem is null))
            {
                ts.Raise(ExceptionKind.TypeError, $"cannot convert '{x.Type.Name}' object to bytes");
                return 0;
            }
            return Api.New(ts, Ops.Call(ts, ts.Interpreter.Types.Bytes, x));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>repr(bytes); with smartquotes 0 the quotes are always single (inner ones escaped).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyBytes_Repr")]
    public static nint PyBytes_Repr(nint o, int smartquotes)
    {
        var ts = Api.Ts("PyBytes_Repr");
        if (ts is null) return 0;
        try
        {
            var b = Arg(ts, o);
            if (b is null) return 0;
            string repr = BytesType.Repr(b.Value, "b");
            // The smart form switches to double quotes only for data with ' and no ": the
            // plain form of that is the same text in single quotes with ' escaped.
            if (smartquotes == 0 && repr.StartsWith("b\"", StringComparison.Ordinal))
                repr = "b'" + repr[2..^1].Replace("'", "\\'") + "'";
            return Api.New(ts, ts.Interpreter.Str(repr));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>Decodes Python bytes-literal escapes (\n, \x41, \101, ...) like
    /// codecs.escape_decode. The last two parameters are unused, as in CPython.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyBytes_DecodeEscape")]
    public static nint PyBytes_DecodeEscape(byte* s, nint len, byte* errors, nint unicode, byte* recodeEncoding)
    {
        var ts = Api.Ts("PyBytes_DecodeEscape");
        if (ts is null) return 0;
        try
        {
            if (len < 0 || (s == null && len > 0)) { ts.Raise(ExceptionKind.SystemError, "bad argument to internal function"); return 0; }
            var data = PyBytes.Create(ts.Interpreter, new ReadOnlySpan<byte>(s, checked((int)len)).ToArray());
            PyObject handler = errors == null ? ts.Interpreter.None : ts.Interpreter.Str(Calls.CString(errors, "strict"));
            var r = Calls.ModuleFunction(ts, "_codecs", "escape_decode", [data, handler]);
            return r is PyTuple { Count: >= 1 } t ? Api.New(ts, t[0]) : 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }
}
