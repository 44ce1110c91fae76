using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Isolated.Execution;
using Isolated.Modules.Weakref;
using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>
/// <c>__del__</c> and the closing of dropped generators, for one interpreter (DESIGN §4,
/// "Finalization"). Isolated has no reference counts, so "the last reference went" is learnt from
/// the .NET GC:
/// <list type="bullet">
/// <item>An instance of a class whose MRO defines <c>__del__</c> (<see cref="TypeFlags.HasFinalizer"/>),
/// and a generator, coroutine or async generator that suspends inside a <c>try</c>/<c>with</c>
/// block (its <c>finally</c> must run), gets a <see cref="FinalizerSentinel"/>. Nothing else pays.</item>
/// <item>When the GC finds the object unreachable, the sentinel's .NET finalizer queues it here
/// (resurrecting it) and flags the interpreter's threads (the pending-calls bit of the eval
/// breaker). The interpreter's thread then runs <c>__del__</c> / <c>close()</c> (or an async
/// generator's <c>sys.set_asyncgen_hooks</c> finalizer) at its next eval-breaker check, in
/// creation order; errors go to <c>sys.unraisablehook</c>. Each object is finalized at most
/// once (PEP 442: a resurrected object is not finalized again).</item>
/// <item>Timing: a GC happens when .NET decides, so to approximate CPython's "at once" the VM asks
/// for a forced young collection where an object is commonly dropped while such objects are
/// alive: <c>del name</c>, rebinding a module-level name that held one, the return of the frame
/// that created one, and <c>break</c> out of a for loop over a watched generator. It runs at the
/// next eval-breaker check (before the next call or backward jump). Forced collections are
/// budgeted: at most ~20% of the interpreter's time after an initial burst, and requests that are
/// only guesses back off while they find nothing.</item>
/// <item><c>gc.collect()</c> runs full collections until no more finalizers come; interpreter end
/// (after atexit) clears <c>__main__</c>'s names as CPython does and finalizes what that frees.
/// After the interpreter has ended nothing is finalized (no Python code on a dead interpreter).</item>
/// </list>
/// </summary>
public sealed class FinalizerQueue
{
    readonly Interpreter _interp;
    readonly ConditionalWeakTable<PyObject, FinalizerSentinel> _sentinels = new();
    readonly ConcurrentQueue<FinalizerSentinel> _ready = new();
    /// <summary>1 once the threads were told about queued objects and no drain started since.</summary>
    int _signalled;
    /// <summary>Tracked objects not yet found unreachable (the finalizer thread decrements).</summary>
    int _alive;
    long _nextSequence;

    // Forced collections (all under the GIL).
    int _requestedGeneration = -1;
    bool _requestIsDirect;
    int _guessesToSkip, _guessBackoff;
    long _tokens = BurstCollections, _allocatedAtLastRefill;
    long _forcedCount, _forcedTicks;
    int _trackedSinceCollection;
    const int TrackedPerCollection = 10_000;
    readonly long _createdTicks = Stopwatch.GetTimestamp();

    /// <summary>Forced collections allowed in a row before allocation has to pay for more.</summary>
    const long BurstCollections = 64;
    /// <summary>One forced collection more per this many bytes allocated by the thread: a forced
    /// young collection cost ~0.1-0.2 ms here (NativeAOT, 2 cores), allocating this much from
    /// Python code takes longer, so forced collections stay a fraction of the run time. Counted
    /// in bytes, not time, so that when finalizers run is the same from run to run.</summary>
    const long BytesPerCollection = 256 * 1024;

