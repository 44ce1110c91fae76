using Isolated.Runtime;

namespace Isolated.Execution.Import;

/// <summary>
/// Per-module import locks of one interpreter (importlib._bootstrap's _ModuleLock): the thread
/// that loads a module holds its lock until the module finished executing, and another thread
/// importing the same name waits for it instead of seeing the module half initialised. A wait
/// that would close a cycle (thread A loads a, which imports b, while thread B loads b, which
/// imports a) is a deadlock: the waiter is told so and, as in CPython, takes the partially
/// initialised module. Locks are re-entrant for their owner (a module importing itself).
/// Every field is read and written with the interpreter's GIL held; only the wake-up signal is
/// used without it.
/// </summary>
public sealed class ModuleLockTable
{
    sealed class ModuleLock
    {
        public ThreadState? Owner;
        public int Depth;
        public int Waiters;
    }

    const int WaitSliceMs = 50;

    readonly Dictionary<string, ModuleLock> _locks = new(StringComparer.Ordinal);
    /// <summary>Which lock each blocked thread waits for: the graph the deadlock check walks.</summary>
    readonly Dictionary<ThreadState, ModuleLock> _waitingFor = new(ReferenceEqualityComparer.Instance);
    readonly object _signal = new();
    long _releases;

    /// <summary>Whether some thread other than <paramref name="ts"/> is loading
    /// <paramref name="name"/> right now (nothing to look up while no import is in progress).</summary>
    public bool HeldByOther(ThreadState ts, string name) =>
        _locks.Count > 0 && _locks.TryGetValue(name, out var l) && l.Owner is not null && !ReferenceEquals(l.Owner, ts);

    /// <summary>Takes <paramref name="name"/>'s lock, waiting (without the GIL) while another
    /// thread holds it. False when waiting would deadlock; the lock is then not taken.</summary>
    public bool Acquire(ThreadState ts, string name)
    {
        if (!_locks.TryGetValue(name, out var lk)) _locks[name] = lk = new ModuleLock();
        while (true)
        {
            if (lk.Owner is null || ReferenceEquals(lk.Owner, ts))
            {
                lk.Owner = ts;
                lk.Depth++;
                return true;
            }
            if (WouldDeadlock(ts, lk)) return false;
            _waitingFor[ts] = lk;
            lk.Waiters++;
            try
            {
                WaitForRelease(ts);
            }
            finally
            {
                _waitingFor.Remove(ts);
                lk.Waiters--;
            }
        }
    }

    /// <summary>Gives back one level of <paramref name="name"/>'s lock, held by <paramref name="ts"/>.</summary>
    public void Release(ThreadState ts, string name)
    {
        if (!_locks.TryGetValue(name, out var lk) || !ReferenceEquals(lk.Owner, ts)) return;
        if (--lk.Depth > 0) return;
        lk.Owner = null;
        if (lk.Waiters == 0) _locks.Remove(name);
        lock (_signal)
        {
            _releases++;
            Monitor.PulseAll(_signal);
        }
    }

    /// <summary>Waits for and then takes away nothing: returns once <paramref name="name"/> is no
    /// longer being loaded by another thread, or at once when waiting would deadlock (then the
    /// caller uses the partially initialised module, as CPython's _lock_unlock_module does).</summary>
    public void WaitUntilLoaded(ThreadState ts, string name)
    {
        if (Acquire(ts, name)) Release(ts, name);
    }

    /// <summary>Whether the owner of <paramref name="wanted"/> waits, directly or through other
    /// threads, for a lock that <paramref name="ts"/> holds.</summary>
    bool WouldDeadlock(ThreadState ts, ModuleLock wanted)
    {
        var owner = wanted.Owner;
        for (int hops = 0; owner is not null && hops <= _waitingFor.Count; hops++)
        {
            if (ReferenceEquals(owner, ts)) return true;
            if (!_waitingFor.TryGetValue(owner, out var next)) return false;
            owner = next.Owner;
        }
        return false;
    }

    void WaitForRelease(ThreadState ts)
    {
        var gil = ts.Interpreter.Gil;
        long seen;
        lock (_signal) seen = _releases;
        bool released = gil.IsHeldBy(ts);
        if (released) gil.Release(ts);
        try
        {
            lock (_signal)
            {
                // Any release wakes every waiter; each then re-checks its own lock with the GIL.
                while (_releases == seen)
                    Monitor.Wait(_signal, WaitSliceMs);
            }
        }
        finally
        {
            if (released) gil.Acquire(ts);
        }
    }
}
