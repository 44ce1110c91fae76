using Isolated.Objects;

namespace Isolated.Modules.ContextVars;

/// <summary>contextvars.Token.MISSING: the old value of a variable that had none.</summary>
public sealed class PyMissingMarker : PyObject
{
    public PyMissingMarker(PyType type) : base(type) { }
}
