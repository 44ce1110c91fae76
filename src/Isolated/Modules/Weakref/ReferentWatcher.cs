using Isolated.Runtime;

namespace Isolated.Modules.Weakref;

/// <summary>
/// The weak references to one referent (weakly held: a ref nobody keeps has no callback to run,
/// as in CPython). Finalized once the referent is unreachable; the finalizer runs on the .NET
/// finalizer thread, so it only queues work for the interpreter and never touches Python state.
/// </summary>
public sealed class ReferentWatcher
{
    readonly Interpreter _interp;
    readonly PendingCalls _pending;
    readonly List<WeakReference<PyWeakRef>> _refs = new();

    public ReferentWatcher(Interpreter interp, PendingCalls pending)
    {
        _interp = interp;
        _pending = pending;
    }

    public void Add(PyWeakRef r)
    {
        lock (_refs)
        {
            _refs.RemoveAll(static w => !w.TryGetTarget(out _));
            _refs.Add(new WeakReference<PyWeakRef>(r));
        }
    }

    /// <summary>The live refs and proxies to the referent, newest first (getweakrefs order in
    /// CPython puts the basic ref first; we keep creation order otherwise).</summary>
    public List<PyWeakRef> Live()
    {
        var list = new List<PyWeakRef>();
        lock (_refs)
        {
            foreach (var w in _refs)
                if (w.TryGetTarget(out var r) && r.IsAlive) list.Add(r);
        }
        return list;
    }

    /// <summary>An existing callback-free ref of the exact basic type, which ref(obj) reuses.</summary>
    public PyWeakRef? BasicRef(Objects.PyType exactType)
    {
        lock (_refs)
        {
            foreach (var w in _refs)
                if (w.TryGetTarget(out var r) && r.Callback is null && ReferenceEquals(r.Type, exactType) && r is not PyWeakProxy)
                    return r;
        }
        return null;
    }

    public PyWeakProxy? BasicProxy(Objects.PyType exactType)
    {
        lock (_refs)
        {
            foreach (var w in _refs)
                if (w.TryGetTarget(out var r) && r.Callback is null && r is PyWeakProxy p && ReferenceEquals(r.Type, exactType))
                    return p;
        }
        return null;
    }

    ~ReferentWatcher()
    {
        try
        {
            if (_interp.IsEnded) return;
            lock (_refs)
            {
                // CPython calls the newest ref's callback first.
                for (int i = _refs.Count - 1; i >= 0; i--)
                    if (_refs[i].TryGetTarget(out var r) && r.Callback is not null)
                        _pending.EnqueueCallback(_interp, r);
            }
        }
        catch (Exception)
        {
            // A finalizer must never throw.
        }
    }
}
