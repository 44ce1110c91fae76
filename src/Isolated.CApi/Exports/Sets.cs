using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>set and frozenset objects (setobject.h). As in CPython, a function given an object
/// of the wrong kind sets SystemError ("bad argument to internal function").</summary>
internal static class Sets
{
    static bool IsFrozen(ThreadState ts, PySet s) => s.Type.IsSubtypeOf(ts.Interpreter.Types.FrozenSet);

    static nint New(nint iterable, string function, bool frozen)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            PyObject? source = null;
            if (iterable != 0 && (source = Api.Arg(ts, iterable)) is null) return 0;
            var interp = ts.Interpreter;
            var set = frozen ? SetType.NewFrozenSet(interp) : SetType.NewSet(interp);
            if (source is not null && !SetType.Update(ts, set, source)) return 0;
            return Api.New(ts, set);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySet_New")]
    public static nint PySet_New(nint iterable) => New(iterable, "PySet_New", frozen: false);

    [UnmanagedCallersOnly(EntryPoint = "PyFrozenSet_New")]
    public static nint PyFrozenSet_New(nint iterable) => New(iterable, "PyFrozenSet_New", frozen: true);

    /// <summary>A set or frozenset (anyset), or a set only; SystemError otherwise.</summary>
    static PySet? SetArg(ThreadState ts, nint p, string function, bool mutableOnly)
    {
        var s = Api.Arg<PySet>(ts, p, function);
        if (s is not null && mutableOnly && IsFrozen(ts, s))
        {
            ts.Raise(ExceptionKind.SystemError, $"{function}: bad argument to internal function (got '{s.Type.Name}')");
            return null;
        }
        return s;
    }

    [UnmanagedCallersOnly(EntryPoint = "PySet_Size")]
    public static nint PySet_Size(nint anyset)
    {
        var ts = Api.Ts("PySet_Size");
        if (ts is null) return -1;
        var s = SetArg(ts, anyset, "PySet_Size", mutableOnly: false);
        return s is null ? -1 : s.Count;
    }

    [UnmanagedCallersOnly(EntryPoint = "PySet_Contains")]
    public static int PySet_Contains(nint anyset, nint key)
    {
        var ts = Api.Ts("PySet_Contains");
        if (ts is null) return -1;
        try
        {
            var s = SetArg(ts, anyset, "PySet_Contains", mutableOnly: false);
            var k = s is null ? null : Api.Arg(ts, key);
            return k is null ? -1 : s!.Contains(ts, k);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>PySet_Add: also allowed on a frozenset (one being filled by its creator), as CPython.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PySet_Add")]
    public static int PySet_Add(nint set, nint key)
    {
        var ts = Api.Ts("PySet_Add");
        if (ts is null) return -1;
        try
        {
            var s = SetArg(ts, set, "PySet_Add", mutableOnly: false);
            var k = s is null ? null : Api.Arg(ts, key);
            return k is null || s!.Add(ts, k) < 0 ? -1 : 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>PySet_Discard: 1 when found and removed, 0 when absent, -1 on error.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PySet_Discard")]
    public static int PySet_Discard(nint set, nint key)
    {
        var ts = Api.Ts("PySet_Discard");
        if (ts is null) return -1;
        try
        {
            var s = SetArg(ts, set, "PySet_Discard", mutableOnly: true);
            var k = s is null ? null : Api.Arg(ts, key);
            return k is null ? -1 : s!.Discard(ts, k);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySet_Pop")]
    public static nint PySet_Pop(nint set)
    {
        var ts = Api.Ts("PySet_Pop");
        if (ts is null) return 0;
        try
        {
            var s = SetArg(ts, set, "PySet_Pop", mutableOnly: true);
            if (s is null) return 0;
            if (!s.PopAny(ref s.PopFinger, out var key))
            {
                ts.Raise(ExceptionKind.KeyError, "pop from an empty set");
                return 0;
            }
            return Api.New(ts, key);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySet_Clear")]
    public static int PySet_Clear(nint set)
    {
        var ts = Api.Ts("PySet_Clear");
        if (ts is null) return -1;
        var s = SetArg(ts, set, "PySet_Clear", mutableOnly: true);
        if (s is null) return -1;
        s.Clear();
        return 0;
    }
}
