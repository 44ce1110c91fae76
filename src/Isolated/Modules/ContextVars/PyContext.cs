using System.Collections.Immutable;
using Isolated.Objects;

namespace Isolated.Modules.ContextVars;

/// <summary>contextvars.Context: an immutable mapping from ContextVar to value (copying is O(1)),
/// replaced as a whole when a variable is set in it.</summary>
public sealed class PyContext : PyObject
{
    public readonly ContextVarsTypes Types;
    public ImmutableDictionary<PyContextVar, PyObject> Vars;
    public bool Entered;
    public PyObject? Previous;

    public static readonly ImmutableDictionary<PyContextVar, PyObject> Empty =
        ImmutableDictionary.Create<PyContextVar, PyObject>(ReferenceEqualityComparer.Instance);

    public PyContext(ContextVarsTypes types, ImmutableDictionary<PyContextVar, PyObject> vars) : base(types.Context)
    {
        Types = types;
        Vars = vars;
    }
}
