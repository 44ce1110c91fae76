using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.ContextVars;

/// <summary>contextvars.Context: run/copy and the read-only mapping protocol.</summary>
public static class ContextType
{
    public static PyType Create(BuiltinTypes types, ContextVarsTypes owner) =>
        types.NewBuiltin("Context", types.Object, TypeFlags.None, s =>
        {
            s.New = (ts, type, args, kw) =>
            {
                if (args.Length > 0) return ts.Raise(ExceptionKind.TypeError, "Context() does not accept any arguments");
                return new PyContext(owner, PyContext.Empty);
            };
            s.Hash = null;
            s.Length = static (ts, self) => ((PyContext)self).Vars.Count;
            s.GetItem = static (ts, self, key) =>
            {
                if (!CheckKey(ts, key)) return null;
                if (((PyContext)self).Vars.TryGetValue((PyContextVar)key, out var v)) return v;
                var err = Ops.Call(ts, ts.Interpreter.ExceptionType(ExceptionKind.KeyError), key);
                return err is PyBaseException e ? ts.Raise(e) : null;
            };
            s.Contains = static (ts, self, key) =>
            {
                if (!CheckKey(ts, key)) return -1;
                return ((PyContext)self).Vars.ContainsKey((PyContextVar)key) ? 1 : 0;
            };
            s.Iter = static (ts, self) => Ops.GetIter(ts, Keys(ts, (PyContext)self));
            s.RichCompare = static (ts, a, b, op) =>
            {
                if (a is not PyContext x || b is not PyContext y || op is not (CompareOp.Eq or CompareOp.Ne)) return ts.Interpreter.NotImplemented;
                int eq = Equal(ts, x, y);
                if (eq < 0) return null;
                return ts.Interpreter.Bool((eq == 1) == (op == CompareOp.Eq));
            };
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("_contextvars"));
        type.AddMethod("run", Run);
        type.AddMethod("copy", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "copy", a, k, 0, 0)) return null;
            var c = (PyContext)self;
            return new PyContext(c.Types, c.Vars);
        });
        type.AddMethod("get", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "get", a, k, 1, 2) || !CheckKey(ts, a[0])) return null;
            return ((PyContext)self).Vars.TryGetValue((PyContextVar)a[0], out var v) ? v : a.Length > 1 ? a[1] : ts.Interpreter.None;
        });
        type.AddMethod("keys", static (ts, self, a, k) => ArgBinder.CheckPositional(ts, "keys", a, k, 0, 0) ? Keys(ts, (PyContext)self) : null);
        type.AddMethod("values", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "values", a, k, 0, 0)) return null;
            var list = new PyList(ts.Interpreter.Types.List);
            foreach (var pair in ((PyContext)self).Vars) list.Append(pair.Value);
            return list;
        });
        type.AddMethod("items", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "items", a, k, 0, 0)) return null;
            var list = new PyList(ts.Interpreter.Types.List);
            foreach (var pair in ((PyContext)self).Vars) list.Append(ts.Interpreter.Tuple(pair.Key, pair.Value));
            return list;
        });
    }

    static bool CheckKey(ThreadState ts, PyObject key)
    {
        if (key is PyContextVar) return true;
        ts.Raise(ExceptionKind.TypeError, $"a ContextVar key was expected, got {(Ops.Repr(ts, key) is PyStr r ? r.Value : "?")}");
        return false;
    }

    static PyList Keys(ThreadState ts, PyContext c)
    {
        var list = new PyList(ts.Interpreter.Types.List);
        foreach (var pair in c.Vars) list.Append(pair.Key);
        return list;
    }

    static int Equal(ThreadState ts, PyContext x, PyContext y)
    {
        if (x.Vars.Count != y.Vars.Count) return 0;
        foreach (var pair in x.Vars)
        {
            if (!y.Vars.TryGetValue(pair.Key, out var other)) return 0;
            int eq = Ops.RichCompareBool(ts, pair.Value, other, CompareOp.Eq);
            if (eq != 1) return eq;
        }
        return 1;
    }

    /// <summary>Context.run: enters the context on this thread, calls, and leaves it again.</summary>
    static PyObject? Run(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var c = (PyContext)self;
        int npos = args.Length - (kw?.Count ?? 0);
        if (npos < 1) return ts.Raise(ExceptionKind.TypeError, "run() missing 1 required positional argument");
        if (c.Entered)
            return Ops.Repr(ts, c) is PyStr r ? ts.Raise(ExceptionKind.RuntimeError, $"cannot enter context: {r.Value} is already entered") : null;
        c.Previous = ContextVarType.Current(ts, c.Types);
        c.Entered = true;
        ts.Context = c;
        try
        {
            return Ops.Call(ts, args[0], args[1..], kw);
        }
        finally
        {
            ts.Context = c.Previous;
            c.Previous = null;
            c.Entered = false;
        }
    }
}
