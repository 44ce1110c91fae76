namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>map</c>: one with a __dict__.</summary>
public sealed class PyMapSubclass : PyMap, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyMapSubclass(PyType type) : base(type) { }
}
