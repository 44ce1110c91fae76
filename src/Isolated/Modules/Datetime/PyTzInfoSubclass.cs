using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>An instance of a Python subclass of tzinfo: one with a __dict__.</summary>
public sealed class PyTzInfoSubclass : PyTzInfo, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyTzInfoSubclass(PyType type) : base(type) { }
}
