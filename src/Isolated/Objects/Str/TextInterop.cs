using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The few services the text types need from other areas (lists, iteration), kept behind one
/// small adapter: each forwards to its owner's API.
/// </summary>
public static class TextInterop
{
    /// <summary>A new list holding <paramref name="items"/>.</summary>
    public static PyObject NewList(ThreadState ts, List<PyObject> items)
    {
        var array = items.ToArray();
        return new PyList(ts.Interpreter.Types.List, array, array.Length);
    }

    /// <summary>iter(obj), or null with "'x' object is not iterable" set.</summary>
    public static PyObject? GetIter(ThreadState ts, PyObject obj) => Ops.GetIter(ts, obj);

    /// <summary>next(it): null at the end with no error set, null with an error on failure.</summary>
    public static PyObject? Next(ThreadState ts, PyObject iterator) => Ops.Next(ts, iterator);

    /// <summary>Collects an iterable's items; false with the error set on failure.</summary>
    public static bool ToList(ThreadState ts, PyObject iterable, List<PyObject> into)
    {
        if (iterable.GetType() == typeof(PyTuple))
        {
            into.AddRange(((PyTuple)iterable).Items);
            return true;
        }
        if (iterable.GetType() == typeof(PyList))
        {
            foreach (var item in ((PyList)iterable).AsSpan()) into.Add(item);
            return true;
        }
        var it = Ops.GetIter(ts, iterable);
        if (it is null) return false;
        while (true)
        {
            var item = Ops.Next(ts, it);
            if (item is null) return !ts.HasError;
            into.Add(item);
        }
    }
}
