using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>
/// Collects reference cycles that pass through C fields of native instances (one per interpreter).
///
/// Between collections every header C counts references on is a strong .NET root (the native
/// instance table holds the proxy, an arena header holds its object), so the .NET collector can
/// never see a cycle through C memory. A collection, run under the GIL so that no C code of the
/// interpreter changes a field meanwhile, opens a window:
/// <list type="number">
/// <item>every tracked instance of a Py_TPFLAGS_HAVE_GC type with a tp_traverse is traversed; per
/// visited header the references from traversed instances are counted (CPython's "subtract
/// internal references"), and the instance's proxy gets a managed array of what it visited;</item>
/// <item>a header whose count is fully explained by those references is not held by any outside C
/// code: its root becomes weak (the proxy leaves the strong table; an arena header's handle lets go
/// of its object, a weak-tracking handle remembers it). Headers with outside references stay
/// rooted, and through their proxies' arrays keep what they reference;</item>
/// <item>a full .NET collection now sees the true graph (managed → proxy → visited objects): proxies
/// it finds unreachable are queued by their finalizers; managed objects referenced from them stay
/// in memory for as long as the queued proxies do;</item>
/// <item>the window closes before any C code runs: roots come back for every header C still counts
/// and the arrays are dropped (so a field C changes later can never leave a stale edge in use);</item>
/// <item>the queued instances are destroyed as CPython does (<see cref="Drain"/>): an instance
/// referenced from outside the queued set is rescued with everything it reaches; the rest get
/// tp_finalize; then tp_clear breaks the C cycles and each instance whose count reaches zero gets
/// tp_dealloc. Instances a finalizer ran on are kept to the next collection (PEP 442: a finalizer
/// may resurrect, also through a managed reference that no count shows).</item>
/// </list>
/// Collections run on gc.collect(), PyGC_Collect, at the interpreter's end, and automatically
/// after a number of allocations of traversable instances that grows with the number alive.
/// </summary>
internal sealed unsafe class NativeCycleCollector
{
    /// <summary>Allocations of traversable instances between two automatic collections, at least
    /// (the threshold is also at least the number of instances alive after the last one, so the
    /// cost of the full .NET collection each one forces stays proportional to the allocations).</summary>
    const int MinimumThreshold = 10_000;

    readonly NativeInterpreterState _state;
    int _allocations;
    int _threshold = MinimumThreshold;
    bool _collecting;

    // While garbage is destroyed: the instances being destroyed, and those whose count reached zero
    // (their tp_dealloc runs from the loop in Destroy, not nested in the C code that let go of them).
    HashSet<nint>? _dying;
    readonly Stack<PyNativeInstance> _deallocs = new();

    public NativeCycleCollector(NativeInterpreterState state) => _state = state;

    /// <summary>Whether instances of <paramref name="type"/> take part in cycle collection.</summary>
    public static bool Traverses(PyType type, out nint traverse)
    {
        traverse = NativeInstances.SlotOf(type, NativeTypeInfo.TpTraverse);
        return traverse != 0 && (NativeInstances.LayoutInfo(type)?.SpecFlags & NativeTypeInfo.FlagHaveGc) != 0;
    }

    static bool Traverses(PyNativeInstance obj, out nint traverse)
    {
        traverse = 0;
        return obj.Tracked && !obj.HostOwned && !obj.Freed && Traverses(obj.Type, out traverse);
    }

    /// <summary>Counts an allocation of a traversable instance; runs a collection when enough
    /// have been made since the last one (and the gc module is enabled).</summary>
    public void CountAllocation(ThreadState ts)
    {
        if (++_allocations < _threshold || _collecting) return;
        if (!ModuleStates.Of(ts.Interpreter).GcEnabled)
        {
            _allocations = 0;
            return;
        }
        Collect(ts);
    }

    /// <summary>A collection (GIL held by ts): returns how many native instances it destroyed.</summary>
    public int Collect(ThreadState ts)
    {
        if (_collecting) return 0;
        _collecting = true;
        _allocations = 0;
        _state.ReleaseTemporaryReferences();
        var previous = NativeCall.Enter(ts);
        var saved = ts.FetchError();
        int found = 0;
        try
        {
            found += Drain(ts, out _);
            // Objects whose tp_finalize ran in one pass are destroyed in the next (if still garbage).
            for (int pass = 0; pass < 3; pass++)
            {
                found += Window(ts, out bool finalized);
                if (!finalized) break;
            }
            _threshold = Math.Max(MinimumThreshold, _state.Instances.Count);
        }
        finally
        {
            ts.CurrentException = saved;
            NativeCall.Leave(previous);
            _collecting = false;
        }
        return found;
    }

