namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>zip</c>: one with a __dict__.</summary>
public sealed class PyZipSubclass : PyZip, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyZipSubclass(PyType type) : base(type) { }
}
