using Isolated.Runtime;

namespace Isolated.Objects;

// The iterator protocol (PyObject_GetIter, PyIter_Next) and the unpacking helpers the VM uses.
// Iteration end is "null with no error set": StopIteration is never materialised here.
public static partial class Ops
{
    /// <summary>iter(o): the type's <c>__iter__</c>, or a sequence iterator over
    /// <c>__getitem__</c>; "'int' object is not iterable" otherwise.</summary>
    public static PyObject? GetIter(ThreadState ts, PyObject o)
    {
        var iter = o.Type.Slots.Iter;
        if (iter is not null)
        {
            var it = iter(ts, o);
            if (it is null) return null;
            if (it.Type.Slots.IterNext is null)
                return ts.Raise(ExceptionKind.TypeError, $"iter() returned non-iterator of type '{it.Type.TpName}'");
            return it;
        }
        if (o.Type.Slots.GetItem is not null && o is not PyDict)
            return new PySeqIterator(ts.Interpreter.Types.SeqIterator, o);
        return ts.Raise(ExceptionKind.TypeError, $"'{o.Type.TpName}' object is not iterable");
    }

    /// <summary>next(it): the next item, or null at the end (no error set) or on failure (error
    /// set). A StopIteration raised by Python code is swallowed here as the end.</summary>
    public static PyObject? Next(ThreadState ts, PyObject it)
    {
        var next = it.Type.Slots.IterNext;
        if (next is null)
            return ts.Raise(ExceptionKind.TypeError, $"'{it.Type.TpName}' object is not an iterator");
        // Iterators wrapping iterators (map over map over ...) recurse in C#: keep off the
        // stack's end (DESIGN §5) — a chain 100,000 deep must be a RecursionError, not a crash.
        if (!EnsureStack(ts)) return null;
        var r = next(ts, it);
        if (r is null && ts.CurrentException is not null && IsError(ts, ExceptionKind.StopIteration))
            ts.CurrentException = null;
        return r;
    }

    /// <summary>True when o's type implements <c>__next__</c> (PyIter_Check).</summary>
    public static bool IsIterator(PyObject o) => o.Type.Slots.IterNext is not null;

    /// <summary>list(iterable): a new list with the iterable's items.</summary>
    public static PyList? IterToList(ThreadState ts, PyObject iterable)
    {
        var list = new PyList(ts.Interpreter.Types.List);
        return ListType.ExtendFrom(ts, list, iterable) ? list : null;
    }

    /// <summary>The iterable's items as an array (exact lists and tuples are copied directly).
    /// Null with an error set on failure.</summary>
    public static PyObject[]? ToArray(ThreadState ts, PyObject iterable)
    {
        if (iterable.GetType() == typeof(PyTuple)) return ((PyTuple)iterable).Items;
        if (iterable.GetType() == typeof(PyList))
        {
            var l = (PyList)iterable;
            return l.AsSpan().ToArray();
        }
        var list = IterToList(ts, iterable);
        return list?.AsSpan().ToArray();
    }

    /// <summary>tuple(iterable).</summary>
    public static PyTuple? ToTuple(ThreadState ts, PyObject iterable)
    {
        if (iterable.GetType() == typeof(PyTuple)) return (PyTuple)iterable;
        var items = ToArray(ts, iterable);
        return items is null ? null : ts.Interpreter.Tuple(items);
    }

    /// <summary>a, b, c = o: fills <paramref name="into"/> with exactly into.Length items, with
    /// CPython's "not enough values to unpack (expected 3, got 2)" / "too many values to unpack
    /// (expected 2)" errors.</summary>
    public static bool Unpack(ThreadState ts, PyObject o, Span<PyObject> into)
    {
        int n = into.Length;
        if (o.GetType() == typeof(PyTuple) || o.GetType() == typeof(PyList))
        {
            ReadOnlySpan<PyObject> items = o is PyTuple t ? t.Items : ((PyList)o).AsSpan();
            if (items.Length == n)
            {
                items.CopyTo(into);
                return true;
            }
            if (items.Length < n)
                ts.Raise(ExceptionKind.ValueError, $"not enough values to unpack (expected {n}, got {items.Length})");
            else
                ts.Raise(ExceptionKind.ValueError, $"too many values to unpack (expected {n})");
            return false;
        }
        var it = GetIterForUnpack(ts, o);
        if (it is null) return false;
        for (int i = 0; i < n; i++)
        {
            var x = Next(ts, it);
            if (x is null)
            {
                if (!ts.HasError)
                    ts.Raise(ExceptionKind.ValueError, $"not enough values to unpack (expected {n}, got {i})");
                return false;
            }
            into[i] = x;
        }
        var extra = Next(ts, it);
        if (extra is not null)
        {
            ts.Raise(ExceptionKind.ValueError, $"too many values to unpack (expected {n})");
            return false;
        }
        return !ts.HasError;
    }

    /// <summary>a, *b, c = o (UNPACK_EX): fills <paramref name="into"/> with
    /// <paramref name="before"/> items, a list of the middle, and <paramref name="after"/> items
    /// (into.Length == before + 1 + after).</summary>
    public static bool UnpackEx(ThreadState ts, PyObject o, int before, int after, Span<PyObject> into)
    {
        var it = GetIterForUnpack(ts, o);
        if (it is null) return false;
        for (int i = 0; i < before; i++)
        {
            var x = Next(ts, it);
            if (x is null)
            {
                if (!ts.HasError)
                    ts.Raise(ExceptionKind.ValueError, $"not enough values to unpack (expected at least {before + after}, got {i})");
                return false;
            }
            into[i] = x;
        }
        var rest = new PyList(ts.Interpreter.Types.List);
        if (!ListType.ExtendFrom(ts, rest, it)) return false;
        if (rest.Count < after)
        {
            ts.Raise(ExceptionKind.ValueError, $"not enough values to unpack (expected at least {before + after}, got {before + rest.Count})");
            return false;
        }
        int keep = rest.Count - after;
        for (int j = 0; j < after; j++) into[before + 1 + j] = rest.Items[keep + j];
        rest.Truncate(keep);
        into[before] = rest;
        return true;
    }

    static PyObject? GetIterForUnpack(ThreadState ts, PyObject o)
    {
        if (o.Type.Slots.Iter is null && o.Type.Slots.GetItem is null)
            return ts.Raise(ExceptionKind.TypeError, $"cannot unpack non-iterable {o.Type.Name} object");
        return GetIter(ts, o);
    }
}