    FinalizerQueue(Interpreter interp)
    {
        _interp = interp;
        _allocatedAtLastRefill = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Objects waiting for their finalizer, or still alive, that this interpreter tracks.</summary>
    public int Alive => Volatile.Read(ref _alive);

    /// <summary>True for an object that will be finalized when it becomes unreachable.</summary>
    public static bool NeedsFinalization(PyObject o) =>
        o.Type.HasFlag(TypeFlags.HasFinalizer) || o is PyGenerator { DropWatched: true };

    /// <summary>A new instance of a class with <c>__del__</c>: finalize it once it is unreachable.</summary>
    public static void Track(ThreadState ts, PyObject obj)
    {
        var q = Of(ts.Interpreter);
        if (!q.Add(obj)) return;
        // Many made without a collection in between (a loop making and dropping them): ask for
        // one, so that they do not pile up until .NET's own young collection (tens of MB).
        if (++q._trackedSinceCollection >= TrackedPerCollection) q.RequestCollection(ts, null);
        // The frame that created it most likely drops it when it returns (a temporary).
        if (ts.Execution is ThreadExecution te) te.FinalizerFrame = te.Current;
    }

    /// <summary>A generator suspended inside a try/with block: close it once it is unreachable.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WatchGenerator(ThreadState ts, FrameRecord frame)
    {
        var gen = frame.Generator!;
        gen.DropWatched = true;
        Of(ts.Interpreter).Add(gen);
    }

    static FinalizerQueue Of(Interpreter interp) => interp.Finalizers ??= new FinalizerQueue(interp);

    bool Add(PyObject obj)
    {
        // Already tracked (a __new__ returning an existing object, or a resurrected one).
        if (_sentinels.TryGetValue(obj, out _)) return false;
        _sentinels.Add(obj, new FinalizerSentinel(this, obj, ++_nextSequence));
        Interlocked.Increment(ref _alive);
        return true;
    }

    /// <summary>The finalizer thread: <paramref name="s"/>'s target is unreachable.</summary>
    internal void OnUnreachable(FinalizerSentinel s)
    {
        Interlocked.Decrement(ref _alive);
        if (_interp.IsEnded) return;
        _ready.Enqueue(s);
        if (Interlocked.Exchange(ref _signalled, 1) == 0)
            foreach (var ts in _interp.Threads) ts.SetBreaker(EvalBreaker.PendingCalls);
    }

    // ---------------------------------------------------------------- asking for a collection

    /// <summary>The VM dropped a reference where objects commonly die (see the class comment):
    /// asks for a forced collection at the next eval-breaker check. <paramref name="dropped"/> is
    /// the object whose reference went, when known: if it needs finalization itself the request
    /// is certain to be useful and always honoured (budget permitting); otherwise it is a guess.</summary>
    public void RequestCollection(ThreadState ts, PyObject? dropped)
    {
        bool direct = dropped is not null && NeedsFinalization(dropped);
        int generation = direct ? GC.GetGeneration(dropped!) : 0;
        if (!direct && generation == 0 && dropped is not null) generation = Math.Min(GC.GetGeneration(dropped), 1);
        if (generation > _requestedGeneration) _requestedGeneration = generation;
        _requestIsDirect |= direct;
        ts.SetBreaker(EvalBreaker.PendingCalls);
    }

    // The eval loop hands over where the reference is, not the object: a C# temporary of the
    // loop holding it could keep it reachable (the loop's frame is scanned for as long as it runs).

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void RequestCollectionForSlot(ThreadState ts, Value[] stack, int index) =>
        RequestCollection(ts, stack[index].Obj as PyObject);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void RequestCollectionForName(ThreadState ts, PyObject? namespaceObject, PyStr name) =>
        RequestCollection(ts, namespaceObject is PyDict d ? d.GetStr(name) : null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void RequestCollectionForCell(ThreadState ts, PyCell cell) => RequestCollection(ts, cell.Contents);

    /// <summary>The frame that created a tracked object returns: its temporaries are dead now.</summary>
    public void RequestCollectionAtReturn(ThreadState ts)
    {
        if (_requestedGeneration < 1) _requestedGeneration = 1;   // it may have survived a collection meanwhile
        _requestIsDirect = true;
        ts.SetBreaker(EvalBreaker.PendingCalls);
    }

    /// <summary>A module-level name is about to be rebound: a request when its old value is an
    /// object that needs finalization (<c>x = None</c> drops it).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void NoteRebinding(ThreadState ts, PyDict namespaceDict, PyStr name)
    {
        if (namespaceDict.GetStr(name) is { } old && NeedsFinalization(old)) RequestCollection(ts, old);
    }

    // ---------------------------------------------------------------- running finalizers

    /// <summary>At an eval-breaker check (GIL held): the requested forced collection if the
    /// budget allows, then the queued finalizers.</summary>
    public static void RunPending(ThreadState ts)
    {
        if (ts.Interpreter.Finalizers is not { } q) return;
        int generation = q._requestedGeneration;
        if (generation >= 0)
        {
            bool direct = q._requestIsDirect;
            q._requestedGeneration = -1;
            q._requestIsDirect = false;
            if (q.Alive > 0 && q.MayCollect(direct))
            {
                q.ForcedCollection(generation);
                // Seen here: a young collection now and then misses an object dropped just before
                // (promoted meanwhile); one older collection more finds it.
                if (direct && q._ready.IsEmpty) q.ForcedCollection(Math.Max(generation, 1));
                int ran = q.Drain(ts, deferCycles: true);
                if (!direct) q.LearnFromGuess(ran > 0);
                return;
            }
        }
        // Finalizers queued by a collection .NET decided on: cycles included (CPython's collector
        // runs on its own now and then too).
        q.Drain(ts, deferCycles: false);
    }

    bool MayCollect(bool direct)
    {
        if (!direct && _guessesToSkip > 0)
        {
            _guessesToSkip--;
            return false;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        long earned = (allocated - _allocatedAtLastRefill) / BytesPerCollection;
        if (earned > 0)
        {
            _tokens = Math.Min(BurstCollections, _tokens + earned);
            _allocatedAtLastRefill += earned * BytesPerCollection;
        }
        if (_allocatedAtLastRefill > allocated) _allocatedAtLastRefill = allocated;   // another thread's count
        if (_tokens <= 0) return false;
        // Past the burst, also a time guard: a forced collection costs far more when the GC runs
        // on several threads (server GC) or the machine is loaded; keep them under ~25% of the
        // time since finalizable objects first appeared.
        if (_forcedCount >= BurstCollections && _forcedTicks * 4 > Stopwatch.GetTimestamp() - _createdTicks) return false;
        _tokens--;
        return true;
    }

    void LearnFromGuess(bool useful)
    {
        if (useful) _guessBackoff = 0;
        else _guessBackoff = Math.Min(_guessBackoff * 2 + 1, 1023);
        _guessesToSkip = _guessBackoff;
    }

    void ForcedCollection(int generation)
    {
        long start = Stopwatch.GetTimestamp();
        // The finalizer thread runs no Python code and takes no interpreter lock, so waiting for
        // it with the GIL held cannot deadlock.
        GC.Collect(Math.Min(generation, GC.MaxGeneration), GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        _forcedTicks += Stopwatch.GetTimestamp() - start;
        _trackedSinceCollection = 0;
        _forcedCount++;
    }

    /// <summary>Runs the finalizers queued so far (GIL held), oldest object first. Returns how
    /// many ran. The caller's error indicator is kept. With <paramref name="deferCycles"/> (after
    /// a collection forced where a reference was dropped), objects found in a reference cycle
    /// with each other wait for gc.collect() or the next ordinary collection: CPython's reference
    /// counting never frees a cycle, only its cycle collector does.</summary>
    public int Drain(ThreadState ts, bool deferCycles = false)
    {
        Volatile.Write(ref _signalled, 0);
        if (_ready.IsEmpty && (deferCycles || _deferred is null)) return 0;
        var batch = new List<FinalizerSentinel>();
        if (!deferCycles && _deferred is not null)
        {
            batch.AddRange(_deferred);
            _deferred = null;
        }
        while (_ready.TryDequeue(out var s)) batch.Add(s);
        if (deferCycles) DeferCycles(batch);
        if (batch.Count > 1) batch.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        var saved = ts.CurrentException;
        ts.CurrentException = null;
        foreach (var s in batch) Finalize(ts, s.Target);
        ts.CurrentException = saved;
        return batch.Count;
    }

    /// <summary>Cyclic garbage found by a forced collection, waiting for a cycle collection.</summary>
    List<FinalizerSentinel>? _deferred;

    /// <summary>Moves the objects of <paramref name="batch"/> that reach another one of the batch
    /// which reaches them back (looking through instance dicts, slots and the items of plain
    /// containers, two levels deep) to <see cref="_deferred"/>. Large batches (a loop dropping
    /// many objects) are left alone: finding cycles there costs more than it is worth.</summary>
    void DeferCycles(List<FinalizerSentinel> batch)
    {
        if (batch.Count < 2 || batch.Count > 256) return;
        var members = new Dictionary<PyObject, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < batch.Count; i++) members[batch[i].Target] = i;
        var edges = new List<int>[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            var found = new List<int>();
            CollectMemberRefs(batch[i].Target, members, found, 2);
            edges[i] = found;
        }
        var cyclic = new bool[batch.Count];
        var seen = new bool[batch.Count];
        var stack = new Stack<int>();
        for (int start = 0; start < batch.Count; start++)
        {
            // Does start reach itself?
            Array.Clear(seen);
            stack.Clear();
            foreach (var e in edges[start]) stack.Push(e);
            while (stack.Count > 0)
            {
                int n = stack.Pop();
                if (n == start) { cyclic[start] = true; break; }
                if (seen[n]) continue;
                seen[n] = true;
                foreach (var e in edges[n]) stack.Push(e);
            }
        }
        int kept = 0;
        for (int i = 0; i < batch.Count; i++)
        {
            if (cyclic[i]) (_deferred ??= new()).Add(batch[i]);
            else batch[kept++] = batch[i];
        }
        batch.RemoveRange(kept, batch.Count - kept);
    }

    static void CollectMemberRefs(PyObject o, Dictionary<PyObject, int> members, List<int> found, int depth)
    {
        if (o is IInstanceDict { InstanceDict: { } dict }) AddDictRefs(dict, members, found, depth);
        if (o is ISlotStorage { SlotValues: { } slots })
            foreach (var v in slots)
                if (v is not null) AddRef(v, members, found, depth);
        switch (o)
        {
            case PyList list:
                foreach (var v in list.AsSpan()) AddRef(v, members, found, depth);
                break;
            case PyTuple tuple:
                foreach (var v in tuple.Items) AddRef(v, members, found, depth);
                break;
            case PyDict d:
                AddDictRefs(d, members, found, depth);
                break;
        }
    }

    static void AddDictRefs(PyDict d, Dictionary<PyObject, int> members, List<int> found, int depth)
    {
        int position = 0;
        while (d.Next(ref position, out _, out var v)) AddRef(v, members, found, depth);
    }

    static void AddRef(PyObject v, Dictionary<PyObject, int> members, List<int> found, int depth)
    {
        if (members.TryGetValue(v, out int index)) found.Add(index);
        else if (depth > 1 && v is PyList or PyTuple or PyDict or IInstanceDict) CollectMemberRefs(v, members, found, depth - 1);
    }

    static void Finalize(ThreadState ts, PyObject obj)
    {
        if (obj is PyGenerator g)
        {
            CloseDropped(ts, g);
            return;
        }
        // Looked up now: __del__ may have been replaced or deleted since the object was made.
        var del = obj.Type.LookupMro(ts.Interpreter.Intern("__del__"));
        if (del is null) return;
        PyObject? result;
        if (del.Type.Slots.DescrGet is { } get)
            result = get(ts, del, obj, obj.Type) is { } bound ? Ops.Call(ts, bound) : null;
        else
            result = Ops.Call(ts, del, obj);
        if (result is null && ts.CurrentException is { } exc)
            Unraisable.Report(ts, exc, del);
        ts.CurrentException = null;
    }

    /// <summary>What CPython's generator finalizer does: an async generator with a finalizer hook
    /// (asyncio's) is handed to it; otherwise the generator is closed, and an error (including
    /// "generator ignored GeneratorExit") is reported as unraisable.</summary>
    static void CloseDropped(ThreadState ts, PyGenerator g)
    {
        if (g.Finished || !g.Started || g.Running) return;
        if (g.Finalizer is { } hook && !ReferenceEquals(hook, ts.Interpreter.None))
        {
            if (Ops.Call(ts, hook, g) is null && ts.CurrentException is { } hookExc)
                Unraisable.Report(ts, hookExc, hook);
        }
        else if (Generators.CloseGenerator(ts, g) is null && ts.CurrentException is { } exc)
        {
            Unraisable.Report(ts, exc, g);
        }
        ts.CurrentException = null;
    }

    /// <summary>What <c>gc.collect()</c> adds to its full collection: the finalizers it queued,
    /// and further rounds while finalizing frees more (objects only a finalized one held).
    /// The GIL is released around the collections.</summary>
    public static int CollectAndFinalize(ThreadState ts, int maxRounds)
    {
        if (ts.Interpreter.Finalizers is not { } q) return 0;
        int total = q.Drain(ts);
        for (int round = 1; round < maxRounds && total > 0 && q.Alive > 0; round++)
        {
            FullCollectionWithoutGil(ts);
            int ran = q.Drain(ts);
            if (ran == 0) break;
            total += ran;
        }
        return total;
    }

    static void FullCollectionWithoutGil(ThreadState ts)
    {
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        finally
        {
            gil.Acquire(ts);
        }
    }

    /// <summary>Interpreter end, after atexit (GIL held): CPython clears the main module's
    /// names (those starting with one underscore first, then the rest but __builtins__, each set
    /// to None in order), which drops the program's objects; their finalizers run now.</summary>
    public static void FinalizeAtEnd(ThreadState ts)
    {
        var interp = ts.Interpreter;
        if (interp.Finalizers is not { } q || q.Alive == 0) return;
        if (interp.Modules.GetStr("__main__") is PyModule main)
        {
            var d = main.Dict;
            var keys = new List<PyStr>();
            int position = 0;
            while (d.Next(ref position, out var key, out _))
                if (key is PyStr s) keys.Add(s);
            foreach (var k in keys)
                if (k.Value is [ '_', not '_', ..]) d.SetStr(k, interp.None);
            foreach (var k in keys)
                if (k.Value != "__builtins__") d.SetStr(k, interp.None);
        }
        FullCollectionWithoutGil(ts);
        q.Drain(ts);
        CollectAndFinalize(ts, 3);
    }
}
