using System.Collections.Concurrent;

namespace Isolated.Runtime;

/// <summary>
/// Py_AddPendingCall's queue: work handed in from any thread, without the GIL, to run on the main
/// interpreter at its next safe point (the PendingCalls bit of the eval breaker) or when the host
/// calls Py_MakePendingCalls. Bounded, as CPython's is, so a flood fails instead of growing.
/// </summary>
public sealed class PendingCallQueue
{
    public const int Capacity = 32;

    readonly ConcurrentQueue<Func<ThreadState, bool>> _calls = new();
    int _count;

    /// <summary>Queues <paramref name="call"/> (false when full); the interpreter's threads are
    /// asked to look at their next check.</summary>
    public bool TryAdd(Interpreter main, Func<ThreadState, bool> call)
    {
        if (Interlocked.Increment(ref _count) > Capacity)
        {
            Interlocked.Decrement(ref _count);
            return false;
        }
        _calls.Enqueue(call);
        if (!main.IsEnded)
            foreach (var ts in main.Threads) ts.SetBreaker(EvalBreaker.PendingCalls);
        return true;
    }

    /// <summary>Runs the queued calls in order (GIL held). False with the exception set by the
    /// first call that failed; the calls after it stay queued for the next time.</summary>
    public bool Run(ThreadState ts)
    {
        while (_calls.TryDequeue(out var call))
        {
            Interlocked.Decrement(ref _count);
            if (!call(ts))
            {
                if (!_calls.IsEmpty) ts.SetBreaker(EvalBreaker.PendingCalls);
                return false;
            }
        }
        return true;
    }
}
