using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The dict view types: dict_keys and dict_items are set-like (comparisons and
/// <c>| &amp; - ^</c> with any iterable, isdisjoint), dict_values is not.</summary>
public static class DictViewType
{
    public static PyType Create(BuiltinTypes types, DictViewKind kind)
    {
        string name = kind switch { DictViewKind.Keys => "dict_keys", DictViewKind.Values => "dict_values", _ => "dict_items" };
        bool setLike = kind != DictViewKind.Values;
        return types.NewBuiltin(name, types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Init = null;
            s.Length = static (ts, self) => ((PyDictView)self).Dict.Count;
            s.Iter = static (ts, self) =>
            {
                var v = (PyDictView)self;
                return PyDictIterator.For(ts.Interpreter, v.Dict, v.Kind);
            };
            s.Contains = Contains;
            s.Repr = Repr;
            if (setLike)
            {
                s.Hash = null;
                s.RichCompare = RichCompare;
                s.Or = static (ts, a, b) => SetOp(ts, a, b, "update");
                s.And = static (ts, a, b) => SetOp(ts, a, b, "intersection_update");
                s.Subtract = static (ts, a, b) => SetOp(ts, a, b, "difference_update");
                s.Xor = static (ts, a, b) => SetOp(ts, a, b, "symmetric_difference_update");
            }
        }, (ts, type) =>
        {
            type.AddGetSet("mapping", static (ts, self) =>
                new PyMappingProxy(ts.Interpreter.Types.MappingProxy, ((PyDictView)self).Dict),
                doc: "dictionary that this view refers to");
            type.AddMethod("__reversed__", static (ts, self, args, kw) =>
            {
                var v = (PyDictView)self;
                return PyDictIterator.For(ts.Interpreter, v.Dict, v.Kind, reverse: true);
            });
            if (setLike)
            {
                type.AddValue("__hash__", type.Owner.None);
                type.AddMethod("isdisjoint", IsDisjoint, "Return True if the view and the given iterable have a null intersection.");
            }
        });
    }

    static int Contains(ThreadState ts, PyObject self, PyObject item)
    {
        var v = (PyDictView)self;
        switch (v.Kind)
        {
            case DictViewKind.Keys:
                if (!v.Dict.TryGetItem(ts, item, out var found)) return -1;
                return found is null ? 0 : 1;
            case DictViewKind.Items:
            {
                if (item is not PyTuple t || t.Count != 2) return 0;
                if (!v.Dict.TryGetItem(ts, t[0], out var value)) return -1;
                if (value is null) return 0;
                return Ops.RichCompareBool(ts, value, t[1], CompareOp.Eq);
            }
            default:
            {
                var d = v.Dict;
                for (int pos = 0; pos < d.EntryLimit; pos++)
                {
                    if (!d.TryGetEntry(pos, out _, out var value)) continue;
                    int eq = Ops.RichCompareBool(ts, value, item, CompareOp.Eq);
                    if (eq != 0) return eq;
                }
                return 0;
            }
        }
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var v = (PyDictView)self;
        var interp = ts.Interpreter;
        if (!ReprGuard.Enter(ts, v)) return interp.Str("...");
        try
        {
            var list = Ops.IterToList(ts, v);
            if (list is null) return null;
            if (Ops.Repr(ts, list) is not PyStr r) return null;
            return interp.Str($"{v.Type.Name}({r.Value})");
        }
        finally
        {
            ReprGuard.Leave(ts, v);
        }
    }

    static bool IsSetLike(PyObject o) => o is PySet || o is PyDictView { Kind: not DictViewKind.Values };

    /// <summary>1 when every item of <paramref name="a"/> is in <paramref name="b"/>.</summary>
    static int AllContainedIn(ThreadState ts, PyObject a, PyObject b)
    {
        var it = Ops.GetIter(ts, a);
        if (it is null) return -1;
        while (Ops.Next(ts, it) is { } x)
        {
            int c = Ops.Contains(ts, b, x);
            if (c <= 0) return c;
        }
        return ts.HasError ? -1 : 1;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var interp = ts.Interpreter;
        if (!IsSetLike(other)) return interp.NotImplemented;
        long la = Ops.Length(ts, self), lb = Ops.Length(ts, other);
        if (la < 0 || lb < 0) return null;
        int r;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                r = la == lb ? AllContainedIn(ts, self, other) : 0;
                if (r < 0) return null;
                return interp.Bool((r > 0) == (op == CompareOp.Eq));
            case CompareOp.Lt: r = la < lb ? AllContainedIn(ts, self, other) : 0; break;
            case CompareOp.Le: r = la <= lb ? AllContainedIn(ts, self, other) : 0; break;
            case CompareOp.Gt: r = la > lb ? AllContainedIn(ts, other, self) : 0; break;
            default: r = la >= lb ? AllContainedIn(ts, other, self) : 0; break;
        }
        return r < 0 ? null : interp.Bool(r > 0);
    }

    /// <summary>view op other (or other op view): set(left), then the in-place set method
    /// with the right operand.</summary>
    static PyObject? SetOp(ThreadState ts, PyObject left, PyObject right, string method)
    {
        var interp = ts.Interpreter;
        var result = SetType.NewSet(interp);
        if (!SetType.Update(ts, result, left)) return null;
        var m = Ops.GetAttr(ts, result, method);
        if (m is null || Ops.Call(ts, m, right) is null) return null;
        return result;
    }

    static PyObject? IsDisjoint(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "isdisjoint", args, kw, 1, 1)) return null;
        var it = Ops.GetIter(ts, args[0]);
        if (it is null) return null;
        while (Ops.Next(ts, it) is { } x)
        {
            int c = Contains(ts, self, x);
            if (c < 0) return null;
            if (c > 0) return ts.Interpreter.False;
        }
        return ts.HasError ? null : ts.Interpreter.True;
    }
}
