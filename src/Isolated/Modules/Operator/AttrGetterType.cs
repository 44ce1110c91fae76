using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Operator;

/// <summary>operator.attrgetter(attr, *attrs): construction, call, repr and __reduce__.</summary>
public static class AttrGetterType
{
    public static PyType Create(BuiltinTypes types)
    {
        var type = types.NewBuiltin("attrgetter", types.Object, TypeFlags.None, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Call = Call;
            s.Repr = static (ts, self) => GetterRepr.Of(ts, self, ((PyAttrGetter)self).Names);
        }, static (ts, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("operator"));
            t.AddValue("__doc__", t.Owner.Str("Return a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last)."));
            t.AddMethod("__reduce__", static (ts, self, a, k) =>
                ts.Interpreter.Tuple(self.Type, ts.Interpreter.Tuple([.. ((PyAttrGetter)self).Names])), "Return state information for pickling");
        });
        type.SetTpName("operator.attrgetter");
        return type;
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "attrgetter", kw)) return null;
        if (args.Length == 0) return ts.Raise(ExceptionKind.TypeError, "attrgetter expected 1 argument, got 0");
        var interp = ts.Interpreter;
        var paths = new PyStr[args.Length][];
        var names = new PyStr[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, "attribute name must be a string");
            names[i] = name;
            var parts = name.Value.Split('.');
            paths[i] = new PyStr[parts.Length];
            for (int j = 0; j < parts.Length; j++) paths[i][j] = interp.Intern(parts[j]);
        }
        return new PyAttrGetter(type, paths, names);
    }

    static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "attrgetter", kw)) return null;
        if (args.Length != 1) return ts.Raise(ExceptionKind.TypeError, $"attrgetter expected 1 argument, got {args.Length}");
        var g = (PyAttrGetter)callable;
        if (g.Paths.Length == 1) return Fetch(ts, args[0], g.Paths[0]);
        var results = new PyObject[g.Paths.Length];
        for (int i = 0; i < results.Length; i++)
        {
            var v = Fetch(ts, args[0], g.Paths[i]);
            if (v is null) return null;
            results[i] = v;
        }
        return ts.Interpreter.Tuple(results);
    }

    static PyObject? Fetch(ThreadState ts, PyObject obj, PyStr[] path)
    {
        PyObject? v = obj;
        foreach (var name in path)
        {
            v = Ops.GetAttr(ts, v, name);
            if (v is null) return null;
        }
        return v;
    }
}
