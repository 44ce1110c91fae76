using Isolated.Objects;

namespace Isolated.Modules.Io;

/// <summary>An instance of <c>_io._IOBase</c> or of any io class: like CPython's io objects, every
/// one carries a __dict__ (io.py's ABCs and user subclasses store attributes on them).</summary>
public class PyIOBase : PyObject, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    /// <summary>_IOBase's own closed flag (CPython's __IOBase_closed), set by _IOBase.close().</summary>
    public bool IOBaseClosed;

    public PyIOBase(PyType type) : base(type) { }
}
