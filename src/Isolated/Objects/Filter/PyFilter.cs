namespace Isolated.Objects;

/// <summary>A <c>filter</c> object: the predicate (None: truthiness) and the iterator.</summary>
public class PyFilter : PyObject
{
    public PyObject Predicate = null!;
    public PyObject Iterator = null!;

    public PyFilter(PyType type) : base(type) { }
}
