using System.Diagnostics;
using Isolated.Execution;
using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>Whether a hook's or a host's request stops the running code catchably or not.</summary>
public enum StopKind
{
    None = 0,
    /// <summary>KeyboardInterrupt: ordinary Python code may catch it.</summary>
    Interrupt = 1,
    /// <summary>Termination: no except clause matches it, only finally blocks run.</summary>
    Terminate = 2,
}

/// <summary>A host's hook, called every N ticks of a running call (lua_sethook-like); the
/// return value says whether the code goes on.</summary>
public delegate StopKind HostHook(ThreadState ts, long ticks);

/// <summary>
/// What a host may impose on one interpreter (issue 8): interrupting or terminating the running
/// code from any thread, a budget per call into the interpreter (ticks and wall time), a hook
/// called every N ticks, and a memory cap (<see cref="MemoryAccount"/>).
/// A <em>tick</em> is one eval-breaker check: a backward jump or a call in the VM, or one step of
/// a builtin's long loop (iterating a range, matching a regular expression...).
/// A <em>call into the interpreter</em> is the outermost run of Python code on a thread state
/// (PyRun_*, a call from C, a thread's function, Interpreter.exec from another interpreter).
/// </summary>
public sealed class HostControls
{
    readonly Interpreter _interp;

    /// <summary>Ticks allowed per call; 0 means no limit.</summary>
    public long MaxTicks { get; private set; }

    /// <summary>Wall-clock milliseconds allowed per call; 0 means no limit.</summary>
    public long MaxMilliseconds { get; private set; }

    public HostHook? Hook { get; private set; }
    public long HookEvery { get; private set; }

    public readonly MemoryAccount Memory;

    /// <summary>A huge computation an interrupt abandoned, possibly still running
    /// (<see cref="OffloadedComputation"/>).</summary>
    internal Task? AbandonedComputation;

    PyType? _terminatedType;

    internal HostControls(Interpreter interp)
    {
        _interp = interp;
        Memory = new MemoryAccount(interp);
    }

    bool CountsTicks => MaxTicks > 0 || Hook is not null;

    /// <summary>Sets the per-call budget (0 = unlimited); applies from the next call.</summary>
    public void SetBudget(long maxTicks, long maxMilliseconds)
    {
        if (maxTicks < 0 || maxMilliseconds < 0) throw new ArgumentOutOfRangeException(nameof(maxTicks), "budgets must be >= 0");
        MaxTicks = maxTicks;
        MaxMilliseconds = maxMilliseconds;
    }

    /// <summary>Installs (or with null removes) the hook, called every <paramref name="every"/> ticks.</summary>
    public void SetHook(HostHook? hook, long every)
    {
        if (hook is not null && every <= 0) throw new ArgumentOutOfRangeException(nameof(every), "the hook interval must be > 0");
        HookEvery = every;
        Hook = hook;
    }

    /// <summary>Asks the code running in this interpreter to stop, from any thread. Only thread
    /// states inside a call are signalled (a request while nothing runs does nothing). Returns
    /// how many thread states were signalled.</summary>
    public int Request(StopKind kind)
    {
        if (kind == StopKind.None) return 0;
        int n = 0;
        foreach (var ts in _interp.Threads)
        {
            if (Volatile.Read(ref ts.CallDepth) == 0) continue;
            Signal(ts, kind, kind == StopKind.Terminate ? "terminated by the host" : null);
            n++;
        }
        return n;
    }

    static void Signal(ThreadState ts, StopKind kind, string? reason)
    {
        if (kind == StopKind.Terminate)
        {
            ts.TerminationReason ??= reason;
            ts.SetBreaker(EvalBreaker.Terminate);
        }
        else ts.SetBreaker(EvalBreaker.Interrupt);
    }

    /// <summary>The class of the termination exception: a BaseException subclass that no
    /// except clause matches (<see cref="PyTermination"/>).</summary>
    public PyType TerminatedType =>
        _terminatedType ??= _interp.Types.NewBuiltin("InterpreterTerminated", _interp.ExceptionType(ExceptionKind.BaseException),
            _interp.ExceptionType(ExceptionKind.BaseException).Flags & ~TypeFlags.HeapType, static _ => { });

