namespace Isolated.Modules.Interpreters;

/// <summary>
/// The queues of one runtime, by id. Process-wide by nature (any interpreter may reach any queue
/// by id), so it hangs on the <see cref="Runtime.Runtime"/> instance and is guarded by a lock.
/// </summary>
public sealed class QueueRegistry
{
    readonly object _lock = new();
    readonly Dictionary<long, InterpreterQueue> _queues = new();
    long _nextId = 1;

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
            _queues.Add(q.Id, q);
            return q;
        }
    }

    public InterpreterQueue? Find(long id)
    {
        lock (_lock) return _queues.GetValueOrDefault(id);
    }

    public InterpreterQueue[] All()
    {
        lock (_lock) return _queues.Values.ToArray();
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
