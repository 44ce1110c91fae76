using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Typing;

/// <summary>typing.ParamSpecArgs and typing.ParamSpecKwargs (the types of P.args and P.kwargs):
/// one C# definition, two Python types told apart by their suffix.</summary>
public static class ParamSpecComponentType
{
    public static PyType CreateArgs(BuiltinTypes types) => Create(types, "ParamSpecArgs", ".args");

    public static PyType CreateKwargs(BuiltinTypes types) => Create(types, "ParamSpecKwargs", ".kwargs");

    static PyType Create(BuiltinTypes types, string name, string suffix) =>
        types.NewBuiltin(name, types.Object, TypeFlags.None, s =>
        {
            s.New = static (ts, type, args, kw) =>
            {
                Span<PyObject?> a = new PyObject?[1];
                if (!ArgBinder.Bind(ts, type.Name, args, kw, ["origin"], 1, a)) return null;
                return new PyParamSpecComponent(type, a[0]!);
            };
            s.Init = null;
            s.Repr = (ts, self) =>
            {
                var origin = ((PyParamSpecComponent)self).Origin;
                var head = origin is PyTypeParameter p ? p.Name : Ops.Repr(ts, origin);
                return head is null ? null : ts.Interpreter.Str(((PyStr)head).Value + suffix);
            };
            s.RichCompare = static (ts, self, other, op) =>
            {
                if (op is not (CompareOp.Eq or CompareOp.Ne) || !ReferenceEquals(self.Type, other.Type))
                    return ts.Interpreter.NotImplemented;
                return Ops.RichCompare(ts, ((PyParamSpecComponent)self).Origin, ((PyParamSpecComponent)other).Origin, op);
            };
            s.Hash = null;
        }, static (ts0, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("typing"));
            type.AddGetSet("__origin__", static (ts, self) => ((PyParamSpecComponent)self).Origin);
            type.AddMethod("__mro_entries__", TypingCalls.CannotSubclass);
        });
}
