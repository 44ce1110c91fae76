using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Collecting the items of any iterable through the type slots (used for __slots__,
/// mro() results, dir() results).</summary>
public static class IterationHelper
{
    /// <summary>Returns the items, or null with the error set.</summary>
    public static List<PyObject>? ToList(ThreadState ts, PyObject iterable)
    {
        if (iterable is PyTuple t) return new List<PyObject>(t.Items);
        var iterSlot = iterable.Type.Slots.Iter;
        if (iterSlot is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"'{iterable.Type.Name}' object is not iterable");
            return null;
        }
        var it = iterSlot(ts, iterable);
        if (it is null) return null;
        var next = it.Type.Slots.IterNext;
        if (next is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"iter() returned non-iterator of type '{it.Type.Name}'");
            return null;
        }
        var items = new List<PyObject>();
        while (true)
        {
            var x = next(ts, it);
            if (x is null) return ts.HasError ? null : items;
            items.Add(x);
        }
    }
}
