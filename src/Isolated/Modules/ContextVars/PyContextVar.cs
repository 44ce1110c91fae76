using Isolated.Objects;

namespace Isolated.Modules.ContextVars;

/// <summary>contextvars.ContextVar: a name and an optional default.</summary>
public sealed class PyContextVar : PyObject
{
    public readonly ContextVarsTypes Types;
    public readonly PyStr Name;
    public readonly PyObject? Default;

    public PyContextVar(ContextVarsTypes types, PyStr name, PyObject? @default) : base(types.ContextVar)
    {
        Types = types;
        Name = name;
        Default = @default;
    }
}
