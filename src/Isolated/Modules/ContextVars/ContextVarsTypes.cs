using Isolated.Objects;

namespace Isolated.Modules.ContextVars;

/// <summary>One interpreter's _contextvars types and the Token.MISSING marker, reached from every
/// object of the module (the types are made when the module is created, not at interpreter birth).</summary>
public sealed class ContextVarsTypes
{
    public readonly PyType Context, ContextVar, Token, MissingType;
    public readonly PyObject Missing;

    public ContextVarsTypes(Runtime.BuiltinTypes types)
    {
        Context = ContextType.Create(types, this);
        ContextVar = ContextVarType.Create(types, this);
        Token = TokenType.Create(types, this);
        MissingType = types.NewBuiltin("Token.MISSING", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Repr = static (ts, self) => ts.Interpreter.Str("<Token.MISSING>");
        });
        Missing = new PyMissingMarker(MissingType);
    }
}
