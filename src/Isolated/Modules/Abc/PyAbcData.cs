using System.Runtime.CompilerServices;
using Isolated.Objects;

namespace Isolated.Modules.Abc;

/// <summary>The _abc_impl of one abstract base class: the classes registered with it, the
/// classes known to be (or not to be) its subclasses, and the invalidation counter value the
/// negative cache was made at. All hold their classes weakly (a class that goes away leaves them),
/// keyed by identity, as CPython's weak sets of classes are.</summary>
public sealed class PyAbcData(PyType type, long negativeCacheVersion) : PyObject(type)
{
    public ConditionalWeakTable<PyObject, object?> Registry = new();
    public ConditionalWeakTable<PyObject, object?> Cache = new();
    public ConditionalWeakTable<PyObject, object?> NegativeCache = new();
    public long NegativeCacheVersion = negativeCacheVersion;
    /// <summary>Registry holds at least one class (skips the walk when it never did).</summary>
    public bool HasRegistry;
}
