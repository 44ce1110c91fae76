namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>bytes</c>: the value plus a __dict__.</summary>
public sealed class PyBytesSubclass : PyBytes, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyBytesSubclass(PyType type, byte[] value) : base(type, value) { }
}
