using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>An instance of a Python subclass of timedelta: one with a __dict__.</summary>
public sealed class PyTimeDeltaSubclass : PyTimeDelta, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyTimeDeltaSubclass(PyType type, int days, int seconds, int microseconds) : base(type, days, seconds, microseconds) { }
}
