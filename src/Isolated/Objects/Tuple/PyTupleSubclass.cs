namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>tuple</c> (namedtuple classes, ...): a tuple
/// with a __dict__.</summary>
public sealed class PyTupleSubclass : PyTuple, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyTupleSubclass(PyType type, PyObject[] items) : base(type, items) { }
}
