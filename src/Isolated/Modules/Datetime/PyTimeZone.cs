using Isolated.Objects;

namespace Isolated.Modules.Datetime;

/// <summary>A datetime.timezone: a fixed offset from UTC with an optional name (null when none was given).</summary>
public sealed class PyTimeZone : PyTzInfo
{
    public readonly PyTimeDelta Offset;
    public readonly PyStr? Name;

    public PyTimeZone(PyType type, PyTimeDelta offset, PyStr? name) : base(type)
    {
        Offset = offset;
        Name = name;
    }
}