    int Window(ThreadState ts, out bool finalized)
    {
        var weakNative = new List<nint>();
        var weakManaged = new List<(nint Header, GCHandle Object)>();
        if (!Open(weakNative, weakManaged))
        {
            finalized = false;
            return 0;
        }
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        finally
        {
            Close(weakNative, weakManaged);
        }
        return Drain(ts, out finalized);
    }

    /// <summary>Traverses, records edges and weakens the roots of fully explained headers. Not
    /// inlined: no proxy may stay referenced from the caller's frame during the collection.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    bool Open(List<nint> weakNative, List<(nint, GCHandle)> weakManaged)
    {
        var live = _state.Instances.Live();
        using var traversal = new NativeTraversal();
        bool any = false;
        foreach (var obj in live)
        {
            if (!Traverses(obj, out nint traverse)) continue;
            traversal.Traverse(traverse, obj.Address);
            obj.Edges = traversal.Edges.Count == 0 ? [] : traversal.Edges.ToArray();
            any = true;
        }
        live.Clear();
        if (!any) return false;
        foreach (var (header, visits) in traversal.Visits)
        {
            // Fewer counts than visits is an extension's bug (a field without its reference): keep it rooted.
            if (*NativeArena.RefCount(header) != visits) continue;
            if (ObjectBridge.IsNativeInstance(header))
            {
                if (_state.Instances.Find(header) is not { HostOwned: false } || !_state.Instances.IsStrong(header)) continue;
                _state.Instances.SetStrong(header, false);
                weakNative.Add(header);
            }
            else
            {
                var handle = GCHandle.FromIntPtr(*NativeArena.HandleSlot(header));
                if (handle.Target is not PyObject target) continue;
                weakManaged.Add((header, GCHandle.Alloc(target, GCHandleType.WeakTrackResurrection)));
                handle.Target = null;
            }
        }
        return true;
    }

    /// <summary>Roots every header C still counts again and drops the edge arrays.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    void Close(List<nint> weakNative, List<(nint Header, GCHandle Object)> weakManaged)
    {
        foreach (var (header, weak) in weakManaged)
        {
            // Still in memory: referenced from a live or a queued proxy (whose edges the collector kept).
            var target = weak.Target;
            weak.Free();
            if (target is null) continue;
            var handle = GCHandle.FromIntPtr(*NativeArena.HandleSlot(header));
            handle.Target = target;
        }
        foreach (var address in weakNative)
            if (*NativeArena.RefCount(address) > 0) _state.Instances.SetStrong(address, true);
        foreach (var obj in _state.Instances.Live()) obj.Edges = null;
    }

    /// <summary>
    /// Destroys the instances whose proxies .NET found unreachable since the last call (see the
    /// class comment), with ts current; returns how many were destroyed. <paramref name="finalized"/>
    /// tells that tp_finalize ran on some, which are then kept for the next collection.
    /// </summary>
    public int Drain(ThreadState ts, out bool finalized)
    {
        finalized = false;
        if (_dying is not null)
        {
            // Called from C code that runs while garbage is destroyed: the next drain takes these.
            if (!_state.Instances.Pending.IsEmpty) Interlocked.Exchange(ref _state.PendingWork, 1);
            return 0;
        }
        var queued = new List<PyNativeInstance>();
        while (_state.Instances.Pending.TryDequeue(out var q))
            if (!q.Freed) queued.Add(q);
        if (queued.Count == 0) return 0;
        var previous = NativeCall.Enter(ts);
        var saved = ts.FetchError();
        try
        {
            var garbage = Unreachable(queued);
            if (garbage.Count == 0) return 0;
            foreach (var obj in garbage)
            {
                nint finalize = NativeInstances.SlotOf(obj.Type, NativeTypeInfo.TpFinalize);
                if (finalize == 0 || obj.Finalized) continue;
                obj.Finalized = true;
                finalized = true;
                ((delegate* unmanaged<nint, void>)finalize)(obj.Address);
                ts.CurrentException = null;
            }
            if (finalized)
            {
                foreach (var obj in garbage) Rescue(obj);
                return 0;
            }
            return Destroy(ts, garbage);
        }
        finally
        {
            ts.CurrentException = saved;
            NativeCall.Leave(previous);
        }
    }

