using Isolated.Objects;

namespace Isolated.Modules.Arrays;

/// <summary>An instance of a Python subclass of array.array: one with a __dict__.</summary>
public sealed class PyArraySubclass : PyArray, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyArraySubclass(PyType type, char typeCode) : base(type, typeCode) { }
}
