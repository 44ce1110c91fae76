using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Typing;

/// <summary>typing.TypeVarTuple: a variadic type variable (<c>*Ts</c>); iterating it gives Unpack[Ts].</summary>
public static class TypeVarTupleType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("TypeVarTuple", types.Object, TypeFlags.HasInstanceDict, s =>
        {
            s.New = New;
            s.Init = null;
            s.Repr = static (ts, self) => ((PyTypeParameter)self).Name;
            s.Iter = static (ts, self) =>
            {
                var typing = Isolated.Execution.Import.ImportSystem.ImportModule(ts, "typing");
                var unpack = typing is null ? null : Ops.GetAttr(ts, typing, "Unpack");
                var item = unpack is null ? null : Ops.GetItem(ts, unpack, self);
                return item is null ? null : Ops.GetIter(ts, ts.Interpreter.Tuple(item));
            };
        }, FillDict);

    static void FillDict(ThreadState? ts0, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("typing"));
        type.AddGetSet("__name__", static (ts, self) => ((PyTypeParameter)self).Name);
        type.AddMethod("__typing_subst__", static (ts, self, args, kw) =>
            ts.Raise(ExceptionKind.TypeError, "Substitution of bare TypeVarTuple is not supported"));
        type.AddMethod("__typing_prepare_subst__", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "__typing_prepare_subst__", args, kw, 2, 2) ? TypingCalls.Call(ts, "_typevartuple_prepare_subst", [self, args[0], args[1]]) : null);
        type.AddMethod("__mro_entries__", TypingCalls.CannotSubclass);
        type.AddMethod("__reduce__", TypingCalls.ReduceByName);
    }

    public static PyTypeParameter Make(ThreadState ts, PyStr name)
    {
        var p = new PyTypeParameter(ts.Interpreter.Types.TypeVarTuple, name);
        TypingCalls.SetModule(ts, p);
        return p;
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "TypeVarTuple", args, kwnames, ["name"], 1, a)) return null;
        var name = TypingCalls.RequireName(ts, "TypeVarTuple", a[0]!);
        if (name is null) return null;
        var p = new PyTypeParameter(type, name);
        TypingCalls.SetModule(ts, p);
        return p;
    }
}
