using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>A datetime.tzinfo: the abstract base that Python subclasses implement.</summary>
public class PyTzInfo : PyObject
{
    public PyTzInfo(PyType type) : base(type) { }
}
