using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Item access and the sequence and mapping protocols (abstract.h).</summary>
internal static unsafe class Sequences
{
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GetItem")]
    public static nint PyObject_GetItem(nint o, nint key) => Api.Binary(o, key, "PyObject_GetItem", static (ts, x, k) => Ops.GetItem(ts, x, k));

    [UnmanagedCallersOnly(EntryPoint = "PyObject_SetItem")]
    public static int PyObject_SetItem(nint o, nint key, nint value)
    {
        var ts = Api.Ts("PyObject_SetItem");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            var k = x is null ? null : Api.Arg(ts, key);
            var v = k is null ? null : Api.Arg(ts, value);
            return v is not null && Ops.SetItem(ts, x!, k!, v) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_DelItem")]
    public static int PyObject_DelItem(nint o, nint key)
    {
        var ts = Api.Ts("PyObject_DelItem");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            var k = x is null ? null : Api.Arg(ts, key);
            return k is not null && Ops.DelItem(ts, x!, k) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    static nint Length(nint o, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            return x is null ? -1 : (nint)Ops.Length(ts, x);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_Size")]
    public static nint PyObject_Size(nint o) => Length(o, "PyObject_Size");

    [UnmanagedCallersOnly(EntryPoint = "PyObject_Length")]
    public static nint PyObject_Length(nint o) => Length(o, "PyObject_Length");

    [UnmanagedCallersOnly(EntryPoint = "PySequence_Size")]
    public static nint PySequence_Size(nint o) => Length(o, "PySequence_Size");

    [UnmanagedCallersOnly(EntryPoint = "PySequence_Length")]
    public static nint PySequence_Length(nint o) => Length(o, "PySequence_Length");

    [UnmanagedCallersOnly(EntryPoint = "PyMapping_Size")]
    public static nint PyMapping_Size(nint o) => Length(o, "PyMapping_Size");

    [UnmanagedCallersOnly(EntryPoint = "PyMapping_Length")]
    public static nint PyMapping_Length(nint o) => Length(o, "PyMapping_Length");

    /// <summary>PySequence_Check: the type has CPython's sequence item slot (see SubscriptSlots)
    /// and is not a dict or a dict subclass (CPython's rule).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PySequence_Check")]
    public static int PySequence_Check(nint o)
    {
        var x = o == 0 ? null : Bridge.ObjectBridge.FromNative(o);
        if (x is null || x.Type.HasFlag(TypeFlags.DictSubclass)) return 0;
        SubscriptSlots.Of(x.Type, get: true, out bool sequence, out _);
        return sequence ? 1 : 0;
    }

    /// <summary>PyMapping_Check: the type has CPython's mapping subscript slot (a deque has not).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyMapping_Check")]
    public static int PyMapping_Check(nint o)
    {
        var x = o == 0 ? null : Bridge.ObjectBridge.FromNative(o);
        if (x is null) return 0;
        SubscriptSlots.Of(x.Type, get: true, out _, out bool mapping);
        return mapping ? 1 : 0;
    }

    /// <summary>PySequence_GetItem/SetItem/DelItem index sequences only, as CPython's go through
    /// the sequence slot: a type with the mapping slot only (a dict, a mappingproxy) is a
    /// TypeError "X is not a sequence" (no lookup of the key i), one with neither gets
    /// <paramref name="unsupported"/>. A negative index has the length added first when the type has
    /// one. Returns false with the error set; <paramref name="index"/> is the index to use.</summary>
    static bool SequenceIndex(ThreadState ts, PyObject x, bool get, string unsupported, ref long index)
    {
        SubscriptSlots.Of(x.Type, get, out bool sequence, out bool mapping);
        if (!sequence)
        {
            if (mapping) ts.Raise(ExceptionKind.TypeError, $"{x.Type.TpName} is not a sequence");
            else ts.Raise(ExceptionKind.TypeError, $"'{x.Type.TpName}' object {unsupported}");
            return false;
        }
        if (index < 0 && x.Type.Slots.Length is not null)
        {
            long length = Ops.Length(ts, x);
            if (length < 0) return false;
            index += length;
        }
        return true;
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_GetItem")]
    public static nint PySequence_GetItem(nint o, nint i)
    {
        var ts = Api.Ts("PySequence_GetItem");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            long index = i;
            return x is null || !SequenceIndex(ts, x, get: true, "does not support indexing", ref index)
                ? 0 : Api.New(ts, Ops.GetItem(ts, x, index));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PySequence_SetItem: o[i] = v; a NULL v deletes the item (CPython's documented,
    /// deprecated form of PySequence_DelItem).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PySequence_SetItem")]
    public static int PySequence_SetItem(nint o, nint i, nint value) =>
        value == 0 ? DelItem("PySequence_SetItem", o, i) : SetItem(o, i, value);

    static int SetItem(nint o, nint i, nint value)
    {
        var ts = Api.Ts("PySequence_SetItem");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            long index = i;
            var v = x is null || !SequenceIndex(ts, x, get: false, "does not support item assignment", ref index) ? null : Api.Arg(ts, value);
            return v is not null && Ops.SetItem(ts, x!, ts.Interpreter.Int(index), v) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_DelItem")]
    public static int PySequence_DelItem(nint o, nint i) => DelItem("PySequence_DelItem", o, i);

    static int DelItem(string function, nint o, nint i)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            long index = i;
            return x is not null && SequenceIndex(ts, x, get: false, "doesn't support item deletion", ref index)
                && Ops.DelItem(ts, x, ts.Interpreter.Int(index)) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_GetSlice")]
    public static nint PySequence_GetSlice(nint o, nint low, nint high)
    {
        var ts = Api.Ts("PySequence_GetSlice");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            return x is null ? 0 : Api.New(ts, Ops.GetSlice(ts, x, ts.Interpreter.Int(low), ts.Interpreter.Int(high)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_Contains")]
    public static int PySequence_Contains(nint o, nint value) => Contains("PySequence_Contains", o, value);

    /// <summary>value in o; shared by PySequence_Contains and its deprecated alias PySequence_In.</summary>
    static int Contains(string function, nint o, nint value)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            var v = x is null ? null : Api.Arg(ts, value);
            return v is null ? -1 : Ops.Contains(ts, x!, v);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_Tuple")]
    public static nint PySequence_Tuple(nint o) => Api.Unary(o, "PySequence_Tuple", static (ts, x) => x.GetType() == typeof(PyTuple) ? x : Ops.ToTuple(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PySequence_List")]
    public static nint PySequence_List(nint o) => Api.Unary(o, "PySequence_List", static (ts, x) => Ops.IterToList(ts, x));

    /// <summary>PySequence_Fast: a list or tuple as itself, anything else iterable as a new list;
    /// TypeError with the caller's message when it is not iterable.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PySequence_Fast")]
    public static nint PySequence_Fast(nint o, byte* message)
    {
        var ts = Api.Ts("PySequence_Fast");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return 0;
            if (x.GetType() == typeof(PyList) || x.GetType() == typeof(PyTuple)) return Api.New(ts, x);
            if (Ops.GetIter(ts, x) is not { } iterator)
            {
                if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.TypeError)))
                {
                    ts.FetchError();
                    ts.Raise(ExceptionKind.TypeError, message == null ? "" : Marshal.PtrToStringUTF8((nint)message) ?? "");
                }
                return 0;
            }
            return Api.New(ts, Ops.IterToList(ts, iterator));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_Concat")]
    public static nint PySequence_Concat(nint a, nint b) => SequenceOp(a, b, 0, "PySequence_Concat", 0);

    [UnmanagedCallersOnly(EntryPoint = "PyObject_GetIter")]
    public static nint PyObject_GetIter(nint o) => Api.Unary(o, "PyObject_GetIter", static (ts, x) => Ops.GetIter(ts, x));

    /// <summary>PyIter_Next: the next item, or NULL with no exception at the end.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyIter_Next")]
    public static nint PyIter_Next(nint it)
    {
        var ts = Api.Ts("PyIter_Next");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, it);
            if (x is null) return 0;
            if (!Ops.IsIterator(x))
            {
                ts.Raise(ExceptionKind.TypeError, $"'{x.Type.Name}' object is not an iterator");
                return 0;
            }
            return Api.New(ts, Ops.Next(ts, x));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIter_Check")]
    public static int PyIter_Check(nint o)
    {
        var x = o == 0 ? null : Bridge.ObjectBridge.FromNative(o);
        return x is not null && Ops.IsIterator(x) ? 1 : 0;
    }

    static nint MappingView(nint o, string function, string method)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return 0;
            var view = Ops.GetAttr(ts, x, method) is { } m ? Ops.Call(ts, m) : null;
            return view is null ? 0 : Api.New(ts, Ops.IterToList(ts, view));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyMapping_Keys")]
    public static nint PyMapping_Keys(nint o) => MappingView(o, "PyMapping_Keys", "keys");

    [UnmanagedCallersOnly(EntryPoint = "PyMapping_Values")]
    public static nint PyMapping_Values(nint o) => MappingView(o, "PyMapping_Values", "values");

    [UnmanagedCallersOnly(EntryPoint = "PyMapping_Items")]
    public static nint PyMapping_Items(nint o) => MappingView(o, "PyMapping_Items", "items");

    [UnmanagedCallersOnly(EntryPoint = "PyMapping_GetItemString")]
    public static nint PyMapping_GetItemString(nint o, byte* key)
    {
        var ts = Api.Ts("PyMapping_GetItemString");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            var k = x is null ? null : Api.Utf8(ts, key);
            return k is null ? 0 : Api.New(ts, Ops.GetItem(ts, x!, ts.Interpreter.Str(k)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_DelItemString")]
    public static int PyObject_DelItemString(nint o, byte* key)
    {
        var ts = Api.Ts("PyObject_DelItemString");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            var k = x is null ? null : Api.Utf8(ts, key);
            return k is not null && Ops.DelItem(ts, x!, ts.Interpreter.Str(k)) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_In")]
    public static int PySequence_In(nint o, nint value) => Contains("PySequence_In", o, value);

    /// <summary>Count (or find the first index of) the items equal to value, by iteration.</summary>
    static nint Search(nint o, nint value, string function, bool index)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            var v = x is null ? null : Api.Arg(ts, value);
            if (v is null) return -1;
            var it = Ops.GetIter(ts, x!);
            if (it is null)
            {
                if (Ops.IsError(ts, ExceptionKind.TypeError))
                {
                    ts.FetchError();
                    ts.Raise(ExceptionKind.TypeError, $"argument of type '{x!.Type.Name}' is not iterable");
                }
                return -1;
            }
            nint n = 0;
            while (Ops.Next(ts, it) is { } item)
            {
                int eq = Ops.RichCompareBool(ts, item, v, CompareOp.Eq);
                if (eq < 0) return -1;
                if (eq > 0)
                {
                    if (index) return n;
                    n++;
                }
                else if (index) n++;
            }
            if (ts.CurrentException is not null) return -1;
            if (!index) return n;
            ts.Raise(ExceptionKind.ValueError, "sequence.index(x): x not in sequence");
            return -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_Count")]
    public static nint PySequence_Count(nint o, nint value) => Search(o, value, "PySequence_Count", index: false);

    [UnmanagedCallersOnly(EntryPoint = "PySequence_Index")]
    public static nint PySequence_Index(nint o, nint value) => Search(o, value, "PySequence_Index", index: true);

    /// <summary>Sequence arithmetic: only for objects that are sequences (TypeError otherwise,
    /// worded as CPython), then the operator itself.</summary>
    static nint SequenceOp(nint o, nint other, nint count, string function, int kind)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return 0;
            PyObject? y = null;
            if (kind < 2 && (y = Api.Arg(ts, other)) is null) return 0;
            bool isSequence = x.Type.Slots.GetItem is not null && !x.Type.HasFlag(TypeFlags.DictSubclass);
            if (!isSequence)
            {
                ts.Raise(ExceptionKind.TypeError, kind < 2 ? $"'{x.Type.Name}' object can't be concatenated" : $"'{x.Type.Name}' object can't be repeated");
                return 0;
            }
            var n = kind < 2 ? null : ts.Interpreter.Int(count);
            return Api.New(ts, kind switch
            {
                0 => Ops.Add(ts, x, y!),
                1 => Ops.InplaceAdd(ts, x, y!),
                2 => Ops.Multiply(ts, x, n!),
                _ => Ops.InplaceMultiply(ts, x, n!),
            });
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_InPlaceConcat")]
    public static nint PySequence_InPlaceConcat(nint a, nint b) => SequenceOp(a, b, 0, "PySequence_InPlaceConcat", 1);

    [UnmanagedCallersOnly(EntryPoint = "PySequence_Repeat")]
    public static nint PySequence_Repeat(nint o, nint count) => SequenceOp(o, 0, count, "PySequence_Repeat", 2);

    [UnmanagedCallersOnly(EntryPoint = "PySequence_InPlaceRepeat")]
    public static nint PySequence_InPlaceRepeat(nint o, nint count) => SequenceOp(o, 0, count, "PySequence_InPlaceRepeat", 3);

    [UnmanagedCallersOnly(EntryPoint = "PySequence_SetSlice")]
    public static int PySequence_SetSlice(nint o, nint low, nint high, nint value)
    {
        var ts = Api.Ts("PySequence_SetSlice");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return -1;
            var interp = ts.Interpreter;
            if (value == 0) return Ops.DelSlice(ts, x, interp.Int(low), interp.Int(high)) ? 0 : -1;
            var v = Api.Arg(ts, value);
            return v is not null && Ops.SetSlice(ts, x, interp.Int(low), interp.Int(high), v) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySequence_DelSlice")]
    public static int PySequence_DelSlice(nint o, nint low, nint high)
    {
        var ts = Api.Ts("PySequence_DelSlice");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            return x is not null && Ops.DelSlice(ts, x, ts.Interpreter.Int(low), ts.Interpreter.Int(high)) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>PyMapping_HasKey(String): 1 if o[key] succeeds, else 0; every error is
    /// swallowed (CPython 3.12's documented behaviour).</summary>
    static int HasKey(ThreadState ts, nint o, PyObject? key)
    {
        var x = o == 0 ? null : Bridge.ObjectBridge.FromNative(o);
        if (x is null || key is null) { ts.CurrentException = null; return 0; }
        var saved = ts.FetchError();
        var v = Ops.GetItem(ts, x, key);
        ts.CurrentException = saved;
        return v is null ? 0 : 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyMapping_HasKey")]
    public static int PyMapping_HasKey(nint o, nint key)
    {
        var ts = Api.Ts("PyMapping_HasKey");
        if (ts is null) return 0;
        try { return HasKey(ts, o, key == 0 ? null : Bridge.ObjectBridge.FromNative(key)); }
        catch (Exception) { return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyMapping_HasKeyString")]
    public static int PyMapping_HasKeyString(nint o, byte* key)
    {
        var ts = Api.Ts("PyMapping_HasKeyString");
        if (ts is null) return 0;
        try { return HasKey(ts, o, key == null ? null : ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)key)!)); }
        catch (Exception) { return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyMapping_SetItemString")]
    public static int PyMapping_SetItemString(nint o, byte* key, nint value)
    {
        var ts = Api.Ts("PyMapping_SetItemString");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            var k = x is null ? null : Api.Utf8(ts, key);
            var v = k is null ? null : Api.Arg(ts, value);
            return v is not null && Ops.SetItem(ts, x!, ts.Interpreter.Str(k!), v) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }
}
