namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>float</c>: the value plus a __dict__.</summary>
public sealed class PyFloatSubclass : PyFloat, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyFloatSubclass(PyType type, double value) : base(type, value) { }
}
