using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>tuple objects (tupleobject.h).</summary>
internal static class Tuples
{
    [UnmanagedCallersOnly(EntryPoint = "PyTuple_New")]
    public static nint PyTuple_New(nint size)
    {
        var ts = Api.Ts("PyTuple_New");
        if (ts is null) return 0;
        try
        {
            if (size < 0) { ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (negative size)"); return 0; }
            if (size == 0) return Api.New(ts, ts.Interpreter.EmptyTuple);
            // Slots start as None rather than NULL: a half-filled tuple stays a valid object.
            var items = new PyObject[size];
            Array.Fill(items, ts.Interpreter.None);
            return Api.New(ts, new PyTuple(ts.Interpreter.Types.Tuple, items));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyTuple_Size")]
    public static nint PyTuple_Size(nint tuple)
    {
        var ts = Api.Ts("PyTuple_Size");
        if (ts is null) return -1;
        var t = Api.Arg<PyTuple>(ts, tuple, "PyTuple_Size");
        return t is null ? -1 : t.Count;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyTuple_GetItem")]
    public static nint PyTuple_GetItem(nint tuple, nint index)
    {
        var ts = Api.Ts("PyTuple_GetItem");
        if (ts is null) return 0;
        var t = Api.Arg<PyTuple>(ts, tuple, "PyTuple_GetItem");
        if (t is null) return 0;
        if (index < 0 || index >= t.Count) { ts.Raise(ExceptionKind.IndexError, "tuple index out of range"); return 0; }
        return Bridge.ObjectBridge.BorrowedFrom(ts.Interpreter, tuple, t[(int)index]);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyTuple_SetItem")]
    public static int PyTuple_SetItem(nint tuple, nint index, nint item)
    {
        var ts = Api.Ts("PyTuple_SetItem");
        if (ts is null) return -1;
        try
        {
            var t = Api.Arg<PyTuple>(ts, tuple, "PyTuple_SetItem");
            if (t is null) return -1;
            if (index < 0 || index >= t.Count) { ts.Raise(ExceptionKind.IndexError, "tuple assignment index out of range"); return -1; }
            var value = item == 0 ? ts.Interpreter.None : Api.Arg(ts, item);
            if (value is null) return -1;
            t.Items[(int)index] = value;
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
        finally
        {
            Api.Steal(item);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyTuple_GetSlice")]
    public static nint PyTuple_GetSlice(nint tuple, nint low, nint high)
    {
        var ts = Api.Ts("PyTuple_GetSlice");
        if (ts is null) return 0;
        var t = Api.Arg<PyTuple>(ts, tuple, "PyTuple_GetSlice");
        if (t is null) return 0;
        int n = t.Count;
        int lo = (int)Math.Clamp((long)low, 0, n), hi = (int)Math.Clamp((long)high, lo, n);
        if (lo == 0 && hi == n) return Api.New(ts, t);
        return Api.New(ts, ts.Interpreter.Tuple(t.Items[lo..hi]));
    }
}