    // ---- calls into the interpreter ----

    /// <summary>Called when Python code starts running on <paramref name="ts"/>; starts the
    /// budget when this is the outermost call.</summary>
    public static void EnterCall(ThreadState ts)
    {
        if (ts.CallDepth++ != 0) return;
        var host = ts.Interpreter.Host;
        ts.Ticks = 0;
        if (host.CountsTicks)
        {
            ts.NextHookTick = host.HookEvery;
            ts.SetBreaker(EvalBreaker.Tick);
        }
        if (host.MaxMilliseconds > 0) ts.ArmDeadline(host.MaxMilliseconds);
    }

    /// <summary>Called when that code returns; the outermost return ends the budget and drops
    /// requests that came too late to be seen.</summary>
    public static void ExitCall(ThreadState ts)
    {
        if (--ts.CallDepth != 0) return;
        ts.DisarmDeadline();
        ts.ClearBreaker(EvalBreaker.Tick | EvalBreaker.Interrupt | EvalBreaker.Terminate | EvalBreaker.Terminating);
        ts.TerminationReason = null;
        ts.TerminationDeferredSince = 0;
    }

    /// <summary>How long a termination request waits for cleanup code to finish.</summary>
    const long CleanupGraceMs = 100;

    /// <summary>Whether a termination request must wait: the thread runs cleanup code (a finally
    /// body or a with statement's exit, in any frame of the thread: a function called from a
    /// finally block counts), which a termination raised there would cut short — a lock that
    /// Condition.wait released and re-acquires in its finally, or a with statement's
    /// <c>__exit__</c> that would never be called. It waits until the cleanup ends, at most
    /// <see cref="CleanupGraceMs"/>, so that cleanup which never ends is still stopped.</summary>
    static bool DeferTermination(ThreadState ts)
    {
        long since = ts.TerminationDeferredSince;
        if (since != 0 && Stopwatch.GetElapsedTime(since).TotalMilliseconds >= CleanupGraceMs)
        {
            ts.TerminationDeferredSince = 0;
            return false;
        }
        if (!RunsCleanupCode(ts))
        {
            ts.TerminationDeferredSince = 0;
            return false;
        }
        if (since == 0) ts.TerminationDeferredSince = Stopwatch.GetTimestamp();
        return true;
    }

    static bool RunsCleanupCode(ThreadState ts)
    {
        if (ts.Execution is not ThreadExecution te) return false;
        int depth = 0;
        for (var f = te.Current; f is not null && depth < 10000; f = f.Back, depth++)
            if (f.Code.InCleanup(f.Ip)) return true;
        return false;
    }

    /// <summary>Cleanup code run while a termination unwinds raised <paramref name="raised"/>:
    /// the termination stays the exception in flight (a host must see that the code was
    /// terminated, whatever its cleanup did); the other exception is reported to
    /// sys.unraisablehook. Returns the exception to raise.</summary>
    public static PyBaseException KeepTermination(ThreadState ts, PyTermination termination, PyBaseException raised)
    {
        Isolated.Modules.Weakref.Unraisable.Report(ts, raised, null,
            "Exception ignored in cleanup code while the interpreter was being terminated");
        ts.SetBreaker(EvalBreaker.Terminating);
        return termination;
    }

    // ---- the shared eval-breaker handling ----

