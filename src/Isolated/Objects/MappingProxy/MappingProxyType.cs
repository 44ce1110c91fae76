using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>mappingproxy</c> type: every read goes to the wrapped mapping; there are no
/// writes.</summary>
public static class MappingProxyType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("mappingproxy", types.Object, TypeFlags.Mapping, s =>
        {
            s.New = static (ts, type, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "mappingproxy", args, kw, 1, 1)) return null;
                var m = args[0];
                if (m.Type.Slots.GetItem is null && m is not PyDict || m is PyTuple || m.Type.Name == "list")
                    return ts.Raise(ExceptionKind.TypeError, $"mappingproxy() argument must be a mapping, not {m.Type.Name}");
                return new PyMappingProxy(type, m);
            };
            s.GetItem = GetItem;
            s.Length = static (ts, self) => ((PyMappingProxy)self).Mapping is var m && m.Type.Slots.Length is { } len
                ? len(ts, m) : ((PyDict)m).Count;
            s.Contains = Contains;
            s.Iter = static (ts, self) =>
            {
                var m = ((PyMappingProxy)self).Mapping;
                if (m.Type.Slots.Iter is { } iter) return iter(ts, m);
                return ts.Raise(ExceptionKind.TypeError, $"'{m.Type.Name}' object is not iterable");
            };
            s.Repr = static (ts, self) =>
                Ops.Repr(ts, ((PyMappingProxy)self).Mapping) is PyStr r ? ts.Interpreter.Str($"mappingproxy({r.Value})") : null;
            s.Str = static (ts, self) => Ops.Str(ts, ((PyMappingProxy)self).Mapping);
            s.RichCompare = static (ts, self, other, op) => Ops.RichCompare(ts, ((PyMappingProxy)self).Mapping, other, op);
            s.Hash = null;
        }, FillDict);

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var m = ((PyMappingProxy)self).Mapping;
        if (m.Type.Slots.GetItem is { } getItem) return getItem(ts, m, key);
        var d = (PyDict)m;
        if (!d.TryGetItem(ts, key, out var v)) return null;
        if (v is null) return ts.Raise(new PyBaseException(ts.Interpreter.ExceptionType(ExceptionKind.KeyError), ts.Interpreter.Tuple(key)));
        return v;
    }

    static int Contains(ThreadState ts, PyObject self, PyObject key)
    {
        var m = ((PyMappingProxy)self).Mapping;
        if (m.Type.Slots.Contains is { } contains) return contains(ts, m, key);
        if (m is PyDict d) return d.TryGetItem(ts, key, out var v) ? (v is null ? 0 : 1) : -1;
        ts.Raise(ExceptionKind.TypeError, $"argument of type '{m.Type.Name}' is not iterable");
        return -1;
    }

    /// <summary>Forwards a method call to the wrapped mapping.</summary>
    static PyObject? Forward(ThreadState ts, PyObject self, string name, ReadOnlySpan<PyObject> args)
    {
        var m = ((PyMappingProxy)self).Mapping;
        var f = Ops.GetAttr(ts, m, ts.Interpreter.Intern(name));
        return f is null ? null : Ops.Call(ts, f, args);
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddMethod("get", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "get", args, kw, 1, 2)) return null;
            var m = ((PyMappingProxy)self).Mapping;
            if (m is PyDict d && m.GetType() == typeof(PyDict))
            {
                if (!d.TryGetItem(ts, args[0], out var v)) return null;
                return v ?? (args.Length > 1 ? args[1] : ts.Interpreter.None);
            }
            return Forward(ts, self, "get", args);
        }, "Return the value for key if key is in the mapping, else default.");
        type.AddMethod("keys", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "keys", args, kw, 0, 0) ? Forward(ts, self, "keys", default) : null,
            "D.keys() -> a set-like object providing a view on D's keys");
        type.AddMethod("values", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "values", args, kw, 0, 0) ? Forward(ts, self, "values", default) : null,
            "D.values() -> an object providing a view on D's values");
        type.AddMethod("items", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "items", args, kw, 0, 0) ? Forward(ts, self, "items", default) : null,
            "D.items() -> a set-like object providing a view on D's items");
        type.AddMethod("copy", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "copy", args, kw, 0, 0) ? Forward(ts, self, "copy", default) : null,
            "D.copy() -> a shallow copy of D");
    }
}
