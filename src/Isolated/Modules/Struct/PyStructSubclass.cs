using Isolated.Objects;

namespace Isolated.Modules.Struct;

/// <summary>An instance of a Python subclass of Struct: one with a __dict__.</summary>
public sealed class PyStructSubclass : PyStruct, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyStructSubclass(PyType type) : base(type) { }
}
