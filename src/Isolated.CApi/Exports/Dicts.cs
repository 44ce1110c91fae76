using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>dict objects (dictobject.h).</summary>
internal static unsafe class Dicts
{
    [UnmanagedCallersOnly(EntryPoint = "PyDict_New")]
    public static nint PyDict_New()
    {
        var ts = Api.Ts("PyDict_New");
        return ts is null ? 0 : Api.New(ts, ts.Interpreter.NewDict());
    }

    static PyDict? Dict(ThreadState ts, nint d, string function) => Api.Arg<PyDict>(ts, d, function);

    [UnmanagedCallersOnly(EntryPoint = "PyDict_SetItem")]
    public static int PyDict_SetItem(nint dict, nint key, nint value)
    {
        var ts = Api.Ts("PyDict_SetItem");
        if (ts is null) return -1;
        try
        {
            var d = Dict(ts, dict, "PyDict_SetItem");
            var k = d is null ? null : Api.Arg(ts, key);
            var v = k is null ? null : Api.Arg(ts, value);
            return v is not null && d!.TrySetItem(ts, k!, v) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_SetItemString")]
    public static int PyDict_SetItemString(nint dict, byte* key, nint value)
    {
        var ts = Api.Ts("PyDict_SetItemString");
        if (ts is null) return -1;
        try
        {
            var d = Dict(ts, dict, "PyDict_SetItemString");
            var k = d is null ? null : Api.Utf8(ts, key);
            var v = k is null ? null : Api.Arg(ts, value);
            if (v is null) return -1;
            d!.SetStr(ts.Interpreter.Intern(k!), v);
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    static nint Get(nint dict, PyObject? key, ThreadState ts, bool suppress)
    {
        var saved = suppress ? ts.FetchError() : null;
        try
        {
            var d = Dict(ts, dict, "PyDict_GetItem");
            if (d is null || key is null) return 0;
            if (!d.TryGetItem(ts, key, out var v)) return 0;
            return v is null ? 0 : Bridge.ObjectBridge.BorrowedFrom(ts.Interpreter, dict, v);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
        finally
        {
            if (suppress) ts.CurrentException = saved;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_GetItem")]
    public static nint PyDict_GetItem(nint dict, nint key)
    {
        var ts = Api.Ts("PyDict_GetItem");
        if (ts is null || key == 0) return 0;
        return Get(dict, Bridge.ObjectBridge.FromNative(key), ts, suppress: true);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_GetItemWithError")]
    public static nint PyDict_GetItemWithError(nint dict, nint key)
    {
        var ts = Api.Ts("PyDict_GetItemWithError");
        if (ts is null) return 0;
        var k = Api.Arg(ts, key);
        return k is null ? 0 : Get(dict, k, ts, suppress: false);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_GetItemString")]
    public static nint PyDict_GetItemString(nint dict, byte* key)
    {
        var ts = Api.Ts("PyDict_GetItemString");
        if (ts is null || key == null) return 0;
        return Get(dict, ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)key)!), ts, suppress: true);
    }

    static int Delete(ThreadState ts, nint dict, PyObject? key)
    {
        var d = Dict(ts, dict, "PyDict_DelItem");
        if (d is null || key is null) return -1;
        int r = d.TryDelItem(ts, key, out _);
        if (r == 0)
        {
            ts.Raise(new PyBaseException(ts.Interpreter.ExceptionType(ExceptionKind.KeyError), ts.Interpreter.Tuple(key)));
            return -1;
        }
        return r < 0 ? -1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_DelItem")]
    public static int PyDict_DelItem(nint dict, nint key)
    {
        var ts = Api.Ts("PyDict_DelItem");
        if (ts is null) return -1;
        try { return Delete(ts, dict, Api.Arg(ts, key)); }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_DelItemString")]
    public static int PyDict_DelItemString(nint dict, byte* key)
    {
        var ts = Api.Ts("PyDict_DelItemString");
        if (ts is null) return -1;
        try
        {
            var k = Api.Utf8(ts, key);
            return k is null ? -1 : Delete(ts, dict, ts.Interpreter.Str(k));
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_Contains")]
    public static int PyDict_Contains(nint dict, nint key)
    {
        var ts = Api.Ts("PyDict_Contains");
        if (ts is null) return -1;
        try
        {
            var d = Dict(ts, dict, "PyDict_Contains");
            var k = d is null ? null : Api.Arg(ts, key);
            if (k is null) return -1;
            return d!.TryGetItem(ts, k, out var v) ? (v is null ? 0 : 1) : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_Size")]
    public static nint PyDict_Size(nint dict)
    {
        var ts = Api.Ts("PyDict_Size");
        if (ts is null) return -1;
        var d = Dict(ts, dict, "PyDict_Size");
        return d is null ? -1 : d.Count;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_Clear")]
    public static void PyDict_Clear(nint dict)
    {
        var ts = Api.Ts("PyDict_Clear");
        if (ts is null || dict == 0) return;
        if (Bridge.ObjectBridge.FromNative(dict) is PyDict d) d.Clear();
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_Next")]
    public static int PyDict_Next(nint dict, nint* pos, nint* key, nint* value)
    {
        var ts = Api.Ts("PyDict_Next");
        if (ts is null || pos == null || dict == 0) return 0;
        if (Bridge.ObjectBridge.FromNative(dict) is not PyDict d) return 0;
        int p = (int)*pos;
        if (!d.Next(ref p, out var k, out var v)) return 0;
        *pos = p;
        if (key != null) *key = Bridge.ObjectBridge.BorrowedFrom(ts.Interpreter, dict, k);
        if (value != null) *value = Bridge.ObjectBridge.BorrowedFrom(ts.Interpreter, dict, v);
        return 1;
    }

    /// <summary>PyDict_Copy: a new plain dict with the same items (also for dict subclasses).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyDict_Copy")]
    public static nint PyDict_Copy(nint dict)
    {
        var ts = Api.Ts("PyDict_Copy");
        if (ts is null) return 0;
        try
        {
            var d = Dict(ts, dict, "PyDict_Copy");
            if (d is null) return 0;
            var copy = ts.Interpreter.NewDict();
            return copy.Merge(ts, d) ? Api.New(ts, copy) : 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>The keys, values or items of a dict as a new list.</summary>
    static nint ListOf(nint dict, string function, int what)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var d = Dict(ts, dict, function);
            if (d is null) return 0;
            var interp = ts.Interpreter;
            var items = new PyObject[d.Count];
            int pos = 0, i = 0;
            while (i < items.Length && d.Next(ref pos, out var k, out var v))
                items[i++] = what == 0 ? k : what == 1 ? v : interp.Tuple(k, v);
            return Api.New(ts, new PyList(interp.Types.List, items, i));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_Keys")]
    public static nint PyDict_Keys(nint dict) => ListOf(dict, "PyDict_Keys", 0);

    [UnmanagedCallersOnly(EntryPoint = "PyDict_Values")]
    public static nint PyDict_Values(nint dict) => ListOf(dict, "PyDict_Values", 1);

    [UnmanagedCallersOnly(EntryPoint = "PyDict_Items")]
    public static nint PyDict_Items(nint dict) => ListOf(dict, "PyDict_Items", 2);

    /// <summary>PyDict_Merge: the items of mapping b (a dict, or anything with keys() and
    /// __getitem__) into a; existing keys replaced only when overwrite is non-zero.</summary>
    static int Merge(ThreadState ts, nint a, nint b, bool overwrite, string function)
    {
        var d = Dict(ts, a, function);
        var other = d is null ? null : Api.Arg(ts, b);
        if (other is null) return -1;
        if (other.GetType() == typeof(PyDict)) return d!.Merge(ts, (PyDict)other, overwrite) ? 0 : -1;
        var keys = Ops.GetAttr(ts, other, "keys") is { } keysMethod ? Ops.Call(ts, keysMethod) : null;
        var it = keys is null ? null : Ops.GetIter(ts, keys);
        if (it is null) return -1;
        while (Ops.Next(ts, it) is { } k)
        {
            if (!overwrite)
            {
                if (!d!.TryGetItem(ts, k, out var existing)) return -1;
                if (existing is not null) continue;
            }
            var v = Ops.GetItem(ts, other, k);
            if (v is null || !d!.TrySetItem(ts, k, v)) return -1;
        }
        return ts.CurrentException is null ? 0 : -1;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_Merge")]
    public static int PyDict_Merge(nint a, nint b, int overwrite)
    {
        var ts = Api.Ts("PyDict_Merge");
        if (ts is null) return -1;
        try { return Merge(ts, a, b, overwrite != 0, "PyDict_Merge"); }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDict_Update")]
    public static int PyDict_Update(nint a, nint b)
    {
        var ts = Api.Ts("PyDict_Update");
        if (ts is null) return -1;
        try { return Merge(ts, a, b, true, "PyDict_Update"); }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>PyDict_MergeFromSeq2: key/value pairs from an iterable of 2-item iterables.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyDict_MergeFromSeq2")]
    public static int PyDict_MergeFromSeq2(nint a, nint seq2, int overwrite)
    {
        var ts = Api.Ts("PyDict_MergeFromSeq2");
        if (ts is null) return -1;
        try
        {
            var d = Dict(ts, a, "PyDict_MergeFromSeq2");
            var seq = d is null ? null : Api.Arg(ts, seq2);
            var it = seq is null ? null : Ops.GetIter(ts, seq);
            if (it is null) return -1;
            for (long index = 0; Ops.Next(ts, it) is { } item; index++)
            {
                var pair = Ops.ToArray(ts, item);
                if (pair is null)
                {
                    if (Ops.IsError(ts, ExceptionKind.TypeError))
                    {
                        ts.FetchError();
                        ts.Raise(ExceptionKind.TypeError, $"cannot convert dictionary update sequence element #{index} to a sequence");
                    }
                    return -1;
                }
                if (pair.Length != 2)
                {
                    ts.Raise(ExceptionKind.ValueError, $"dictionary update sequence element #{index} has length {pair.Length}; 2 is required");
                    return -1;
                }
                if (overwrite == 0)
                {
                    if (!d!.TryGetItem(ts, pair[0], out var existing)) return -1;
                    if (existing is not null) continue;
                }
                if (!d!.TrySetItem(ts, pair[0], pair[1])) return -1;
            }
            return ts.CurrentException is null ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>PyDictProxy_New: a read-only view (types.MappingProxyType) of a mapping.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyDictProxy_New")]
    public static nint PyDictProxy_New(nint mapping) =>
        Api.Unary(mapping, "PyDictProxy_New", static (ts, m) => Ops.Call(ts, ts.Interpreter.Types.MappingProxy, m));
}
