namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>filter</c>: one with a __dict__.</summary>
public sealed class PyFilterSubclass : PyFilter, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyFilterSubclass(PyType type) : base(type) { }
}
