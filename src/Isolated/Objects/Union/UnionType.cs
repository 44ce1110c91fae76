using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// types.UnionType (PEP 604): <c>int | str</c>, <c>int | None</c>. Supports isinstance/issubclass
/// (through __instancecheck__/__subclasscheck__), equality regardless of order, hashing,
/// <c>__args__</c> and CPython's repr.
/// </summary>
public static class UnionType
{
    public static readonly BinaryFunc OrSlot = Or;

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("UnionType", types.Object, TypeFlags.Immutable, s =>
        {
            s.Or = OrSlot;
            s.Repr = Repr;
            s.Hash = Hash;
            s.RichCompare = RichCompare;
            s.GetItem = Subscript;
            s.New = null;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("types"));
        type.AddGetSet("__args__", static (ts, self) => ts.Interpreter.Tuple([.. ((PyUnion)self).Args]));
        type.AddGetSet("__parameters__", static (ts, self) => Parameters(ts, (PyUnion)self));
        type.AddMethod("__instancecheck__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__instancecheck__", args, kw, 1, 1)) return null;
            foreach (var t in ((PyUnion)self).Args)
            {
                var cls = ReferenceEquals(t, ts.Interpreter.None) ? ts.Interpreter.Types.NoneType : t;
                int r = Ops.IsInstance(ts, args[0], cls);
                if (r != 0) return r < 0 ? null : ts.Interpreter.True;
            }
            return ts.Interpreter.False;
        });
        type.AddMethod("__subclasscheck__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__subclasscheck__", args, kw, 1, 1)) return null;
            foreach (var t in ((PyUnion)self).Args)
            {
                var cls = ReferenceEquals(t, ts.Interpreter.None) ? ts.Interpreter.Types.NoneType : t;
                int r = Ops.IsSubclass(ts, args[0], cls);
                if (r != 0) return r < 0 ? null : ts.Interpreter.True;
            }
            return ts.Interpreter.False;
        });
    }

    /// <summary>The type variables of the generic aliases among the arguments (int | list[T] has
    /// (T,)), each once, in order.</summary>
    static PyTuple? Parameters(ThreadState ts, PyUnion union)
    {
        List<PyObject>? found = null;
        foreach (var a in union.Args)
        {
            if (a is PyType) continue;
            int r = Ops.LookupAttr(ts, a, ts.Interpreter.Str("__parameters__"), out var ps);
            if (r < 0) return null;
            if (r == 0 || ps is not PyTuple { Count: > 0 } tuple) continue;
            found ??= new List<PyObject>();
            foreach (var p in tuple.Items)
                if (!found.Exists(x => ReferenceEquals(x, p))) found.Add(p);
        }
        return found is null ? ts.Interpreter.EmptyTuple : ts.Interpreter.Tuple([.. found]);
    }

    /// <summary>(int | list[T])[str]: each argument with type variables subscripted with its share of
    /// the items, then the arguments joined with | again (which may collapse the union).</summary>
    static PyObject? Subscript(ThreadState ts, PyObject self, PyObject key)
    {
        var union = (PyUnion)self;
        var interp = ts.Interpreter;
        var parameters = Parameters(ts, union);
        if (parameters is null) return null;
        if (parameters.Count == 0)
            return Ops.Repr(ts, self) is PyStr r ? ts.Raise(ExceptionKind.TypeError, $"{r.Value} is not a generic class") : null;
        var values = key as PyTuple ?? interp.Tuple(key);
        if (values.Count != parameters.Count)
            return Ops.Repr(ts, self) is PyStr r
                ? ts.Raise(ExceptionKind.TypeError,
                    $"Too {(values.Count > parameters.Count ? "many" : "few")} arguments for {r.Value}; actual {values.Count}, expected {parameters.Count}")
                : null;
        PyObject? result = null;
        foreach (var a in union.Args)
        {
            var arg = a;
            if (a is not PyType)
            {
                int r = Ops.LookupAttr(ts, a, interp.Str("__parameters__"), out var ps);
                if (r < 0) return null;
                if (r > 0 && ps is PyTuple { Count: > 0 } inner)
                {
                    var sub = new PyObject[inner.Count];
                    for (int j = 0; j < sub.Length; j++)
                        for (int k = 0; k < parameters.Count; k++)
                            if (ReferenceEquals(parameters[k], inner[j])) sub[j] = values[k];
                    if ((arg = Ops.GetItem(ts, a, sub.Length == 1 ? sub[0] : interp.Tuple(sub))!) is null) return null;
                }
            }
            if (result is null) result = arg;
            else if ((result = Ops.Or(ts, result, arg)) is null) return null;
        }
        return result;
    }

    /// <summary>What may take part in a union: classes, None, and unions or generic aliases.</summary>
    static bool IsUnionable(Interpreter interp, PyObject o) =>
        o is PyType || o is PyUnion || ReferenceEquals(o, interp.None) || o.Type.Name == "GenericAlias";

    /// <summary>nb_or for type and UnionType: X | Y when both sides are unionable.</summary>
    static PyObject? Or(ThreadState ts, PyObject left, PyObject right)
    {
        var interp = ts.Interpreter;
        if (!IsUnionable(interp, left) || !IsUnionable(interp, right)) return interp.NotImplemented;
        var args = new List<PyObject>();
        if (!Add(ts, args, left) || !Add(ts, args, right)) return null;
        if (args.Count == 1) return args[0];
        return new PyUnion(interp.Types.Union, [.. args]);
    }

    static bool Add(ThreadState ts, List<PyObject> args, PyObject o)
    {
        var interp = ts.Interpreter;
        if (o is PyUnion u)
        {
            foreach (var a in u.Args)
                if (!Add(ts, args, a)) return false;
            return true;
        }
        // __args__ holds NoneType for None, as CPython's (typing.get_args(int | None)).
        if (ReferenceEquals(o, interp.None)) o = interp.Types.NoneType;
        foreach (var existing in args)
        {
            if (ReferenceEquals(existing, o)) return true;
            // Equal generic aliases count once (list[int] | list[int] is list[int]).
            if (existing is PyType || o is PyType) continue;
            int eq = Ops.RichCompareBool(ts, existing, o, CompareOp.Eq);
            if (eq < 0) return false;
            if (eq > 0) return true;
        }
        args.Add(o);
        return true;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var parts = new List<string>();
        foreach (var a in ((PyUnion)self).Args)
        {
            if (ReferenceEquals(a, ts.Interpreter.None) || ReferenceEquals(a, ts.Interpreter.Types.NoneType)) parts.Add("None");
            else if (a is PyType t)
            {
                string module = Ops.TypeModuleName(t);
                parts.Add(module == "builtins" ? t.QualName : $"{module}.{t.QualName}");
            }
            else if (Ops.Repr(ts, a) is PyStr r) parts.Add(r.Value);
            else return null;
        }
        return ts.Interpreter.Str(string.Join(" | ", parts));
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        // Order-insensitive, like hash(frozenset(__args__)).
        long h = 0x345678;
        foreach (var a in ((PyUnion)self).Args)
        {
            if (!Ops.Hash(ts, a, out long ah)) { hash = -1; return false; }
            h ^= ah * 1000003;
        }
        hash = h == -1 ? -2 : h;
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyUnion o || op is not (CompareOp.Eq or CompareOp.Ne)) return ts.Interpreter.NotImplemented;
        var a = ((PyUnion)self).Args;
        bool equal = a.Length == o.Args.Length && a.All(x => o.Args.Any(y => ReferenceEquals(x, y)));
        return ts.Interpreter.Bool(op == CompareOp.Eq ? equal : !equal);
    }
}
