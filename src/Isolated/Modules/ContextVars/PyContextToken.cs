using Isolated.Objects;

namespace Isolated.Modules.ContextVars;

/// <summary>contextvars.Token: what ContextVar.set returns, for ContextVar.reset.</summary>
public sealed class PyContextToken : PyObject
{
    public readonly PyContext Context;
    public readonly PyContextVar Var;
    public readonly PyObject OldValue;
    public bool Used;

    public PyContextToken(PyType type, PyContext context, PyContextVar var, PyObject oldValue) : base(type)
    {
        Context = context;
        Var = var;
        OldValue = oldValue;
    }
}
