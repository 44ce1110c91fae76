namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>enumerate</c>: one with a __dict__.</summary>
public sealed class PyEnumerateSubclass : PyEnumerate, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyEnumerateSubclass(PyType type) : base(type) { }
}
