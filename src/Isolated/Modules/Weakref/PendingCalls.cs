using System.Collections.Concurrent;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Weakref;

/// <summary>
/// Work queued from outside the interpreter's GIL (the .NET finalizer thread reporting dead
/// referents) to run at a safe point of the interpreter: when the eval loop sees the
/// <see cref="EvalBreaker.PendingCalls"/> flag, or at <c>gc.collect()</c>.
/// Today the only work is weak-reference callbacks.
/// </summary>
public sealed class PendingCalls
{
    readonly ConcurrentQueue<PyWeakRef> _deadRefs = new();

    public bool IsEmpty => _deadRefs.IsEmpty;

    /// <summary>Called from the finalizer thread: remembers a ref whose referent died.</summary>
    public void EnqueueCallback(Interpreter interp, PyWeakRef r)
    {
        _deadRefs.Enqueue(r);
        if (interp.IsEnded) return;
        foreach (var ts in interp.Threads) ts.SetBreaker(EvalBreaker.PendingCalls);
    }

    /// <summary>Runs the queued callbacks on <paramref name="ts"/> (GIL held). Failures inside a
    /// callback are reported through sys.unraisablehook, as CPython does; the caller's error
    /// indicator is preserved.</summary>
    public static void Run(ThreadState ts)
    {
        if (ts.Interpreter.StdlibState is not ModuleStates states) return;
        var q = states.Pending._deadRefs;
        if (q.IsEmpty) return;
        var saved = ts.CurrentException;
        ts.CurrentException = null;
        while (q.TryDequeue(out var r))
        {
            var cb = r.Callback;
            r.Callback = null;
            if (cb is null) continue;
            if (Ops.Call(ts, cb, r) is null && ts.CurrentException is { } exc)
            {
                ts.CurrentException = null;
                Unraisable.Report(ts, exc, cb);
            }
        }
        ts.CurrentException = saved;
    }
}
