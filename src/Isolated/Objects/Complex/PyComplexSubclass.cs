namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>complex</c>: the value plus a __dict__.</summary>
public sealed class PyComplexSubclass : PyComplex, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyComplexSubclass(PyType type, double real, double imag) : base(type, real, imag) { }
}
