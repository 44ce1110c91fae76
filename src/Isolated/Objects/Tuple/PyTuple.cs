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

    public int Count => Items.Length;
    public PyObject this[int index] => Items[index];
}