    /// <summary>The queued instances nothing outside the queue references: an instance whose count
    /// is not explained by references from queued instances is held by C from outside (a borrowed
    /// pointer C took a reference on again, or a field C set after the window), and is rescued
    /// with every queued instance it reaches through tp_traverse.</summary>
    List<PyNativeInstance> Unreachable(List<PyNativeInstance> queued)
    {
        bool anyCounted = false;
        foreach (var obj in queued)
            if (*NativeArena.RefCount(obj.Address) > 0) { anyCounted = true; break; }
        if (!anyCounted) return queued;
        var index = new Dictionary<nint, int>(queued.Count);
        for (int i = 0; i < queued.Count; i++) index[queued[i].Address] = i;
        var edges = new int[queued.Count][];
        using var traversal = new NativeTraversal(index);
        for (int i = 0; i < queued.Count; i++)
        {
            if (!Traverses(queued[i], out nint traverse)) { edges[i] = []; continue; }
            traversal.Traverse(traverse, queued[i].Address);
            edges[i] = traversal.MemberEdges.ToArray();
        }
        var alive = new bool[queued.Count];
        var work = new Stack<int>();
        for (int i = 0; i < queued.Count; i++)
        {
            long count = *NativeArena.RefCount(queued[i].Address);
            if (count > traversal.Visits.GetValueOrDefault(queued[i].Address)) { alive[i] = true; work.Push(i); }
        }
        while (work.TryPop(out int i))
            foreach (int j in edges[i])
                if (!alive[j]) { alive[j] = true; work.Push(j); }
        var garbage = new List<PyNativeInstance>(queued.Count);
        for (int i = 0; i < queued.Count; i++)
        {
            if (alive[i]) Rescue(queued[i]);
            else garbage.Add(queued[i]);
        }
        return garbage;
    }

    /// <summary>Keeps a queued proxy alive: held strongly while C counts references on it, and
    /// finalizable again (its .NET finalizer ran already).</summary>
    void Rescue(PyNativeInstance obj)
    {
        if (obj.Freed) return;
        GC.ReRegisterForFinalize(obj);
        _state.Instances.SetStrong(obj.Address, *NativeArena.RefCount(obj.Address) > 0);
    }

    /// <summary>tp_clear on each garbage instance still counted (breaking the C cycles), and
    /// tp_dealloc on each whose count reaches zero, in the order the counts drop, as CPython's
    /// reference counting would; a loop rather than nesting, so a long chain needs no deep stack.
    /// Instances left counted (a cycle without tp_clear) stay alive, as in CPython.</summary>
    int Destroy(ThreadState ts, List<PyNativeInstance> garbage)
    {
        _dying = new HashSet<nint>(garbage.Count);
        int destroyed = 0;
        try
        {
            foreach (var obj in garbage) _dying.Add(obj.Address);
            foreach (var obj in garbage)
                if (*NativeArena.RefCount(obj.Address) == 0) _deallocs.Push(obj);
            destroyed += DeallocPending(ts);
            foreach (var obj in garbage)
            {
                if (obj.Freed || *NativeArena.RefCount(obj.Address) == 0) continue;
                nint clear = NativeInstances.SlotOf(obj.Type, NativeTypeInfo.TpClear);
                if (clear == 0) continue;
                ((delegate* unmanaged<nint, int>)clear)(obj.Address);
                ts.CurrentException = null;
                destroyed += DeallocPending(ts);
            }
        }
        finally
        {
            _dying = null;
            _deallocs.Clear();
        }
        foreach (var obj in garbage)
            if (!obj.Freed) Rescue(obj);
        return destroyed;
    }

    /// <summary>Called when a count reaches zero: true when the instance is garbage being
    /// destroyed, whose tp_dealloc the destroying loop runs next.</summary>
    public bool OnZero(nint address)
    {
        if (_dying is null || !_dying.Contains(address)) return false;
        if (_state.Instances.Find(address) is { } obj) _deallocs.Push(obj);
        return true;
    }

    int DeallocPending(ThreadState ts)
    {
        int n = 0;
        while (_deallocs.TryPop(out var obj))
        {
            if (obj.Freed || *NativeArena.RefCount(obj.Address) != 0) continue;
            NativeInstances.Dealloc(ts, _state, obj);
            n++;
        }
        return n;
    }
}
