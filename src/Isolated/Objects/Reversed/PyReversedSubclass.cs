namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>reversed</c>: one with a __dict__.</summary>
public sealed class PyReversedSubclass : PyReversed, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyReversedSubclass(PyType type) : base(type) { }
}