    /// <summary>The eval breaker's host part, for the VM and for builtins' long loops and
    /// blocking waits: raises a pending termination or interrupt and counts a tick. False with
    /// the exception set when the code must stop. Does not drop the GIL (the VM does that).</summary>
    public static bool Poll(ThreadState ts)
    {
        int flags = ts.EvalBreaker;
        if ((flags & (int)(EvalBreaker.Terminate | EvalBreaker.Terminating | EvalBreaker.Interrupt | EvalBreaker.Tick | EvalBreaker.AsyncException)) == 0) return true;
        if ((flags & (int)EvalBreaker.Terminate) != 0 && !DeferTermination(ts))
        {
            ts.ClearBreaker(EvalBreaker.Terminate);
            return RaiseTermination(ts);
        }
        if ((flags & (int)EvalBreaker.Terminating) != 0 && !InTerminationCleanup(ts))
            return RaiseTermination(ts);
        if ((flags & (int)EvalBreaker.Interrupt) != 0)
        {
            ts.ClearBreaker(EvalBreaker.Interrupt);
            ts.Raise(ExceptionKind.KeyboardInterrupt, "");
            ts.CurrentException!.Args = ts.Interpreter.EmptyTuple;
            return false;
        }
        if ((flags & (int)EvalBreaker.AsyncException) != 0)
        {
            ts.ClearBreaker(EvalBreaker.AsyncException);
            if (Interlocked.Exchange(ref ts.AsyncException, null) is { } pending) return RaiseAsync(ts, pending);
        }
        if ((flags & (int)EvalBreaker.Tick) != 0) return Tick(ts);
        return true;
    }

    /// <summary>Raises PyThreadState_SetAsyncExc's exception: an instance as it is, a class
    /// called without arguments.</summary>
    static bool RaiseAsync(ThreadState ts, PyObject pending)
    {
        if (pending is PyBaseException e) ts.Raise(e);
        else if (Ops.Call(ts, pending) is PyBaseException made) ts.Raise(made);
        else if (!ts.HasError) ts.Raise(ExceptionKind.TypeError, "exceptions must derive from BaseException");
        return false;
    }

    /// <summary>The check builtins' long loops make per step (iterators that can run long,
    /// sorting, joining): one volatile read when nothing is pending.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Check(ThreadState ts) => ts.EvalBreaker == 0 || Poll(ts);

    /// <summary>True when an interrupt or termination is pending (for blocking waits' loops).</summary>
    public static bool StopRequested(ThreadState ts) =>
        (ts.EvalBreaker & (int)(EvalBreaker.Interrupt | EvalBreaker.Terminate)) != 0;

    static bool Tick(ThreadState ts)
    {
        long t = ++ts.Ticks;
        var host = ts.Interpreter.Host;
        if (host.MaxTicks > 0 && t > host.MaxTicks)
        {
            ts.TerminationReason ??= $"execution budget of {host.MaxTicks} ticks exceeded";
            return RaiseTermination(ts);
        }
        if (host.Hook is { } hook && t >= ts.NextHookTick)
        {
            ts.NextHookTick = t + host.HookEvery;
            var pending = ts.CurrentException;
            var verdict = hook(ts, t);
            ts.CurrentException = pending;
            if (verdict == StopKind.Terminate)
            {
                ts.TerminationReason ??= "stopped by the host's hook";
                return RaiseTermination(ts);
            }
            if (verdict == StopKind.Interrupt)
            {
                ts.Raise(ExceptionKind.KeyboardInterrupt, "");
                ts.CurrentException!.Args = ts.Interpreter.EmptyTuple;
                return false;
            }
        }
        return true;
    }

    /// <summary>Raises the termination exception; returns false for the failure protocol.</summary>
    public static bool RaiseTermination(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var reason = ts.TerminationReason ?? "interpreter terminated";
        ts.CurrentException = new PyTermination(interp.Host.TerminatedType, interp.Tuple(interp.Str(reason)));
        ts.TerminationDeferredSince = 0;
        ts.SetBreaker(EvalBreaker.Terminating);
        return false;
    }

    /// <summary>Whether the code now running is cleanup of a termination (a finally block or
    /// __exit__ it entered): that code may run; anything else gets the termination again.</summary>
    static bool InTerminationCleanup(ThreadState ts)
    {
        if (ts.CurrentException is PyTermination) return true;
        var e = ts.HandledException;
        for (int i = 0; e is not null && i < 16; i++, e = e.Context)
            if (e is PyTermination) return true;
        return false;
    }

    /// <summary>Called by the deadline timer (on a pool thread).</summary>
    internal static void DeadlinePassed(ThreadState ts, long ms)
    {
        if (Volatile.Read(ref ts.CallDepth) == 0) return;
        Signal(ts, StopKind.Terminate, $"execution time budget of {ms} ms exceeded");
    }

    internal static long Now() => Stopwatch.GetTimestamp();
}
