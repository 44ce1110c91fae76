namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>set</c>: a set with a __dict__.</summary>
public sealed class PySetSubclass : PySet, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PySetSubclass(PyType type) : base(type) { }
}
