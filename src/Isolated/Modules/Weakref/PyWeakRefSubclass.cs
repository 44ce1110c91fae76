using Isolated.Objects;

namespace Isolated.Modules.Weakref;

/// <summary>An instance of a Python subclass of weakref.ref (WeakMethod, KeyedRef...): one with a __dict__.</summary>
public sealed class PyWeakRefSubclass : PyWeakRef, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyWeakRefSubclass(PyType type, PyObject referent, PyObject? callback) : base(type, referent, callback) { }
}
