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
}
