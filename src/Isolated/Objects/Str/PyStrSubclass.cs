namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>str</c>: the value plus a __dict__.</summary>
public sealed class PyStrSubclass : PyStr, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyStrSubclass(PyType type, string value) : base(type, value) { }
}
