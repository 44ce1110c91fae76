using Isolated.Objects;

namespace Isolated.Modules.Collections;

/// <summary>An instance of a Python subclass of deque: one with a __dict__.</summary>
public sealed class PyDequeSubclass : PyDeque, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyDequeSubclass(PyType type) : base(type) { }
}
