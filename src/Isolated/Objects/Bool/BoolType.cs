using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>bool</c> type: a final subclass of int with two instances.</summary>
public static class BoolType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("bool", types.Int, TypeFlags.IntSubclass | TypeFlags.Immutable, s =>
        {
            s.Repr = static (ts, self) => ts.Interpreter.Str(((PyBool)self).Value ? "True" : "False");
            s.New = static (ts, type, args, kw) =>
            {
                if (kw is not null) return ts.Raise(ExceptionKind.TypeError, "bool() takes no keyword arguments");
                if (args.Length > 1) return ts.Raise(ExceptionKind.TypeError, $"bool expected at most 1 argument, got {args.Length}");
                if (args.Length == 0) return ts.Interpreter.False;
                int t = Ops.IsTrue(ts, args[0]);
                return t < 0 ? null : ts.Interpreter.Bool(t > 0);
            };
        });
}
