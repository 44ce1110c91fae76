using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// Argument conversions shared by the str, bytes and bytearray methods, with CPython's messages:
/// integer arguments through <c>__index__</c>, optional slice bounds (None or an index, clamped),
/// and the start/end adjustment of find/count/startswith.
/// </summary>
public static class TextArgs
{
    /// <summary>An integer argument (through __index__) that must fit in a ssize_t.
    /// False with TypeError/OverflowError set otherwise.</summary>
    public static bool ToSsize(ThreadState ts, PyObject obj, out long value)
    {
        value = 0;
        var i = ToInt(ts, obj);
        if (i is null) return false;
        if (!i.IsSmall)
        {
            ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C ssize_t");
            return false;
        }
        value = i.Small;
        return true;
    }

    /// <summary>operator.index(obj): the int itself, or the result of __index__.</summary>
    public static PyInt? ToInt(ThreadState ts, PyObject obj)
    {
        if (obj is PyInt i) return i;
        if (obj.Type.Slots.Index is { } index)
        {
            var r = index(ts, obj);
            if (r is null) return null;
            if (r is PyInt ri) return ri;
            ts.Raise(ExceptionKind.TypeError, $"__index__ returned non-int (type {r.Type.Name})");
            return null;
        }
        ts.Raise(ExceptionKind.TypeError, $"'{obj.Type.Name}' object cannot be interpreted as an integer");
        return null;
    }

    /// <summary>A slice bound: None keeps <paramref name="value"/>, an index object is clamped
    /// to the long range (as _PyEval_SliceIndex does).</summary>
    public static bool SliceIndex(ThreadState ts, PyObject? obj, ref long value)
    {
        if (obj is null || ReferenceEquals(obj, ts.Interpreter.None)) return true;
        if (obj is not PyInt && obj.Type.Slots.Index is null)
        {
            ts.Raise(ExceptionKind.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        var i = ToInt(ts, obj);
        if (i is null) return false;
        value = i.IsSmall ? i.Small : i.Big!.Value.Sign < 0 ? long.MinValue : long.MaxValue;
        return true;
    }

    /// <summary>Clamps Python-style [start:end) bounds (negative from the end) to 0..length.</summary>
    public static void AdjustIndices(ref long start, ref long end, long length)
    {
        if (end > length) end = length;
        else if (end < 0) { end += length; if (end < 0) end = 0; }
        if (start < 0) { start += length; if (start < 0) start = 0; }
    }

    /// <summary>The (sub[, start[, end]]) arguments of find/index/count/startswith..., with
    /// CPython's "find() takes at least 1 argument (0 given)" messages.</summary>
    public static bool FindArgs(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames,
                                out PyObject sub, out long start, out long end)
    {
        sub = null!;
        start = 0;
        end = long.MaxValue;
        if (kwnames is not null && kwnames.Count > 0)
        {
            ts.Raise(ExceptionKind.TypeError, $"{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length < 1)
        {
            ts.Raise(ExceptionKind.TypeError, $"{name}() takes at least 1 argument (0 given)");
            return false;
        }
        if (args.Length > 3)
        {
            ts.Raise(ExceptionKind.TypeError, $"{name}() takes at most 3 arguments ({args.Length} given)");
            return false;
        }
        sub = args[0];
        if (args.Length > 1 && !SliceIndex(ts, args[1], ref start)) return false;
        if (args.Length > 2 && !SliceIndex(ts, args[2], ref end)) return false;
        return true;
    }

    /// <summary>Resolves a slice against a sequence of <paramref name="length"/> items (CPython's
    /// PySlice_GetIndicesEx). Uses only the slice's fields.</summary>
    public static bool SliceIndices(ThreadState ts, PySlice slice, long length, out long start, out long stop, out long step, out long count)
    {
        start = stop = count = 0;
        step = 1;
        if (!SliceIndex(ts, slice.Step, ref step)) return false;
        if (step == 0)
        {
            ts.Raise(ExceptionKind.ValueError, "slice step cannot be zero");
            return false;
        }
        if (step < -long.MaxValue) step = -long.MaxValue;
        start = step < 0 ? long.MaxValue : 0;
        stop = step < 0 ? long.MinValue : long.MaxValue;
        if (!SliceIndex(ts, slice.Start, ref start)) return false;
        if (!SliceIndex(ts, slice.Stop, ref stop)) return false;
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0) count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
        return true;
    }

    /// <summary>"must be str, not int".</summary>
    public static PyStr? ExpectStr(ThreadState ts, PyObject obj, string? what = null)
    {
        if (obj is PyStr s) return s;
        ts.Raise(ExceptionKind.TypeError, what is null
            ? $"must be str, not {obj.Type.Name}"
            : $"{what} must be str, not {obj.Type.Name}");
        return null;
    }

    public static bool IsNone(ThreadState ts, PyObject? obj) => obj is null || ReferenceEquals(obj, ts.Interpreter.None);

    /// <summary>A big or small Python int as a BigInteger.</summary>
    public static BigInteger ToBig(PyInt i) => i.IsSmall ? new BigInteger(i.Small) : i.Big!.Value;
}
