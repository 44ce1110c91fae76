using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Functools;

/// <summary>functools.partial: construction (a partial of a plain partial is flattened), the
/// vectorcall that merges stored and given arguments without an intermediate dict when either side
/// has no keywords, repr, pickling (__reduce__/__setstate__) and read-only attributes.</summary>
public static class PartialType
{
    public static PyType Create(BuiltinTypes types)
    {
        var type = types.NewBuiltin("partial", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Call = Call;
            s.Repr = Repr;
        }, FillDict);
        type.SetTpName("functools.partial");
        return type;
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("functools"));
        type.AddValue("__doc__", interp.Str("partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"));
        type.AddGetSet("func", static (ts, self) => ((PyPartial)self).Function, ReadOnly, "function object to use in future partial calls");
        type.AddGetSet("args", static (ts, self) => ((PyPartial)self).Args, ReadOnly, "tuple of arguments to future partial calls");
        type.AddGetSet("keywords", static (ts, self) => ((PyPartial)self).Keywords, ReadOnly, "dictionary of keyword arguments to future partial calls");
        type.AddGetSet("__dict__", static (ts, self) => ((PyPartial)self).InstanceDict ??= ts.Interpreter.NewDict(), SetDict);
        type.AddMethod("__reduce__", Reduce);
        type.AddMethod("__setstate__", SetState);
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
    }

    /// <summary>The setter of CPython's read-only members.</summary>
    internal static readonly SetterFunc ReadOnly = static (ts, self, value) =>
    {
        ts.Raise(ExceptionKind.AttributeError, "readonly attribute");
        return false;
    };

    static readonly SetterFunc SetDict = static (ts, self, value) =>
    {
        if (value is null)
        {
            ts.Raise(ExceptionKind.TypeError, "cannot delete __dict__");
            return false;
        }
        if (value is not PyDict d)
        {
            ts.Raise(ExceptionKind.TypeError, $"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
            return false;
        }
        ((PyPartial)self).InstanceDict = d;
        return true;
    };

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 1) return ts.Raise(ExceptionKind.TypeError, "type 'partial' takes at least one argument");
        var func = args[0];
        if (func.Type.Slots.Call is null) return ts.Raise(ExceptionKind.TypeError, "the first argument must be callable");

        PyTuple? innerArgs = null;
        PyDict? innerKeywords = null;
        // A partial of a partial without instance attributes calls the inner function directly.
        if (func is PyPartial inner && inner.InstanceDict is null)
        {
            innerArgs = inner.Args;
            innerKeywords = inner.Keywords;
            func = inner.Function;
        }

        var given = args.Slice(1, npos - 1);
        PyTuple positional;
        if (innerArgs is null || innerArgs.Count == 0) positional = interp.Tuple(given.ToArray());
        else
        {
            var all = new PyObject[innerArgs.Count + given.Length];
            innerArgs.Items.CopyTo(all, 0);
            given.CopyTo(all.AsSpan(innerArgs.Count));
            positional = interp.Tuple(all);
        }

        var keywords = interp.NewDict();
        if (innerKeywords is not null) keywords.CopyFrom(innerKeywords);
        for (int i = 0; i < nkw; i++)
            if (!keywords.TrySetItem(ts, kwnames!.Items[i], args[npos + i])) return null;
        return new PyPartial(type, func, positional, keywords);
    }

    static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = (PyPartial)callable;
        var stored = p.Args.Items;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;

        if (p.Keywords.Count == 0)
        {
            if (stored.Length == 0) return Ops.Call(ts, p.Function, args, kwnames);
            // Stored positionals, then the call's positionals and keyword values in order.
            var merged = new PyObject[stored.Length + args.Length];
            stored.CopyTo(merged, 0);
            args.CopyTo(merged.AsSpan(stored.Length));
            return Ops.Call(ts, p.Function, merged, kwnames);
        }

        PyDict keywords;
        if (nkw == 0) keywords = p.Keywords;
        else
        {
            // The call's keywords override the stored ones.
            keywords = ts.Interpreter.NewDict();
            keywords.CopyFrom(p.Keywords);
            for (int i = 0; i < nkw; i++)
                if (!keywords.TrySetItem(ts, kwnames!.Items[i], args[npos + i])) return null;
        }
        var all = new PyObject[stored.Length + npos + keywords.Count];
        stored.CopyTo(all, 0);
        args[..npos].CopyTo(all.AsSpan(stored.Length));
        var names = new PyObject[keywords.Count];
        int at = stored.Length + npos, n = 0, pos = 0;
        while (keywords.Next(ref pos, out var key, out var value))
        {
            names[n++] = key;
            all[at++] = value;
        }
        return Ops.Call(ts, p.Function, all, ts.Interpreter.Tuple(names));
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var p = (PyPartial)self;
        if (!ReprGuard.Enter(ts, self)) return ts.Interpreter.Str("...");
        try
        {
            var sb = new StringBuilder();
            sb.Append(self.Type.TpName).Append('(');
            if (Ops.Repr(ts, p.Function) is not PyStr f) return null;
            sb.Append(f.Value);
            // Copies: a repr() of an argument may run code that changes the partial.
            foreach (var a in (PyObject[])p.Args.Items.Clone())
            {
                if (Ops.Repr(ts, a) is not PyStr r) return null;
                sb.Append(", ").Append(r.Value);
            }
            var keywords = ts.Interpreter.NewDict();
            keywords.CopyFrom(p.Keywords);
            int pos = 0;
            while (keywords.Next(ref pos, out var key, out var value))
            {
                if (Ops.Str(ts, key) is not PyStr k || Ops.Repr(ts, value) is not PyStr v) return null;
                sb.Append(", ").Append(k.Value).Append('=').Append(v.Value);
            }
            sb.Append(')');
            return ts.Interpreter.Str(sb.ToString());
        }
        finally
        {
            ReprGuard.Leave(ts, self);
        }
    }

    static PyObject? Reduce(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__reduce__", args, kw, 0, 0)) return null;
        var p = (PyPartial)self;
        var interp = ts.Interpreter;
        PyObject dict = p.InstanceDict is { } d ? d : interp.None;
        return interp.Tuple(self.Type, interp.Tuple(p.Function), interp.Tuple(p.Function, p.Args, p.Keywords, dict));
    }

    static PyObject? SetState(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__setstate__", args, kw, 1, 1)) return null;
        var interp = ts.Interpreter;
        if (args[0] is not PyTuple { Count: 4 } state) return ts.Raise(ExceptionKind.TypeError, "invalid partial state");
        PyObject func = state[0], fnArgs = state[1], keywords = state[2], dict = state[3];
        if (func.Type.Slots.Call is null || fnArgs is not PyTuple
            || !ReferenceEquals(keywords, interp.None) && keywords is not PyDict)
            return ts.Raise(ExceptionKind.TypeError, "invalid partial state");

        // Subclasses of tuple and dict are copied into exact ones, as CPython does.
        var positional = (PyTuple)fnArgs;
        if (!ReferenceEquals(positional.Type, interp.Types.Tuple)) positional = interp.Tuple((PyObject[])positional.Items.Clone());
        PyDict kwDict;
        if (keywords is PyDict kd && ReferenceEquals(kd.Type, interp.Types.Dict)) kwDict = kd;
        else
        {
            kwDict = interp.NewDict();
            if (keywords is PyDict other && !kwDict.Merge(ts, other)) return null;
        }
        PyDict? instanceDict = null;
        if (!ReferenceEquals(dict, interp.None))
        {
            if (dict is not PyDict dd) return ts.Raise(ExceptionKind.TypeError, "invalid partial state");
            instanceDict = dd;
        }
        var p = (PyPartial)self;
        p.Function = func;
        p.Args = positional;
        p.Keywords = kwDict;
        p.InstanceDict = instanceDict;
        return interp.None;
    }
}
