using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>The runtime object of a <c>type X = ...</c> statement: a <c>typing.TypeAliasType</c>
/// stand-in with <c>__name__</c>, <c>__type_params__</c> and a lazily evaluated <c>__value__</c>.</summary>
public static class TypeAliases
{
    public static PyObject? Create(ThreadState ts, PyObject name, PyObject typeParams, PyFunction valueFunction)
    {
        var interp = ts.Interpreter;
        var alias = new PyTypeAlias(interp.Types.TypeAliasType, name, ReferenceEquals(typeParams, interp.None) ? interp.EmptyTuple : typeParams, valueFunction);
        return alias;
    }

    public static PyType CreateType(BuiltinTypes types) =>
        types.NewBuiltin("TypeAliasType", types.Object, TypeFlags.None, s =>
        {
            s.Repr = static (ts, self) => ((PyTypeAlias)self).Name is PyStr n ? n : ts.Interpreter.Str("?");
        }, static (ts0, type) =>
        {
            type.AddGetSet("__name__", static (ts, self) => ((PyTypeAlias)self).Name);
            type.AddGetSet("__type_params__", static (ts, self) => ((PyTypeAlias)self).TypeParams);
            type.AddGetSet("__module__", static (ts, self) => ((PyTypeAlias)self).ValueFunction.Module);
            type.AddGetSet("__value__", static (ts, self) =>
            {
                var a = (PyTypeAlias)self;
                return a.Value ??= Ops.Call(ts, a.ValueFunction);
            });
        });
}
