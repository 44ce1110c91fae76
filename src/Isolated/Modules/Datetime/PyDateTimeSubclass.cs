using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>An instance of a Python subclass of datetime.datetime: one with a __dict__.</summary>
public sealed class PyDateTimeSubclass : PyDateTime, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyDateTimeSubclass(PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject? tzinfo, int fold)
        : base(type, year, month, day, hour, minute, second, microsecond, tzinfo, fold) { }
}
