namespace Isolated.Runtime;

/// <summary>
/// Runs one long pure .NET computation (a huge BigInteger power, product or decimal conversion)
/// on a pool thread while the calling thread waits in 10 ms slices with the GIL released, so the
/// script stays interruptible (a host's interrupt or termination, a signal) even though .NET's
/// BigInteger offers no way to stop inside one operation. An interrupted computation is abandoned:
/// it finishes in the background and its result is dropped. At most one abandoned computation per
/// interpreter may still run: the next one first waits for it (interruptibly), so a script that
/// keeps starting and interrupting huge operations cannot pile up busy threads.
/// The computation must not touch Python objects (it runs without the GIL).
/// </summary>
public static class OffloadedComputation
{
    const int SliceMs = 10;

    /// <summary>Operand or result sizes (in bits) from which BigInteger work is offloaded: about
    /// 10 ms of work or more on this machine, where a thread's start (~0.1 ms) is noise.</summary>
    public const long OffloadBits = 1 << 18;

    /// <summary>Computes <paramref name="compute"/>(<paramref name="state"/>) off-thread; false
    /// with the exception set when the wait was cut short (result default).</summary>
    public static bool Run<TState, TResult>(ThreadState ts, TState state, Func<TState, TResult> compute, out TResult result)
    {
        result = default!;
        var host = ts.Interpreter.Host;
        if (host.AbandonedComputation is { } previous)
        {
            if (!Wait(ts, previous)) return false;
            host.AbandonedComputation = null;
        }
        var task = Task.Factory.StartNew(() => compute(state), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!Wait(ts, task))
        {
            host.AbandonedComputation = task;
            return false;
        }
        result = task.GetAwaiter().GetResult();   // rethrows what the computation threw (OutOfMemoryException...)
        return true;
    }

    /// <summary>Waits for <paramref name="task"/> with the GIL released; false with the
    /// exception set when a stop request or a signal handler's exception came first.</summary>
    static bool Wait(ThreadState ts, Task task)
    {
        var gil = ts.Interpreter.Gil;
        while (true)
        {
            bool done;
            gil.Release(ts);
            try
            {
                // Not task.Wait: it would throw here for a computation that failed.
                var finished = ((IAsyncResult)task).AsyncWaitHandle;
                done = finished.WaitOne(SliceMs);
                while (!done && !Modules.Signal.SignalState.WakeRequested(ts)) done = finished.WaitOne(SliceMs);
            }
            finally
            {
                gil.Acquire(ts);
            }
            if (done) return true;
            if (!Modules.Signal.SignalState.CheckSignals(ts)) return false;
        }
    }
}
