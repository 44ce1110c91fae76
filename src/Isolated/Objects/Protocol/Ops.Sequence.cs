using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

// The sequence and mapping protocol (CPython's PyObject_GetItem, PySequence_*, PyObject_Size,
// PySequence_Contains) and the index conversions sequences need.
public static partial class Ops
{
    /// <summary>o[key]. Types are subscriptable through <c>__class_getitem__</c>.</summary>
    public static PyObject? GetItem(ThreadState ts, PyObject o, PyObject key)
    {
        var get = o.Type.Slots.GetItem;
        if (get is not null) return get(ts, o, key);
        if (o is PyType t)
        {
            var interp = ts.Interpreter;
            if (ReferenceEquals(t, interp.Types.Type))
                return GenericAliasType.NewAlias(interp, t, key);
            var cgi = t.LookupMro(interp.Str("__class_getitem__"));
            if (cgi is not null)
            {
                if (cgi.Type.Slots.DescrGet is { } dg)
                {
                    cgi = dg(ts, cgi, null, t);
                    if (cgi is null) return null;
                }
                return Call(ts, cgi, key);
            }
            return ts.Raise(ExceptionKind.TypeError, $"type '{t.Name}' is not subscriptable");
        }
        return ts.Raise(ExceptionKind.TypeError, $"'{o.Type.TpName}' object is not subscriptable");
    }

    /// <summary>o[i] for a C# index (PySequence_GetItem without negative-index fixing).</summary>
    public static PyObject? GetItem(ThreadState ts, PyObject o, long index)
    {
        if (o.GetType() == typeof(PyList) && ReferenceEquals(o.Type, ts.Interpreter.Types.List))
        {
            var l = (PyList)o;
            if ((ulong)index < (ulong)l.Count) return l.Items[index];
        }
        else if (o.GetType() == typeof(PyTuple))
        {
            var t = (PyTuple)o;
            if ((ulong)index < (ulong)t.Items.Length) return t.Items[index];
        }
        return GetItem(ts, o, ts.Interpreter.Int(index));
    }

    /// <summary>o[key] = value.</summary>
    public static bool SetItem(ThreadState ts, PyObject o, PyObject key, PyObject value)
    {
        var set = o.Type.Slots.SetItem;
        if (set is not null) return set(ts, o, key, value);
        ts.Raise(ExceptionKind.TypeError, $"'{o.Type.TpName}' object does not support item assignment");
        return false;
    }

    /// <summary>del o[key].</summary>
    public static bool DelItem(ThreadState ts, PyObject o, PyObject key)
    {
        var set = o.Type.Slots.SetItem;
        if (set is not null) return set(ts, o, key, null);
        ts.Raise(ExceptionKind.TypeError, $"'{o.Type.TpName}' object doesn't support item deletion");
        return false;
    }

    /// <summary>len(o): -1 with TypeError when o has no length.</summary>
    public static long Length(ThreadState ts, PyObject o)
    {
        var len = o.Type.Slots.Length;
        if (len is not null) return len(ts, o);
        ts.Raise(ExceptionKind.TypeError, $"object of type '{o.Type.TpName}' has no len()");
        return -1;
    }

