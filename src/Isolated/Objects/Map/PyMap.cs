namespace Isolated.Objects;

/// <summary>A <c>map</c> object: the function and one iterator per iterable.</summary>
public class PyMap : PyObject
{
    public PyObject Function = null!;
    public PyObject[] Iterators = [];

    public PyMap(PyType type) : base(type) { }
}
