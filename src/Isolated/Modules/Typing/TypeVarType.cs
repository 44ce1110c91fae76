using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Typing;

/// <summary>typing.TypeVar: a type variable (what <c>def f[T]</c> and <c>TypeVar("T")</c> create).</summary>
public static class TypeVarType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("TypeVar", types.Object, TypeFlags.HasInstanceDict, s =>
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
        type.AddGetSet("__constraints__", static (ts, self) => ((PyTypeParameter)self).Constraints ?? ts.Interpreter.EmptyTuple);
        type.AddGetSet("__covariant__", static (ts, self) => ts.Interpreter.Bool(((PyTypeParameter)self).Covariant));
        type.AddGetSet("__contravariant__", static (ts, self) => ts.Interpreter.Bool(((PyTypeParameter)self).Contravariant));
        type.AddGetSet("__infer_variance__", static (ts, self) => ts.Interpreter.Bool(((PyTypeParameter)self).InferVariance));
        type.AddMethod("__typing_subst__", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "__typing_subst__", args, kw, 1, 1) ? TypingCalls.Call(ts, "_typevar_subst", self, args[0]) : null);
        type.AddMethod("__mro_entries__", TypingCalls.CannotSubclass);
        type.AddMethod("__reduce__", TypingCalls.ReduceByName);
    }

    /// <summary>A TypeVar created by the compiler for <c>def f[T: bound]</c> (bound already evaluated
    /// or null; constraints a tuple or null).</summary>
    public static PyTypeParameter Make(ThreadState ts, PyStr name, PyObject? bound, PyTuple? constraints)
    {
        var tv = new PyTypeParameter(ts.Interpreter.Types.TypeVar, name) { Bound = bound, Constraints = constraints, InferVariance = true };
        TypingCalls.SetModule(ts, tv);
        return tv;
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!TypeParameterArgs.Parse(ts, "TypeVar", true, args, kwnames, out var a)) return null;
        PyTuple? constraints = null;
        if (a.Constraints.Length == 1)
            return ts.Raise(ExceptionKind.TypeError, "A single constraint is not allowed");
        if (a.Constraints.Length > 0)
        {
            if (a.Bound is not null)
                return ts.Raise(ExceptionKind.TypeError, "Constraints cannot be combined with bound=...");
            var items = new PyObject[a.Constraints.Length];
            for (int i = 0; i < items.Length; i++)
            {
                var c = TypingCalls.TypeCheck(ts, a.Constraints[i], "TypeVar(name, constraint, ...): constraints must be types.");
                if (c is null) return null;
                items[i] = c;
            }
            constraints = ts.Interpreter.Tuple(items);
        }
        var tv = new PyTypeParameter(type, a.Name)
        {
            Bound = a.Bound, Constraints = constraints,
            Covariant = a.Covariant, Contravariant = a.Contravariant, InferVariance = a.InferVariance,
        };
        TypingCalls.SetModule(ts, tv);
        return tv;
    }
}
