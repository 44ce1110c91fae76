using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.ContextVars;

/// <summary>contextvars.Token: var, old_value, MISSING.</summary>
public static class TokenType
{
    public static PyType Create(BuiltinTypes types, ContextVarsTypes owner) =>
        types.NewBuiltin("Token", types.Object, TypeFlags.None, s =>
        {
            s.New = static (ts, type, args, kw) => ts.Raise(ExceptionKind.RuntimeError, "Tokens can only be created by ContextVars");
            s.Repr = static (ts, self) =>
            {
                var t = (PyContextToken)self;
                var var = Ops.Repr(ts, t.Var) as PyStr;
                return var is null ? null : ts.Interpreter.Str($"<Token{(t.Used ? " used" : "")} var={var.Value} at 0x{Ops.Id(self):x}>");
            };
        }, (ts, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("_contextvars"));
            type.AddGetSet("var", static (ts, self) => ((PyContextToken)self).Var);
            type.AddGetSet("old_value", static (ts, self) => ((PyContextToken)self).OldValue);
            type.AddValue("MISSING", owner.Missing);
            type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
        });
}
