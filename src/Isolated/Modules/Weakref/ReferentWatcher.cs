using System.Runtime.InteropServices;
using Isolated.Runtime;

namespace Isolated.Modules.Weakref;

/// <summary>
/// The weak references to one referent. Finalized once the referent is unreachable; the finalizer
/// runs on the .NET finalizer thread, so it only queues work for the interpreter and never
/// touches Python state. The refs are held through weak GCHandles, not WeakReference objects:
/// those are finalizable themselves and may already be cleared when this finalizer runs. A ref
/// nobody keeps has no callback to run, as in CPython.
/// </summary>
public sealed class ReferentWatcher
{
    readonly Interpreter _interp;
    readonly PendingCalls _pending;
    readonly List<GCHandle> _refs = new();

    public ReferentWatcher(Interpreter interp, PendingCalls pending)
    {
        _interp = interp;
        _pending = pending;
    }

    static PyWeakRef? Target(GCHandle h) => h.IsAllocated ? h.Target as PyWeakRef : null;

    public void Add(PyWeakRef r)
    {
        lock (_refs)
        {
            for (int i = _refs.Count - 1; i >= 0; i--)
            {
                if (Target(_refs[i]) is null)
                {
                    _refs[i].Free();
                    _refs.RemoveAt(i);
                }
            }
            _refs.Add(GCHandle.Alloc(r, GCHandleType.Weak));
        }
    }

    /// <summary>The live refs and proxies to the referent, in creation order.</summary>
    public List<PyWeakRef> Live()
    {
        var list = new List<PyWeakRef>();
        lock (_refs)
        {
            foreach (var h in _refs)
                if (Target(h) is { IsAlive: true } r) list.Add(r);
        }
        return list;
    }

    /// <summary>An existing callback-free ref of the exact basic type, which ref(obj) reuses.</summary>
    public PyWeakRef? BasicRef(Objects.PyType exactType)
    {
        lock (_refs)
        {
            foreach (var h in _refs)
                if (Target(h) is { Callback: null } r && ReferenceEquals(r.Type, exactType) && r is not PyWeakProxy)
                    return r;
        }
        return null;
    }

    public PyWeakProxy? BasicProxy(Objects.PyType exactType)
    {
        lock (_refs)
        {
            foreach (var h in _refs)
                if (Target(h) is PyWeakProxy { Callback: null } p && ReferenceEquals(p.Type, exactType))
                    return p;
        }
        return null;
    }

    ~ReferentWatcher()
    {
        try
        {
            lock (_refs)
            {
                // CPython calls the newest ref's callback first.
                for (int i = _refs.Count - 1; i >= 0; i--)
                {
                    if (!_interp.IsEnded && Target(_refs[i]) is { Callback: not null } r)
                        _pending.EnqueueCallback(_interp, r);
                    _refs[i].Free();
                }
                _refs.Clear();
            }
        }
        catch (Exception)
        {
            // A finalizer must never throw.
        }
    }
}
