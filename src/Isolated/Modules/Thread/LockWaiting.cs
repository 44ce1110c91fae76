using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Thread;

/// <summary>Waiting on a semaphore the Python way: the GIL is released while waiting, and the wait
/// is cut into short slices so that an interrupt or termination request is seen within ~10 ms.</summary>
public static class LockWaiting
{
    const int SliceMs = 10;

    /// <summary>The (blocking, timeout) arguments of acquire(), with CPython's checks.
    /// timeoutMs is -1 for "forever".</summary>
    public static bool ParseAcquireArgs(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, out bool blocking, out long timeoutMs)
    {
        blocking = true;
        timeoutMs = -1;
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "acquire", args, kw, ["blocking", "timeout"], 0, a)) return false;
        if (a[0] is { } b)
        {
            int t = Ops.IsTrue(ts, b);
            if (t < 0) return false;
            blocking = t != 0;
        }
        double timeout = -1;
        if (a[1] is { } to && !Ops.AsDouble(ts, to, out timeout)) return false;
        if (!blocking && timeout != -1)
        {
            ts.Raise(ExceptionKind.ValueError, "can't specify a timeout for a non-blocking call");
            return false;
        }
        if (timeout < 0 && timeout != -1)
        {
            ts.Raise(ExceptionKind.ValueError, "timeout value must be positive");
            return false;
        }
        if (timeout > ThreadModule.TimeoutMax)
        {
            ts.Raise(ExceptionKind.OverflowError, "timeout value is too large");
            return false;
        }
        timeoutMs = timeout < 0 ? -1 : (long)Math.Ceiling(timeout * 1000);
        return true;
    }

    /// <summary>Acquires; 1 acquired, 0 timed out, -1 interrupted (exception set).</summary>
    public static int Acquire(ThreadState ts, SemaphoreSlim sem, bool blocking, long timeoutMs)
    {
        if (sem.Wait(0)) return 1;
        if (!blocking || timeoutMs == 0) return 0;
        var gil = ts.Interpreter.Gil;
        var deadline = timeoutMs < 0 ? long.MaxValue : Environment.TickCount64 + timeoutMs;
        while (true)
        {
            long left = deadline == long.MaxValue ? SliceMs : Math.Min(SliceMs, deadline - Environment.TickCount64);
            if (left <= 0) return 0;
            bool got;
            gil.Release(ts);
            try
            {
                got = WaitBlocking(sem, (int)left);
            }
            finally
            {
                gil.Acquire(ts);
            }
            if (got) return 1;
            if (CheckInterrupted(ts)) return -1;
        }
    }

    /// <summary>Sleeps with the GIL released; false (exception set) when interrupted.</summary>
    public static bool Sleep(ThreadState ts, double seconds)
    {
        var gil = ts.Interpreter.Gil;
        var deadline = Environment.TickCount64 + (long)Math.Ceiling(seconds * 1000);
        while (true)
        {
            gil.Release(ts);
            try
            {
                while (true)
                {
                    long left = deadline - Environment.TickCount64;
                    if (left <= 0) break;
                    Pause((int)Math.Min(left, SliceMs));
                    if (Signal.SignalState.WakeRequested(ts)) break;
                }
            }
            finally
            {
                gil.Acquire(ts);
            }
            // A signal handler that returns lets the sleep go on (PEP 475).
            if (!Signal.SignalState.CheckSignals(ts)) return false;
            if (deadline - Environment.TickCount64 <= 0) return true;
        }
    }

    /// <summary>Blocks this thread for <paramref name="ms"/> (the GIL released by the caller).
    /// .NET reports a caught signal other than SIGINT/SIGQUIT/SIGTERM on a thread-pool thread, and
    /// a pool thread parked in Thread.Sleep still counts as busy: when Python code runs on pool
    /// threads (a .NET host, the xunit runner) the report could wait for the pool's starvation
    /// injection (~0.5 s, longer under load), so a SIGALRM handler ran after the sleep it should
    /// have cut short (the "lost SIGALRM"). A Task wait tells the pool that this thread blocks.</summary>
    public static void Pause(int ms)
    {
        if (System.Threading.Thread.CurrentThread.IsThreadPoolThread) Task.Delay(ms).Wait();
        else System.Threading.Thread.Sleep(ms);
    }

    /// <summary>SemaphoreSlim.Wait(ms), telling the thread pool that a pool thread blocks (see
    /// <see cref="Pause"/>).</summary>
    static bool WaitBlocking(SemaphoreSlim sem, int ms)
    {
        if (!System.Threading.Thread.CurrentThread.IsThreadPoolThread) return sem.Wait(ms);
        var wait = sem.WaitAsync(ms);
        wait.Wait();
        return wait.Result;
    }

    /// <summary>Turns a pending interrupt or termination request into the exception the eval loop
    /// would raise. True when one was pending.</summary>
    public static bool CheckInterrupted(ThreadState ts) => !HostControls.Poll(ts);
}