    /// <summary>item in container: 1, 0, or -1 on error. Falls back to iterating the container
    /// when its type has no <c>__contains__</c>.</summary>
    public static int Contains(ThreadState ts, PyObject container, PyObject item)
    {
        var contains = container.Type.Slots.Contains;
        if (contains is not null) return contains(ts, container, item);
        var iterSlot = container.Type.Slots.Iter;
        if (iterSlot is null && container.Type.Slots.GetItem is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"argument of type '{container.Type.TpName}' is not iterable");
            return -1;
        }
        var it = GetIter(ts, container);
        if (it is null)
        {
            if (IsError(ts, ExceptionKind.TypeError))
            {
                ts.CurrentException = null;
                ts.Raise(ExceptionKind.TypeError, $"argument of type '{container.Type.TpName}' is not iterable");
            }
            return -1;
        }
        while (true)
        {
            var x = Next(ts, it);
            if (x is null) return ts.HasError ? -1 : 0;
            int eq = RichCompareBool(ts, x, item, CompareOp.Eq);
            if (eq != 0) return eq;
        }
    }

    /// <summary>operator.length_hint: len() if available, else __length_hint__, else
    /// <paramref name="defaultValue"/>. -1 on error.</summary>
    public static long LengthHint(ThreadState ts, PyObject o, long defaultValue)
    {
        if (o.Type.Slots.Length is { } len)
        {
            long n = len(ts, o);
            if (n >= 0) return n;
            if (!IsError(ts, ExceptionKind.TypeError)) return -1;
            ts.CurrentException = null;
        }
        var interp = ts.Interpreter;
        var hint = CallSpecial(ts, o, interp.Str("__length_hint__"), ReadOnlySpan<PyObject>.Empty);
        if (hint is null)
        {
            if (!ts.HasError) return defaultValue;
            if (!IsError(ts, ExceptionKind.TypeError)) return -1;
            ts.CurrentException = null;
            return defaultValue;
        }
        if (ReferenceEquals(hint, interp.NotImplemented)) return defaultValue;
        if (hint is not PyInt i)
        {
            ts.Raise(ExceptionKind.TypeError, $"__length_hint__ must be an integer, not {hint.Type.Name}");
            return -1;
        }
        if (!i.IsSmall || i.Small < 0)
        {
            ts.Raise(ExceptionKind.ValueError, "__length_hint__() should return >= 0");
            return -1;
        }
        return i.Small;
    }

    /// <summary>True when the pending error is an instance of <paramref name="kind"/>.</summary>
    public static bool IsError(ThreadState ts, ExceptionKind kind) =>
        ts.CurrentException is { } e && e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(kind));

    // ---- index conversions ----

    /// <summary>PyNumber_Index without the error for non-integers: the int value of
    /// <paramref name="o"/> (an int, or through <c>__index__</c>). Null with no error set when the
    /// object has no <c>__index__</c>; null with an error set when <c>__index__</c> failed.</summary>
    public static PyInt? IndexOrNull(ThreadState ts, PyObject o)
    {
        if (o is PyInt i) return i;
        var f = o.Type.Slots.Index;
        if (f is null) return null;
        var r = f(ts, o);
        if (r is null) return null;
        if (r is PyInt ri) return ri;
        ts.Raise(ExceptionKind.TypeError, $"__index__ returned non-int (type {r.Type.Name})");
        return null;
    }

    /// <summary>PyNumber_AsSsize_t(o, IndexError): an index for a sequence. Raises TypeError
    /// "<paramref name="typeErrorMessage"/>" when o is not an integer (a default message when
    /// null), <paramref name="overflow"/> when it does not fit in 64 bits.</summary>
    public static bool IndexValue(ThreadState ts, PyObject o, out long value, string? typeErrorMessage = null,
                                  ExceptionKind overflow = ExceptionKind.IndexError)
    {
        if (o is PyInt fast && fast.IsSmall)
        {
            value = fast.Small;
            return true;
        }
        value = 0;
        var i = IndexOrNull(ts, o);
        if (i is null)
        {
            if (!ts.HasError)
                ts.Raise(ExceptionKind.TypeError, typeErrorMessage ?? $"'{o.Type.TpName}' object cannot be interpreted as an integer");
            return false;
        }
        if (!i.IsSmall)
        {
            ts.Raise(overflow, $"cannot fit '{o.Type.TpName}' into an index-sized integer");
            return false;
        }
        value = i.Small;
        return true;
    }

    /// <summary>_PyEval_SliceIndex: a slice bound as a long, huge values clamped.</summary>
    public static bool SliceIndexValue(ThreadState ts, PyObject o, out long value)
    {
        if (o is PyInt fast && fast.IsSmall)
        {
            value = fast.Small;
            return true;
        }
        value = 0;
        var i = IndexOrNull(ts, o);
        if (i is null)
        {
            if (!ts.HasError)
                ts.Raise(ExceptionKind.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        value = i.IsSmall ? i.Small : i.Big!.Value.Sign < 0 ? long.MinValue : long.MaxValue;
        return true;
    }

    /// <summary>Converts an int-like object to a long, raising OverflowError "Python int too
    /// large to convert to C ssize_t" when it does not fit.</summary>
    public static bool SsizeValue(ThreadState ts, PyObject o, out long value)
    {
        value = 0;
        var i = IndexOrNull(ts, o);
        if (i is null)
        {
            if (!ts.HasError)
                ts.Raise(ExceptionKind.TypeError, $"'{o.Type.TpName}' object cannot be interpreted as an integer");
            return false;
        }
        if (!i.IsSmall)
        {
            ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C ssize_t");
            return false;
        }
        value = i.Small;
        return true;
    }

    /// <summary>Builds the slice object for o[start:stop] (the VM's BUILD_SLICE/BINARY_SLICE).</summary>
    public static PySlice NewSlice(ThreadState ts, PyObject? start, PyObject? stop, PyObject? step = null) =>
        SliceType.NewSlice(ts.Interpreter, start, stop, step);

    /// <summary>o[start:stop].</summary>
    public static PyObject? GetSlice(ThreadState ts, PyObject o, PyObject? start, PyObject? stop) =>
        GetItem(ts, o, NewSlice(ts, start, stop));

    /// <summary>o[start:stop] = value.</summary>
    public static bool SetSlice(ThreadState ts, PyObject o, PyObject? start, PyObject? stop, PyObject value) =>
        SetItem(ts, o, NewSlice(ts, start, stop), value);

    /// <summary>del o[start:stop].</summary>
    public static bool DelSlice(ThreadState ts, PyObject o, PyObject? start, PyObject? stop) =>
        DelItem(ts, o, NewSlice(ts, start, stop));

}
