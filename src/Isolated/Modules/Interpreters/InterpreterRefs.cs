namespace Isolated.Modules.Interpreters;

/// <summary>
/// Who keeps which interpreter alive (CPython 3.14's _interpreters.incref/decref): every
/// concurrent.interpreters.Interpreter object for an interpreter made by create() holds one
/// reference to it, counted here per holding interpreter. When the last reference goes, the
/// interpreter ends — at once if it is idle, else when the code running in it returns. When a
/// holding interpreter ends, the references it held go with it. Process-wide by nature, so it
/// hangs on the <see cref="Runtime.Runtime"/> and is guarded by a lock.
/// </summary>
public sealed class InterpreterRefs
{
    readonly object _lock = new();
    readonly Runtime.Runtime _runtime;
    /// <summary>References per interpreter, of those created to end with their last reference.</summary>
    readonly Dictionary<long, int> _counts = new();
    /// <summary>Per holding interpreter: the references it holds, per target.</summary>
    readonly Dictionary<long, Dictionary<long, int>> _held = new();
    /// <summary>Interpreters that lost their last reference while code ran in them.</summary>
    readonly HashSet<long> _orphans = new();
    /// <summary>How many interpreters made to end with their last reference may exist before the
    /// next one asks for a collection (see <see cref="RequireRefs"/>).</summary>
    int _collectAt = CollectEvery;
    const int CollectEvery = 256;

    InterpreterRefs(Runtime.Runtime runtime) => _runtime = runtime;

    public static InterpreterRefs Of(Runtime.Runtime runtime)
    {
        if (Volatile.Read(ref runtime.InterpreterRefsState) is InterpreterRefs r) return r;
        var created = new InterpreterRefs(runtime);
        if (Interlocked.CompareExchange(ref runtime.InterpreterRefsState, created, null) is null)
            runtime.InterpreterEnded += created.InterpreterEnded;
        return (InterpreterRefs)runtime.InterpreterRefsState!;
    }

    /// <summary>Makes <paramref name="target"/> end when its last reference goes (create(reqrefs=True)).</summary>
    public void RequireRefs(long target)
    {
        bool collect;
        lock (_lock)
        {
            _counts.TryAdd(target, 0);
            collect = _counts.Count >= _collectAt;
            if (collect) _collectAt = _counts.Count + CollectEvery;
        }
        // An interpreter is far bigger than the Interpreter object that keeps it: a program that
        // drops them (`for i in range(10000): create()`) would pile up thousands before the
        // allocation budget alone triggers a collection. So every CollectEvery more interpreters
        // collect the young generations; the weak-reference callbacks of the dropped objects then
        // end their interpreters at the next safe point.
        if (collect) GC.Collect(1, GCCollectionMode.Forced, blocking: true);
    }

    public void Incref(long holder, long target)
    {
        lock (_lock)
        {
            if (_counts.TryGetValue(target, out int n)) _counts[target] = n + 1;
            if (!_held.TryGetValue(holder, out var mine)) _held[holder] = mine = new Dictionary<long, int>();
            mine[target] = mine.GetValueOrDefault(target) + 1;
        }
    }

    /// <summary>Drops one reference <paramref name="holder"/> holds; ends the target when it was the
    /// last one. The caller holds its own interpreter's GIL (never the target's).</summary>
    public void Decref(long holder, long target)
    {
        bool last;
        lock (_lock)
        {
            if (!_held.TryGetValue(holder, out var mine) || !mine.TryGetValue(target, out int held)) return;
            if (held == 1) mine.Remove(target);
            else mine[target] = held - 1;
            last = Release(target, 1);
        }
        if (last) EndIfIdle(target);
    }

    /// <summary>Lowers the count (lock held); true when it reached zero.</summary>
    bool Release(long target, int n)
    {
        if (!_counts.TryGetValue(target, out int count)) return false;
        count = Math.Max(0, count - n);
        _counts[target] = count;
        return count == 0;
    }

    /// <summary>Code that ran in <paramref name="target"/> for another interpreter returned: end it
    /// if it lost its last reference meanwhile.</summary>
    public void CallFinished(long target)
    {
        lock (_lock)
        {
            if (_orphans.Count == 0 || !_orphans.Remove(target)) return;
        }
        EndIfIdle(target);
    }

    void EndIfIdle(long id)
    {
        var target = _runtime.Find(id);
        if (target is null || target.IsEnded || target.IsMain) return;
        // Marked first, so that a call returning meanwhile (CallFinished) cannot miss it.
        lock (_lock) _orphans.Add(id);
        // Claimed for good while it ends, as close() does; a busy one ends when its call returns.
        if (Interlocked.CompareExchange(ref target.CrossCalls, 1, 0) != 0) return;
        if (target.Gil.Holder is not null)
        {
            // One of its own threads runs: it ends with the runtime (or a later close()).
            Interlocked.Decrement(ref target.CrossCalls);
            return;
        }
        lock (_lock) _orphans.Remove(id);
        target.End();
    }

    void InterpreterEnded(long id)
    {
        List<long>? toEnd = null;
        lock (_lock)
        {
            if (_counts.Remove(id) && _counts.Count + CollectEvery < _collectAt) _collectAt = _counts.Count + CollectEvery;
            _orphans.Remove(id);
            if (_held.Remove(id, out var mine))
            {
                foreach (var (target, n) in mine)
                    if (Release(target, n)) (toEnd ??= new List<long>()).Add(target);
            }
        }
        // The main interpreter's end ends every subinterpreter its own way (Runtime.EndSubinterpreters).
        if (toEnd is null || _runtime.Main.IsEnded) return;
        foreach (var target in toEnd) EndIfIdle(target);
    }
}
