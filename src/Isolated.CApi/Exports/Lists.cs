using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>list objects (listobject.h).</summary>
internal static class Lists
{
    [UnmanagedCallersOnly(EntryPoint = "PyList_New")]
    public static nint PyList_New(nint size)
    {
        var ts = Api.Ts("PyList_New");
        if (ts is null) return 0;
        try
        {
            if (size < 0) { ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (negative size)"); return 0; }
            // CPython fills with NULL and expects PyList_SetItem before use; None keeps the list valid meanwhile.
            var items = new PyObject[size];
            Array.Fill(items, ts.Interpreter.None);
            return Api.New(ts, new PyList(ts.Interpreter.Types.List, items, (int)size));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyList_Size")]
    public static nint PyList_Size(nint list)
    {
        var ts = Api.Ts("PyList_Size");
        if (ts is null) return -1;
        var l = Api.Arg<PyList>(ts, list, "PyList_Size");
        return l is null ? -1 : l.Count;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyList_GetItem")]
    public static nint PyList_GetItem(nint list, nint index)
    {
        var ts = Api.Ts("PyList_GetItem");
        if (ts is null) return 0;
        var l = Api.Arg<PyList>(ts, list, "PyList_GetItem");
        if (l is null) return 0;
        if (index < 0 || index >= l.Count) { ts.Raise(ExceptionKind.IndexError, "list index out of range"); return 0; }
        return Bridge.ObjectBridge.BorrowedFrom(ts.Interpreter, list, l.Items[index]);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyList_SetItem")]
    public static int PyList_SetItem(nint list, nint index, nint item)
    {
        var ts = Api.Ts("PyList_SetItem");
        if (ts is null) return -1;
        try
        {
            var l = Api.Arg<PyList>(ts, list, "PyList_SetItem");
            if (l is null) return -1;
            if (index < 0 || index >= l.Count) { ts.Raise(ExceptionKind.IndexError, "list assignment index out of range"); return -1; }
            var v = item == 0 ? ts.Interpreter.None : Api.Arg(ts, item);
            if (v is null) return -1;
            l.Items[index] = v;
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
        finally
        {
            Api.Steal(item);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyList_Append")]
    public static int PyList_Append(nint list, nint item)
    {
        var ts = Api.Ts("PyList_Append");
        if (ts is null) return -1;
        try
        {
            var l = Api.Arg<PyList>(ts, list, "PyList_Append");
            var v = l is null ? null : Api.Arg(ts, item);
            if (v is null) return -1;
            l!.Append(v);
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyList_Insert")]
    public static int PyList_Insert(nint list, nint index, nint item)
    {
        var ts = Api.Ts("PyList_Insert");
        if (ts is null) return -1;
        try
        {
            var l = Api.Arg<PyList>(ts, list, "PyList_Insert");
            var v = l is null ? null : Api.Arg(ts, item);
            if (v is null) return -1;
            long i = index < 0 ? Math.Max(0, index + l!.Count) : Math.Min(index, l!.Count);
            l.Insert((int)i, v);
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyList_AsTuple")]
    public static nint PyList_AsTuple(nint list)
    {
        var ts = Api.Ts("PyList_AsTuple");
        if (ts is null) return 0;
        var l = Api.Arg<PyList>(ts, list, "PyList_AsTuple");
        return l is null ? 0 : Api.New(ts, ts.Interpreter.Tuple(l.AsSpan().ToArray()));
    }

    [UnmanagedCallersOnly(EntryPoint = "PyList_GetSlice")]
    public static nint PyList_GetSlice(nint list, nint low, nint high)
    {
        var ts = Api.Ts("PyList_GetSlice");
        if (ts is null) return 0;
        try
        {
            var l = Api.Arg<PyList>(ts, list, "PyList_GetSlice");
            return l is null ? 0 : Api.New(ts, Ops.GetSlice(ts, l, ts.Interpreter.Int(low), ts.Interpreter.Int(high)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyList_SetSlice: list[low:high] = itemlist; a NULL itemlist deletes the slice.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyList_SetSlice")]
    public static int PyList_SetSlice(nint list, nint low, nint high, nint itemlist)
    {
        var ts = Api.Ts("PyList_SetSlice");
        if (ts is null) return -1;
        try
        {
            var l = Api.Arg<PyList>(ts, list, "PyList_SetSlice");
            if (l is null) return -1;
            var interp = ts.Interpreter;
            if (itemlist == 0) return Ops.DelSlice(ts, l, interp.Int(low), interp.Int(high)) ? 0 : -1;
            var v = Api.Arg(ts, itemlist);
            return v is not null && Ops.SetSlice(ts, l, interp.Int(low), interp.Int(high), v) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyList_Sort")]
    public static int PyList_Sort(nint list)
    {
        var ts = Api.Ts("PyList_Sort");
        if (ts is null) return -1;
        try
        {
            var l = Api.Arg<PyList>(ts, list, "PyList_Sort");
            return l is not null && ListSort.Sort(ts, l, null, false) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyList_Reverse")]
    public static int PyList_Reverse(nint list)
    {
        var ts = Api.Ts("PyList_Reverse");
        if (ts is null) return -1;
        var l = Api.Arg<PyList>(ts, list, "PyList_Reverse");
        if (l is null) return -1;
        Array.Reverse(l.Items, 0, l.Count);
        return 0;
    }
}
