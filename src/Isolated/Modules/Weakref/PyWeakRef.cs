using Isolated.Objects;

namespace Isolated.Modules.Weakref;

/// <summary>A weak reference (weakref.ref); also the base of proxies.</summary>
public class PyWeakRef : PyObject
{
    readonly WeakReference<PyObject> _target;

    /// <summary>Called with the ref once the referent dies; cleared when run.</summary>
    public PyObject? Callback;

    /// <summary>hash(ref): the referent's hash, remembered so it survives the referent.</summary>
    public long Hash;
    public bool HashKnown;

    public PyWeakRef(PyType type, PyObject referent, PyObject? callback) : base(type)
    {
        _target = new WeakReference<PyObject>(referent);
        Callback = callback;
    }

    public PyObject? Target => _target.TryGetTarget(out var t) ? t : null;

    public bool IsAlive => _target.TryGetTarget(out _);
}
