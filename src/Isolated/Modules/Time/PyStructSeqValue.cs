using Isolated.Objects;

namespace Isolated.Modules.Time;

/// <summary>An instance of a struct sequence made by <see cref="StructSeqBuilder"/>: a tuple of
/// the sequence fields plus the named-only fields (struct_time.tm_zone, stat_result.st_mtime...).</summary>
public sealed class PyStructSeqValue : PyTuple
{
    public readonly PyObject[] Extra;

    public PyStructSeqValue(PyType type, PyObject[] items, PyObject[] extra) : base(type, items) => Extra = extra;
}
