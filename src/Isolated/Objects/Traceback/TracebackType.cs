using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>traceback</c> type.</summary>
public static class TracebackType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("traceback", types.Object, TypeFlags.None, s =>
        {
            s.New = static (ts, type, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "traceback", args, kw, 4, 4)) return null;
                if (args[1] is not PyFrame frame) return ts.Raise(ExceptionKind.TypeError, "expected frame object");
                var next = args[0] as PyTraceback;
                if (!Ops.AsLong(ts, args[2], out var lasti) || !Ops.AsLong(ts, args[3], out var lineno)) return null;
                return new PyTraceback(type, next, frame, (int)lasti, (int)lineno);
            };
        }, static (ts0, type) =>
        {
            type.AddGetSet("tb_frame", static (ts, self) => ((PyTraceback)self).Frame);
            type.AddGetSet("tb_lineno", static (ts, self) => ts.Interpreter.Int(((PyTraceback)self).LineNo));
            type.AddGetSet("tb_lasti", static (ts, self) => ts.Interpreter.Int(((PyTraceback)self).LastI * 2L));
            type.AddGetSet("tb_next", static (ts, self) => (PyObject?)((PyTraceback)self).Next ?? ts.Interpreter.None,
                static (ts, self, v) =>
                {
                    if (v is not null && !ReferenceEquals(v, ts.Interpreter.None) && v is not PyTraceback)
                    {
                        ts.Raise(ExceptionKind.TypeError, $"expected traceback object or None, got '{v.Type.Name}'");
                        return false;
                    }
                    ((PyTraceback)self).Next = v as PyTraceback;
                    return true;
                });
        });
}
