using Isolated.Objects;

namespace Isolated.Modules.Weakref;

/// <summary>weakref.proxy(obj): forwards operations to the referent while it lives.</summary>
public sealed class PyWeakProxy : PyWeakRef
{
    public PyWeakProxy(PyType type, PyObject referent, PyObject? callback) : base(type, referent, callback) { }
}
