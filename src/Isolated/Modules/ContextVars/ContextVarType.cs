using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.ContextVars;

/// <summary>contextvars.ContextVar: get/set/reset against the thread's current context.</summary>
public static class ContextVarType
{
    public static PyType Create(BuiltinTypes types, ContextVarsTypes owner) =>
        types.NewBuiltin("ContextVar", types.Object, TypeFlags.None, s =>
        {
            s.New = (ts, type, args, kw) =>
            {
                Span<PyObject?> a = new PyObject?[2];
                if (!ArgBinder.Bind(ts, "ContextVar", args, kw, ["name", "default"], 1, a, keywordOnlyFrom: 1)) return null;
                if (a[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, "context variable name must be a str");
                return new PyContextVar(owner, name, a[1]);
            };
            s.Repr = Repr;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("_contextvars"));
        type.AddGetSet("name", static (ts, self) => ((PyContextVar)self).Name);
        type.AddMethod("get", Get);
        type.AddMethod("set", Set);
        type.AddMethod("reset", Reset);
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var v = (PyContextVar)self;
        var name = Ops.Repr(ts, v.Name) as PyStr;
        if (name is null) return null;
        string text = $"<ContextVar name={name.Value}";
        if (v.Default is { } d)
        {
            var dr = Ops.Repr(ts, d) as PyStr;
            if (dr is null) return null;
            text += $" default={dr.Value}";
        }
        return ts.Interpreter.Str($"{text} at 0x{Ops.Id(self):x}>");
    }

    /// <summary>The thread's current context, created empty on first use.</summary>
    public static PyContext Current(ThreadState ts, ContextVarsTypes types)
    {
        if (ts.Context is PyContext c) return c;
        var created = new PyContext(types, PyContext.Empty) { Entered = true };
        ts.Context = created;
        return created;
    }

    static PyObject? Get(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "get", args, kw, 0, 1)) return null;
        var v = (PyContextVar)self;
        if (ts.Context is PyContext c && c.Vars.TryGetValue(v, out var value)) return value;
        if (args.Length > 0) return args[0];
        if (v.Default is { } d) return d;
        var err = Ops.Call(ts, ts.Interpreter.ExceptionType(ExceptionKind.LookupError), self);
        return err is PyBaseException e ? ts.Raise(e) : null;
    }

    static PyObject? Set(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "set", args, kw, 1, 1)) return null;
        var v = (PyContextVar)self;
        var ctx = Current(ts, v.Types);
        var old = ctx.Vars.TryGetValue(v, out var previous) ? previous : v.Types.Missing;
        ctx.Vars = ctx.Vars.SetItem(v, args[0]);
        return new PyContextToken(v.Types.Token, ctx, v, old);
    }

    static PyObject? Reset(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "reset", args, kw, 1, 1)) return null;
        var v = (PyContextVar)self;
        if (args[0] is not PyContextToken token)
            return ts.Raise(ExceptionKind.TypeError, $"expected an instance of Token, got '{args[0].Type.Name}'");
        if (token.Used)
            return Ops.Repr(ts, token) is PyStr r ? ts.Raise(ExceptionKind.RuntimeError, $"{r.Value} has already been used once") : null;
        if (!ReferenceEquals(token.Var, v))
            return Ops.Repr(ts, token) is PyStr r ? ts.Raise(ExceptionKind.ValueError, $"{r.Value} was created by a different ContextVar") : null;
        var ctx = Current(ts, v.Types);
        if (!ReferenceEquals(token.Context, ctx))
            return Ops.Repr(ts, token) is PyStr r ? ts.Raise(ExceptionKind.ValueError, $"{r.Value} was created in a different Context") : null;
        token.Used = true;
        ctx.Vars = ReferenceEquals(token.OldValue, v.Types.Missing) ? ctx.Vars.Remove(v) : ctx.Vars.SetItem(v, token.OldValue);
        return ts.Interpreter.None;
    }
}
