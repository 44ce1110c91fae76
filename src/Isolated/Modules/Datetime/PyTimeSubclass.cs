using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>An instance of a Python subclass of datetime.time: one with a __dict__.</summary>
public sealed class PyTimeSubclass : PyTime, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyTimeSubclass(PyType type, int hour, int minute, int second, int microsecond, PyObject? tzinfo, int fold)
        : base(type, hour, minute, second, microsecond, tzinfo, fold) { }
}
