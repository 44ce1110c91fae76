namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>list</c>: a list with a __dict__.</summary>
public sealed class PyListSubclass : PyList, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyListSubclass(PyType type) : base(type) { }
}
