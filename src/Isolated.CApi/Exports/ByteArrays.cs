using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>
/// bytearray objects (bytearrayobject.h). PyByteArray_AsString hands out the bytearray's own
/// storage, pinned, so what C writes there is the bytearray's contents; a resize may move it
/// (as CPython's realloc may), after which the pointer must be fetched again.
/// </summary>
internal static unsafe class ByteArrays
{
    static PyByteArray? Arg(ThreadState ts, nint o)
    {
        var x = Api.Arg(ts, o);
        if (x is null) return null;
        if (x is PyByteArray b) return b;
        ts.Raise(ExceptionKind.TypeError, $"expected bytearray, {x.Type.Name} found");
        return null;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyByteArray_FromStringAndSize")]
    public static nint PyByteArray_FromStringAndSize(byte* s, nint size)
    {
        var ts = Api.Ts("PyByteArray_FromStringAndSize");
        if (ts is null) return 0;
        try
        {
            if (size < 0) { ts.Raise(ExceptionKind.SystemError, "Negative size passed to PyByteArray_FromStringAndSize"); return 0; }
            var data = new byte[size];
            if (s != null) new ReadOnlySpan<byte>(s, checked((int)size)).CopyTo(data);
            return Api.New(ts, new PyByteArray(ts.Interpreter.Types.ByteArray, data));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>bytearray(o).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyByteArray_FromObject")]
    public static nint PyByteArray_FromObject(nint o) =>
        Api.Unary(o, "PyByteArray_FromObject", static (ts, x) => Ops.Call(ts, ts.Interpreter.Types.ByteArray, x));

    /// <summary>A new bytearray with a's bytes then b's (any two buffer objects).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyByteArray_Concat")]
    public static nint PyByteArray_Concat(nint a, nint b) =>
        Api.Binary(a, b, "PyByteArray_Concat", static (ts, x, y) =>
        {
            if (x is not IBuffer first || y is not IBuffer second)
                return ts.Raise(ExceptionKind.TypeError, $"can't concat {y.Type.Name} to {x.Type.Name}");
            var result = new PyByteArray(ts.Interpreter.Types.ByteArray, first.AsReadOnlySpan().ToArray());
            result.AppendRange(second.AsReadOnlySpan());
            return result;
        });

    [UnmanagedCallersOnly(EntryPoint = "PyByteArray_Size")]
    public static nint PyByteArray_Size(nint o)
    {
        var ts = Api.Ts("PyByteArray_Size");
        if (ts is null) return -1;
        var b = Arg(ts, o);
        return b is null ? -1 : b.Count;
    }

    /// <summary>The bytearray's storage, NUL-terminated, writable in place.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyByteArray_AsString")]
    public static byte* PyByteArray_AsString(nint o)
    {
        var ts = Api.Ts("PyByteArray_AsString");
        if (ts is null) return null;
        try
        {
            var b = Arg(ts, o);
            return b is null ? null : NativeInterpreterState.Of(ts.Interpreter).Arena.PinnedArray(o, b.NulTerminatedStorage());
        }
        catch (Exception e) { Api.Fail(ts, e); return null; }
    }

    /// <summary>Truncates or extends (with zero bytes) to len; BufferError while exported.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyByteArray_Resize")]
    public static int PyByteArray_Resize(nint o, nint len)
    {
        var ts = Api.Ts("PyByteArray_Resize");
        if (ts is null) return -1;
        try
        {
            var b = Arg(ts, o);
            if (b is null) return -1;
            if (len < 0) { ts.Raise(ExceptionKind.ValueError, $"Can only resize to positive sizes, got {len}"); return -1; }
            if (len == b.Count) return 0;
            if (!b.CheckResizable(ts)) return -1;
            if (len < b.Count) b.Splice((int)len, b.Count - (int)len, ReadOnlySpan<byte>.Empty);
            else b.Splice(b.Count, 0, new byte[checked((int)(len - b.Count))]);
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }
}
