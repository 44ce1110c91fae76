namespace Isolated.Modules.Interpreters;

/// <summary>
/// The queues of one runtime, by id. Process-wide by nature (any interpreter may reach any queue
/// by id), so it hangs on the <see cref="Runtime.Runtime"/> instance and is guarded by a lock.
/// It holds them weakly: a queue exists while some interpreter holds a Queue object for it or it
/// is an item of another queue (CPython 3.14 destroys a queue when its last handle is released),
/// so programs that make many queues do not keep them all.
/// </summary>
public sealed class QueueRegistry
{
    readonly object _lock = new();
    readonly Dictionary<long, WeakReference<InterpreterQueue>> _queues = new();
    long _nextId = 1;
    int _pruneAt = 64;

    public static QueueRegistry Of(Runtime.Runtime runtime)
    {
        if (runtime.InterpretersState is QueueRegistry r) return r;
        var created = new QueueRegistry();
        if (Interlocked.CompareExchange(ref runtime.InterpretersState, created, null) is null)
            runtime.InterpreterEnded += created.InterpreterEnded;
        return (QueueRegistry)runtime.InterpretersState!;
    }

    public InterpreterQueue Create(int maxSize, UnboundMode unbound)
    {
        lock (_lock)
        {
            var q = new InterpreterQueue(_nextId++, maxSize, unbound);
            if (_queues.Count >= _pruneAt)
            {
                // Forget the queues that are gone, now and then.
                var dead = new List<long>();
                foreach (var (id, weak) in _queues)
                    if (!weak.TryGetTarget(out _)) dead.Add(id);
                foreach (var id in dead) _queues.Remove(id);
                _pruneAt = Math.Max(64, 2 * _queues.Count);
            }
            _queues.Add(q.Id, new WeakReference<InterpreterQueue>(q));
            return q;
        }
    }

    public InterpreterQueue? Find(long id)
    {
        lock (_lock) return _queues.TryGetValue(id, out var weak) && weak.TryGetTarget(out var q) ? q : null;
    }

    public InterpreterQueue[] All()
    {
        var live = new List<InterpreterQueue>();
        lock (_lock)
        {
            foreach (var weak in _queues.Values)
                if (weak.TryGetTarget(out var q)) live.Add(q);
        }
        live.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return live.ToArray();
    }

    public void Destroy(long id)
    {
        lock (_lock) _queues.Remove(id);
    }

    /// <summary>Applies the unbound rules of every queue to an interpreter that ended.</summary>
    public void InterpreterEnded(long interpreterId)
    {
        foreach (var q in All()) q.InterpreterEnded(interpreterId);
    }
}
