using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Weakref;

/// <summary><c>_weakref</c>: ref, proxy, getweakrefcount, getweakrefs, _remove_dead_weakref and
/// the reference types, as weakref.py uses them.</summary>
public static class WeakrefModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_weakref");
        m.Dict.SetStr("__doc__", interp.Str("Weak-reference support module."));
        Add(m, "getweakrefcount", GetWeakRefCount);
        Add(m, "getweakrefs", GetWeakRefs);
        Add(m, "proxy", Proxy);
        Add(m, "_remove_dead_weakref", RemoveDeadWeakref);
        m.Dict.SetStr("ref", interp.Types.WeakRef);
        m.Dict.SetStr("ReferenceType", interp.Types.WeakRef);
        m.Dict.SetStr("ProxyType", interp.Types.WeakProxy);
        m.Dict.SetStr("CallableProxyType", interp.Types.WeakCallableProxy);
        return m;
    }

    internal static void Add(PyModule m, string name, BuiltinMethod fn)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn);
        f.Module = m.Dict.GetStr("__name__") as PyStr ?? interp.Str("?");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    static PyObject? GetWeakRefCount(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getweakrefcount", args, kw, 1, 1)) return null;
        var w = ModuleStates.Of(ts.Interpreter).Weakrefs.Find(args[0]);
        return ts.Interpreter.Int(w is null ? 0 : w.Live().Count);
    }

    static PyObject? GetWeakRefs(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getweakrefs", args, kw, 1, 1)) return null;
        var list = new PyList(ts.Interpreter.Types.List);
        var w = ModuleStates.Of(ts.Interpreter).Weakrefs.Find(args[0]);
        if (w is not null) foreach (var r in w.Live()) list.Append(r);
        return list;
    }

    static PyObject? Proxy(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "proxy", args, kw, 1, 2)) return null;
        return NewProxy(ts, args[0], args.Length == 2 ? args[1] : null);
    }

    /// <summary>weakref.proxy(referent, callback); a None callback is no callback.</summary>
    public static PyObject? NewProxy(ThreadState ts, PyObject referent, PyObject? callback)
    {
        var interp = ts.Interpreter;
        if (callback is not null && ReferenceEquals(callback, interp.None)) callback = null;
        if (!WeakRefType.CheckReferenceable(ts, referent)) return null;
        var type = referent.Type.Slots.Call is not null ? interp.Types.WeakCallableProxy : interp.Types.WeakProxy;
        var registry = ModuleStates.Of(interp).Weakrefs;
        if (callback is null && registry.Find(referent)?.BasicProxy(type) is { } existing) return existing;
        var p = new PyWeakProxy(type, referent, callback);
        registry.WatcherFor(referent).Add(p);
        return p;
    }

    /// <summary>_remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weakref.</summary>
    static PyObject? RemoveDeadWeakref(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "_remove_dead_weakref", args, kw, 2, 2)) return null;
        if (args[0] is not PyDict d) return ts.Raise(ExceptionKind.TypeError, $"_remove_dead_weakref() argument 1 must be dict, not {args[0].Type.Name}");
        var v = Ops.GetItem(ts, d, args[1]);
        if (v is null)
        {
            if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.KeyError))) ts.CurrentException = null;
            else return null;
            return ts.Interpreter.None;
        }
        if (v is PyWeakRef r && !r.IsAlive && !Ops.DelItem(ts, d, args[1])) return null;
        return ts.Interpreter.None;
    }
}
