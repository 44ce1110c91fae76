namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>frozenset</c>: a frozenset with a __dict__.</summary>
public sealed class PyFrozenSetSubclass : PySet, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyFrozenSetSubclass(PyType type) : base(type) { }
}
