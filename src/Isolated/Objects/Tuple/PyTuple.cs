using Isolated.Runtime;
namespace Isolated.Objects;

/// <summary>A Python <c>tuple</c>: an immutable array of objects.</summary>
public class PyTuple : PyObject
{
    public readonly PyObject[] Items;

    public PyTuple(PyType type, PyObject[] items) : base(type)
    {
        Items = items;
        if (items.Length >= MemoryAccount.Threshold / 8) MemoryAccount.Charge(this, 8L * items.Length);
    }

    /// <summary>An exact tuple of a copy of <paramref name="items"/> (the empty tuple when there are
    /// none). Copied element by element: for the few items of an argument list that is cheaper
    /// than Span.ToArray's bulk copy with write barriers.</summary>
    public static PyTuple CopyOf(Interpreter interp, ReadOnlySpan<PyObject> items)
    {
        if (items.Length == 0) return interp.EmptyTuple;
        var copy = new PyObject[items.Length];
        for (int i = 0; i < copy.Length; i++) copy[i] = items[i];
        return new PyTuple(interp.Types.Tuple, copy);
    }

    public int Count => Items.Length;
    public PyObject this[int index] => Items[index];
}
