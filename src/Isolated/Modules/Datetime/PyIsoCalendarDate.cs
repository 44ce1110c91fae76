using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>A datetime.IsoCalendarDate: its own C# class so that the runtime's exact-tuple fast
/// paths (which test the C# type) do not take it for a plain tuple.</summary>
public sealed class PyIsoCalendarDate : PyTuple
{
    public PyIsoCalendarDate(PyType type, PyObject[] items) : base(type, items) { }
}
