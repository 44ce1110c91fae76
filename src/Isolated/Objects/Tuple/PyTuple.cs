namespace Isolated.Objects;

/// <summary>A Python <c>tuple</c>: an immutable array of objects.</summary>
public class PyTuple : PyObject
{
    public readonly PyObject[] Items;

    public PyTuple(PyType type, PyObject[] items) : base(type) => Items = items;

    public int Count => Items.Length;
    public PyObject this[int index] => Items[index];
}
