using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>BaseExceptionGroup / ExceptionGroup: construction rules, derive(), split() and
/// subgroup().</summary>
public static class ExceptionGroups
{
    public static readonly NewFunc New = static (ts, type, args, kwnames) =>
    {
        var interp = ts.Interpreter;
        if (kwnames is not null && kwnames.Count > 0)
            return ts.Raise(ExceptionKind.TypeError, $"{type.Name}() takes no keyword arguments");
        if (args.Length != 2)
            return ts.Raise(ExceptionKind.TypeError, $"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr)
            return ts.Raise(ExceptionKind.TypeError, $"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.Name}");
        var excsArg = args[1];
        if (excsArg is PyStr || excsArg.Type.Slots.GetItem is null && excsArg is not PyTuple || excsArg is PyDict)
            return ts.Raise(ExceptionKind.TypeError, "second argument (exceptions) must be a sequence");
        var items = IterationHelper.ToList(ts, excsArg);
        if (items is null) return null;
        if (items.Count == 0)
            return ts.Raise(ExceptionKind.ValueError, "second argument (exceptions) must be a non-empty sequence");
        var exceptionType = interp.ExceptionType(ExceptionKind.Exception);
        bool allExceptions = true;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not PyBaseException e)
                return ts.Raise(ExceptionKind.ValueError, $"Item {i} of second argument (exceptions) is not an exception");
            if (!e.Type.IsSubtypeOf(exceptionType)) allExceptions = false;
        }
        var baseGroup = interp.ExceptionType(ExceptionKind.BaseExceptionGroup);
        var group = interp.ExceptionType(ExceptionKind.ExceptionGroup);
        if (ReferenceEquals(type, baseGroup))
        {
            if (allExceptions) type = group;
        }
        else if (ReferenceEquals(type, group))
        {
            if (!allExceptions) return ts.Raise(ExceptionKind.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (!allExceptions && type.IsSubtypeOf(exceptionType))
        {
            return ts.Raise(ExceptionKind.TypeError, $"Cannot nest BaseExceptions in '{type.Name}'");
        }
        var result = new PyBaseException(type, interp.Tuple(args[0], args[1]));
        result.Fields = [args[0], interp.Tuple(items.ToArray())];
        return result;
    };

    static PyTuple Exceptions(ThreadState ts, PyBaseException e) =>
        ExceptionLayouts.Fields(ts, e, ExceptionLayout.Group)[1] as PyTuple ?? ts.Interpreter.EmptyTuple;

    public static void FillDict(PyType type)
    {
        type.AddMethod("derive", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "derive", args, kw, 1, 1)) return null;
            var msg = ExceptionLayouts.Fields(ts, (PyBaseException)self, ExceptionLayout.Group)[0] ?? ts.Interpreter.EmptyStr;
            return Ops.Call(ts, ts.Interpreter.ExceptionType(ExceptionKind.BaseExceptionGroup), msg, args[0]);
        });
        type.AddMethod("split", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "split", args, kw, 1, 1)) return null;
            if (!CheckCondition(ts, args[0])) return null;
            if (!Split(ts, (PyBaseException)self, args[0], true, out var match, out var rest)) return null;
            var none = ts.Interpreter.None;
            return ts.Interpreter.Tuple((PyObject?)match ?? none, (PyObject?)rest ?? none);
        });
        type.AddMethod("subgroup", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "subgroup", args, kw, 1, 1)) return null;
            if (!CheckCondition(ts, args[0])) return null;
            if (!Split(ts, (PyBaseException)self, args[0], false, out var match, out _)) return null;
            return (PyObject?)match ?? ts.Interpreter.None;
        });
    }

    static bool CheckCondition(ThreadState ts, PyObject cond)
    {
        if (cond is PyType t && t.HasFlag(TypeFlags.BaseExceptionSubclass)) return true;
        if (cond is PyTuple tuple)
        {
            bool ok = true;
            foreach (var x in tuple.Items) ok &= x is PyType xt && xt.HasFlag(TypeFlags.BaseExceptionSubclass);
            if (ok) return true;
        }
        else if (cond.Type.Slots.Call is not null && cond is not PyType) return true;
        ts.Raise(ExceptionKind.TypeError, "expected a function, exception type or tuple of exception types");
        return false;
    }

    /// <summary>1 when <paramref name="e"/> matches the condition, 0 when not, -1 on error.</summary>
    static int Matches(ThreadState ts, PyBaseException e, PyObject cond)
    {
        if (cond is PyType or PyTuple) return Ops.IsInstance(ts, e, cond);
        var r = Ops.Call(ts, cond, e);
        return r is null ? -1 : Ops.IsTrue(ts, r);
    }

    static bool Split(ThreadState ts, PyBaseException group, PyObject cond, bool wantRest, out PyBaseException? match, out PyBaseException? rest)
    {
        match = rest = null;
        if (!Ops.EnterRecursiveCall(ts, " in split")) return false;
        try
        {
            int m = Matches(ts, group, cond);
            if (m < 0) return false;
            if (m > 0)
            {
                match = group;
                return true;
            }
            var matched = new List<PyObject>();
            var others = new List<PyObject>();
            foreach (var item in Exceptions(ts, group).Items)
            {
                var e = (PyBaseException)item;
                if (e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.BaseExceptionGroup)))
                {
                    if (!Split(ts, e, cond, wantRest, out var sm, out var sr)) return false;
                    if (sm is not null) matched.Add(sm);
                    if (sr is not null) others.Add(sr);
                    continue;
                }
                int r = Matches(ts, e, cond);
                if (r < 0) return false;
                (r > 0 ? matched : others).Add(e);
            }
            if (matched.Count > 0 && (match = Derive(ts, group, matched)) is null) return false;
            if (wantRest && others.Count > 0 && (rest = Derive(ts, group, others)) is null) return false;
            return true;
        }
        finally
        {
            Ops.LeaveRecursiveCall(ts);
        }
    }

    /// <summary>group.derive(items), with the original's traceback, cause, context and notes.</summary>
    static PyBaseException? Derive(ThreadState ts, PyBaseException group, List<PyObject> items)
    {
        var interp = ts.Interpreter;
        var derive = Ops.GetAttr(ts, group, interp.Intern("derive"));
        if (derive is null) return null;
        var r = Ops.Call(ts, derive, ListType.FromArray(interp, items.ToArray()));
        if (r is null) return null;
        if (r is not PyBaseException d || !d.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.BaseExceptionGroup)))
        {
            ts.Raise(ExceptionKind.TypeError, "derive must return an instance of BaseExceptionGroup");
            return null;
        }
        d.Traceback = group.Traceback;
        d.Cause = group.Cause;
        d.Context = group.Context;
        d.SuppressContext = group.SuppressContext;
        if (group.Dict?.GetStr(interp.Intern("__notes__")) is { } notes)
            (d.Dict ??= interp.NewDict()).SetStr(interp.Intern("__notes__"), notes);
        return d;
    }
}
