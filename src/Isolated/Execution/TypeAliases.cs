using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary><c>typing.TypeAliasType</c>: the runtime object of a <c>type X = ...</c> statement, with
/// <c>__name__</c>, <c>__type_params__</c>, <c>__module__</c> and a lazily evaluated <c>__value__</c>;
/// generic aliases can be subscripted (giving a types.GenericAlias).</summary>
public static class TypeAliases
{
    public static PyObject? Create(ThreadState ts, PyObject name, PyObject typeParams, PyFunction valueFunction)
    {
        var interp = ts.Interpreter;
        return new PyTypeAlias(interp.Types.TypeAliasType, name, ReferenceEquals(typeParams, interp.None) ? interp.EmptyTuple : typeParams,
                               valueFunction, valueFunction.Module);
    }

    public static PyType CreateType(BuiltinTypes types) =>
        types.NewBuiltin("TypeAliasType", types.Object, TypeFlags.None, s =>
        {
            s.New = New;
            s.Init = null;
            s.Repr = static (ts, self) => ((PyTypeAlias)self).Name is PyStr n ? n : ts.Interpreter.Str("?");
            s.Or = Isolated.Modules.Typing.TypingCalls.Or;
            s.GetItem = static (ts, self, key) =>
            {
                var a = (PyTypeAlias)self;
                if (a.TypeParams is PyTuple { Count: 0 } or not PyTuple)
                    return ts.Raise(ExceptionKind.TypeError, "Only generic type aliases are subscriptable");
                var args = key as PyTuple ?? ts.Interpreter.Tuple(key);
                return new PyGenericAlias(ts.Interpreter.Types.GenericAlias, self, args);
            };
        }, static (ts0, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("typing"));
            type.AddGetSet("__name__", static (ts, self) => ((PyTypeAlias)self).Name);
            type.AddGetSet("__type_params__", static (ts, self) => ((PyTypeAlias)self).TypeParams);
            type.AddGetSet("__parameters__", static (ts, self) => ((PyTypeAlias)self).TypeParams);
            type.AddGetSet("__module__", static (ts, self) => ((PyTypeAlias)self).Module);
            type.AddGetSet("__value__", static (ts, self) =>
            {
                var a = (PyTypeAlias)self;
                return a.Value ??= a.ValueFunction is null ? ts.Interpreter.None : Ops.Call(ts, a.ValueFunction);
            });
            type.AddMethod("__reduce__", static (ts, self, args, kw) => ((PyTypeAlias)self).Name);
        });

    /// <summary>TypeAliasType(name, value, *, type_params=())</summary>
    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "TypeAliasType", args, kwnames, ["name", "value", "type_params"], 2, a, keywordOnlyFrom: 2)) return null;
        if (a[0] is not PyStr)
            return ts.Raise(ExceptionKind.TypeError, $"TypeAliasType() argument 'name' must be str, not {a[0]!.Type.Name}");
        var interp = ts.Interpreter;
        var typeParams = a[2] ?? interp.EmptyTuple;
        if (typeParams is not PyTuple)
            return ts.Raise(ExceptionKind.TypeError, "type_params must be a tuple");
        var module = Isolated.Modules.Typing.TypingCalls.CallerModule(ts) ?? interp.None;
        return new PyTypeAlias(type, a[0]!, typeParams, null, module) { Value = a[1] };
    }
}
