using Isolated.Objects;

namespace Isolated.Modules.Sys;

/// <summary>An instance of a struct sequence (sys.version_info, sys.flags, sys.float_info...): a
/// tuple whose items are also readable by field name.</summary>
public sealed class PyStructSeq : PyTuple
{
    public PyStructSeq(PyType type, PyObject[] items) : base(type, items) { }
}
