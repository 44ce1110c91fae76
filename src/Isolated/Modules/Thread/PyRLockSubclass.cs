using Isolated.Objects;

namespace Isolated.Modules.Thread;

/// <summary>An instance of a Python subclass of _thread.RLock: one with a __dict__.</summary>
public sealed class PyRLockSubclass : PyRLock, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyRLockSubclass(PyType type) : base(type) { }
}
