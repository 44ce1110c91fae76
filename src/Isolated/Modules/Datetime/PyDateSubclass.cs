using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>An instance of a Python subclass of date: one with a __dict__.</summary>
public sealed class PyDateSubclass : PyDate, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyDateSubclass(PyType type, int year, int month, int day) : base(type, year, month, day) { }
}
