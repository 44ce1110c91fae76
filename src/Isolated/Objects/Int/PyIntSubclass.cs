using System.Numerics;

namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>int</c>: the value plus a __dict__.</summary>
public sealed class PyIntSubclass : PyInt, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyIntSubclass(PyType type, long value) : base(type, value) { }
    public PyIntSubclass(PyType type, BigInteger value) : base(type, value) { }
}
