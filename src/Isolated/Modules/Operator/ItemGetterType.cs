using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Operator;

/// <summary>operator.itemgetter(item, *items): construction, call (a direct path for one small
/// int index into an exact list or tuple), repr and __reduce__.</summary>
public static class ItemGetterType
{
    public static PyType Create(BuiltinTypes types)
    {
        var type = types.NewBuiltin("itemgetter", types.Object, TypeFlags.None, s =>
        {
            s.New = static (ts, type, args, kw) =>
            {
                if (!ArgBinder.NoKeywords(ts, "itemgetter", kw)) return null;
                if (args.Length == 0) return ts.Raise(ExceptionKind.TypeError, "itemgetter expected 1 argument, got 0");
                return new PyItemGetter(type, args.ToArray());
            };
            s.Init = static (ts, self, args, kw) => true;
            s.Call = Call;
            s.Repr = static (ts, self) => GetterRepr.Of(ts, self, ((PyItemGetter)self).Items);
        }, static (ts, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("operator"));
            t.AddValue("__doc__", t.Owner.Str("Return a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"));
            t.AddMethod("__reduce__", static (ts, self, a, k) =>
                ts.Interpreter.Tuple(self.Type, ts.Interpreter.Tuple((PyObject[])((PyItemGetter)self).Items.Clone())), "Return state information for pickling");
        });
        type.SetTpName("operator.itemgetter");
        return type;
    }

    static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "itemgetter", kw)) return null;
        if (args.Length != 1) return ts.Raise(ExceptionKind.TypeError, $"itemgetter expected 1 argument, got {args.Length}");
        var g = (PyItemGetter)callable;
        var obj = args[0];
        if (g.Items.Length == 1)
        {
            var key = g.Items[0];
            if (key is PyInt { IsSmall: true } i && key.GetType() == typeof(PyInt) && i.Small >= 0)
            {
                if (obj.GetType() == typeof(PyTuple) && ReferenceEquals(obj.Type, ts.Interpreter.Types.Tuple) && i.Small < ((PyTuple)obj).Count) return ((PyTuple)obj).Items[i.Small];
                if (obj.GetType() == typeof(PyList) && ReferenceEquals(obj.Type, ts.Interpreter.Types.List) && i.Small < ((PyList)obj).Count)
                    return ((PyList)obj).Items[i.Small];
            }
            return Ops.GetItem(ts, obj, key);
        }
        var results = new PyObject[g.Items.Length];
        for (int n = 0; n < results.Length; n++)
        {
            var v = Ops.GetItem(ts, obj, g.Items[n]);
            if (v is null) return null;
            results[n] = v;
        }
        return ts.Interpreter.Tuple(results);
    }
}
