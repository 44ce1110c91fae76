namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>bytearray</c>: the value plus a __dict__.</summary>
public sealed class PyByteArraySubclass : PyByteArray, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyByteArraySubclass(PyType type, byte[] value) : base(type, value) { }
}
