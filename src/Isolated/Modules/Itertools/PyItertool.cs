using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Itertools;

/// <summary>The base of the itertools iterators: each kind implements one step; the type's
/// IterNext slot calls it (null with no exception set = exhausted).</summary>
public abstract class PyItertool : PyObject
{
    protected PyItertool(PyType type) : base(type) { }

    public abstract PyObject? Next(ThreadState ts);

    /// <summary>The repr for iterators that have one (count, repeat); null for the default.</summary>
    public virtual string? Repr(ThreadState ts) => null;
}
