using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>cell</c> type.</summary>
public static class CellType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("cell", types.Object, TypeFlags.None, s =>
        {
            s.New = static (ts, type, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "cell", args, kw, 0, 1)) return null;
                return new PyCell(type, args.Length > 0 ? args[0] : null);
            };
            s.Repr = static (ts, self) =>
            {
                var c = (PyCell)self;
                return ts.Interpreter.Str(c.Contents is null
                    ? $"<cell at 0x{Ops.Id(c):x}: empty>"
                    : $"<cell at 0x{Ops.Id(c):x}: {c.Contents.Type.Name} object at 0x{Ops.Id(c.Contents):x}>");
            };
            s.RichCompare = static (ts, self, other, op) =>
            {
                if (other is not PyCell o) return ts.Interpreter.NotImplemented;
                var a = ((PyCell)self).Contents;
                var b = o.Contents;
                if (a is null || b is null)
                    return ts.Interpreter.Bool(IntType.CompareResult((a is null ? 0 : 1) - (b is null ? 0 : 1), op));
                return Ops.RichCompare(ts, a, b, op);
            };
            s.Hash = null;
        }, static (ts, type) =>
        {
            type.AddGetSet("cell_contents", static (ts, self) =>
                ((PyCell)self).Contents ?? ts.Raise(ExceptionKind.ValueError, "Cell is empty"),
                static (ts, self, value) => { ((PyCell)self).Contents = value; return true; });
        });
}
