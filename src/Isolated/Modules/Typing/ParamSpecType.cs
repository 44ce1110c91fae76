using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Typing;

/// <summary>typing.ParamSpec: a parameter specification variable (<c>**P</c>), with P.args / P.kwargs.</summary>
public static class ParamSpecType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("ParamSpec", types.Object, TypeFlags.HasInstanceDict, s =>
        {
            s.New = New;
            s.Init = null;
            s.Repr = static (ts, self) =>
            {
                var p = (PyTypeParameter)self;
                return ts.Interpreter.Str(p.VariancePrefix + p.Name.Value);
            };
            s.Or = TypingCalls.Or;
        }, FillDict);

    static void FillDict(ThreadState? ts0, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("typing"));
        type.AddGetSet("__name__", static (ts, self) => ((PyTypeParameter)self).Name);
        type.AddGetSet("__bound__", static (ts, self) => ((PyTypeParameter)self).Bound ?? ts.Interpreter.None);
        type.AddGetSet("__covariant__", static (ts, self) => ts.Interpreter.Bool(((PyTypeParameter)self).Covariant));
        type.AddGetSet("__contravariant__", static (ts, self) => ts.Interpreter.Bool(((PyTypeParameter)self).Contravariant));
        type.AddGetSet("__infer_variance__", static (ts, self) => ts.Interpreter.Bool(((PyTypeParameter)self).InferVariance));
        type.AddGetSet("args", static (ts, self) => new PyParamSpecComponent(ts.Interpreter.Types.ParamSpecArgs, self));
        type.AddGetSet("kwargs", static (ts, self) => new PyParamSpecComponent(ts.Interpreter.Types.ParamSpecKwargs, self));
        type.AddMethod("__typing_subst__", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "__typing_subst__", args, kw, 1, 1) ? TypingCalls.Call(ts, "_paramspec_subst", self, args[0]) : null);
        type.AddMethod("__typing_prepare_subst__", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "__typing_prepare_subst__", args, kw, 2, 2) ? TypingCalls.Call(ts, "_paramspec_prepare_subst", [self, args[0], args[1]]) : null);
        type.AddMethod("__mro_entries__", TypingCalls.CannotSubclass);
        type.AddMethod("__reduce__", TypingCalls.ReduceByName);
    }

    public static PyTypeParameter Make(ThreadState ts, PyStr name)
    {
        var p = new PyTypeParameter(ts.Interpreter.Types.ParamSpec, name) { InferVariance = true };
        TypingCalls.SetModule(ts, p);
        return p;
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!TypeParameterArgs.Parse(ts, "ParamSpec", false, args, kwnames, out var a)) return null;
        var p = new PyTypeParameter(type, a.Name)
        {
            Bound = a.Bound, Covariant = a.Covariant, Contravariant = a.Contravariant, InferVariance = a.InferVariance,
        };
        TypingCalls.SetModule(ts, p);
        return p;
    }
}
