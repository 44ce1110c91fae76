using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Gc;

/// <summary>
/// <c>gc</c>: memory is managed by the .NET collector, so this module is an approximation:
/// collect() runs a full blocking .NET collection, waits for finalizers and then runs the weakref
/// callbacks they queued (so <c>del x; gc.collect()</c> fires callbacks as CPython's refcounting
/// would have earlier). enable/disable/thresholds are recorded but cannot steer .NET's collector.
/// get_objects/get_referrers/get_referents walk the object graph from the interpreter's roots
/// (<see cref="ObjectGraph"/>: slow, as in CPython a debugging aid). get_count is (0, 0, 0):
/// there is no allocation-counting collector to report on; get_stats' "collections" are .NET's
/// per generation, its "collected"/"uncollectable" 0 (.NET does not count what it frees);
/// freeze/unfreeze have no effect (get_freeze_count stays 0): .NET's collector cannot exempt objects.
/// </summary>
public static class GcModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "gc");
        m.Dict.SetStr("__doc__", interp.Str("This module provides access to the garbage collector for reference cycles."));
        Add(m, "collect", Collect);
        Add(m, "enable", static (ts, s, a, k) => { ModuleStates.Of(ts.Interpreter).GcEnabled = true; return ts.Interpreter.None; });
        Add(m, "disable", static (ts, s, a, k) => { ModuleStates.Of(ts.Interpreter).GcEnabled = false; return ts.Interpreter.None; });
        Add(m, "isenabled", static (ts, s, a, k) => ts.Interpreter.Bool(ModuleStates.Of(ts.Interpreter).GcEnabled));
        Add(m, "get_threshold", static (ts, s, a, k) =>
        {
            var st = ModuleStates.Of(ts.Interpreter);
            var i = ts.Interpreter;
            return i.Tuple(i.Int(st.GcThreshold0), i.Int(st.GcThreshold1), i.Int(st.GcThreshold2));
        });
        Add(m, "set_threshold", SetThreshold);
        Add(m, "get_count", static (ts, s, a, k) =>
        {
            var i = ts.Interpreter;
            return i.Tuple(i.Int(0), i.Int(0), i.Int(0));
        });
        Add(m, "get_debug", static (ts, s, a, k) => ts.Interpreter.Int(0));
        Add(m, "set_debug", static (ts, s, a, k) => ts.Interpreter.None);
        Add(m, "get_objects", GetObjects);
        Add(m, "get_referrers", GetReferrers);
        Add(m, "get_referents", GetReferents);
        Add(m, "is_tracked", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "is_tracked", a, k, 1, 1) ? ts.Interpreter.Bool(IsTracked(a[0])) : null);
        Add(m, "is_finalized", static (ts, s, a, k) => ts.Interpreter.False);
        Add(m, "freeze", static (ts, s, a, k) => ts.Interpreter.None);
        Add(m, "unfreeze", static (ts, s, a, k) => ts.Interpreter.None);
        Add(m, "get_freeze_count", static (ts, s, a, k) => ts.Interpreter.Int(0));
        Add(m, "get_stats", static (ts, s, a, k) =>
        {
            var i = ts.Interpreter;
            var list = new PyList(i.Types.List);
            for (int g = 0; g < 3; g++)
            {
                var d = i.NewDict();
                d.SetStr("collections", i.Int(GC.CollectionCount(Math.Min(g, GC.MaxGeneration))));
                d.SetStr("collected", i.Int(0));
                d.SetStr("uncollectable", i.Int(0));
                list.Append(d);
            }
            return list;
        });
        m.Dict.SetStr("garbage", new PyList(interp.Types.List));
        m.Dict.SetStr("callbacks", new PyList(interp.Types.List));
        m.Dict.SetStr("DEBUG_STATS", interp.Int(1));
        m.Dict.SetStr("DEBUG_COLLECTABLE", interp.Int(2));
        m.Dict.SetStr("DEBUG_UNCOLLECTABLE", interp.Int(4));
        m.Dict.SetStr("DEBUG_SAVEALL", interp.Int(32));
        m.Dict.SetStr("DEBUG_LEAK", interp.Int(38));
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn) => WeakrefModule.Add(m, name, fn);

    /// <summary>Objects CPython's collector would track: containers, not atoms.</summary>
    static bool IsTracked(PyObject o) => o is not (PyInt or PyStr or PyFloat or PySingleton or PyBytes);

    /// <summary>gc.get_objects(generation=None): the tracked objects reachable from this
    /// interpreter's roots (modules, sys, types, thread states and their frames), found by walking
    /// the object graph (<see cref="ObjectGraph"/>). A generation selects the objects .NET's
    /// collector holds in that generation (GC.GetGeneration; 2 includes the large-object heap).
    /// Unreachable garbage not yet collected is not listed (CPython lists it until collected).</summary>
    static PyObject? GetObjects(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "get_objects", args, kw, ["generation"], 0, a)) return null;
        int generation = -1;
        if (a[0] is { } g && !ReferenceEquals(g, ts.Interpreter.None))
        {
            if (!Ops.AsLong(ts, g, out long gen)) return null;
            if (gen >= 3) return ts.Raise(ExceptionKind.ValueError, "generation parameter must be less than the number of available generations (3)");
            if (gen < -1) return ts.Raise(ExceptionKind.ValueError, "generation parameter cannot be negative");
            generation = (int)gen;   // -1: all, as None
        }
        var result = new PyList(ts.Interpreter.Types.List);
        foreach (var o in ObjectGraph.Reachable(ts.Interpreter))
        {
            if (!IsTracked(o)) continue;
            if (generation >= 0 && Math.Min(GC.GetGeneration(o), 2) != generation) continue;
            result.Append(o);
        }
        return result;
    }

    /// <summary>gc.get_referents(*objs): the Python objects each argument's fields refer to.</summary>
    static PyObject? GetReferents(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "get_referents", args, kw, 0, int.MaxValue)) return null;
        var graph = new ObjectGraph(paths: false);
        var result = new PyList(ts.Interpreter.Types.List);
        foreach (var o in args)
            foreach (var r in graph.Referents(o))
                result.Append(r);
        return result;
    }

    /// <summary>gc.get_referrers(*objs): the objects reachable from this interpreter's roots
    /// that refer directly to one of the arguments.</summary>
    static PyObject? GetReferrers(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "get_referrers", args, kw, 0, int.MaxValue)) return null;
        var result = new PyList(ts.Interpreter.Types.List);
        if (args.Length == 0) return result;
        var targets = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var o in args) targets.Add(o);
        var graph = new ObjectGraph(paths: false);
        foreach (var candidate in ObjectGraph.Reachable(ts.Interpreter))
        {
            if (!IsTracked(candidate) || targets.Contains(candidate)) continue;
            foreach (var r in graph.Referents(candidate))
            {
                if (!targets.Contains(r)) continue;
                result.Append(candidate);
                break;
            }
        }
        return result;
    }

    static PyObject? Collect(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "collect", args, kw, ["generation"], 0, a)) return null;
        if (a[0] is { } g)
        {
            if (!Ops.AsLong(ts, g, out long gen)) return null;
            if (gen is < 0 or > 2) return ts.Raise(ExceptionKind.ValueError, "invalid generation");
        }
        return ts.Interpreter.Int(FullCollection(ts));
    }

    /// <summary>A full .NET collection with the GIL released (other threads of this interpreter
    /// may run meanwhile), then this interpreter's queued weakref callbacks. Where C extensions
    /// made native instances, their cycles are collected first (under the GIL: C code must not run
    /// while that collection looks at its fields). Returns the number of unreachable objects found
    /// that are counted (native instances; the .NET collector does not count managed ones).</summary>
    public static int FullCollection(ThreadState ts)
    {
        int found = ts.Interpreter.NativeState is INativeCycleCollector native ? native.CollectNativeCycles(ts) : 0;
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        finally
        {
            gil.Acquire(ts);
        }
        FinalizerQueue.CollectAndFinalize(ts, 4);
        PendingCalls.Run(ts);
        return found;
    }

    static PyObject? SetThreshold(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "set_threshold", args, kw, 1, 3)) return null;
        var st = ModuleStates.Of(ts.Interpreter);
        Span<long> v = stackalloc long[3];
        for (int i = 0; i < args.Length; i++)
            if (!Ops.AsLong(ts, args[i], out v[i])) return null;
        st.GcThreshold0 = (int)v[0];
        if (args.Length > 1) st.GcThreshold1 = (int)v[1];
        if (args.Length > 2) st.GcThreshold2 = (int)v[2];
        return ts.Interpreter.None;
    }
}
