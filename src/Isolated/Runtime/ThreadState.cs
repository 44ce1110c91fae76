using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>
/// The state of one OS thread inside one interpreter (DESIGN §3): the error indicator, the handled
/// exception, recursion depth, the eval-breaker flags and (owned by the VM) the frame stack.
/// Every operation that touches Python state receives the current ThreadState explicitly.
/// </summary>
public sealed class ThreadState
{
    public readonly Interpreter Interpreter;
    public readonly long Id;

    /// <summary>The error indicator (PyErr_Occurred): set by a failing operation, which then
    /// returns null/false/-1 to its caller.</summary>
    public PyBaseException? CurrentException;

    /// <summary>The frame whose next traceback entry an inlined comprehension's entry replaces
    /// (set when such a frame ends with an exception; see PyCode.IsInlinedComprehension).</summary>
    internal Isolated.Execution.FrameRecord? TracebackMergeInto;

    /// <summary>The exception being handled (sys.exception()), innermost first.</summary>
    public PyBaseException? HandledException;

    /// <summary>The current contextvars.Context of this thread (Modules/ContextVars), made on
    /// first use.</summary>
    public PyObject? Context;

    /// <summary>sys.set_asyncgen_hooks: called when an async generator is first iterated /
    /// holds the finalizer given to it (per thread, as CPython).</summary>
    public PyObject? AsyncGenFirstIter, AsyncGenFinalizer;

    /// <summary>Set while this thread runs code in its interpreter's __main__ for another
    /// interpreter (Interpreter.exec/call): builtins called there without a Python frame (eval,
    /// exec, globals, locals, dir, vars) work on __main__'s namespace, as in CPython 3.14.</summary>
    public bool RunsMain;

    /// <summary>C#-level recursion depth through builtins and the C API.</summary>
    public int RecursionDepth;

    /// <summary>Flags set from other threads (GIL drop, interrupt, termination). Read by the eval
    /// loop on backward jumps and calls.</summary>
    public volatile int EvalBreaker;

    /// <summary>Managed thread id of the OS thread this state was last bound to.</summary>
    public int OwnerThreadId;

    /// <summary>Per-thread data owned by the VM (frame stack, value stack). Opaque here.</summary>
    public object? Execution;

    /// <summary>Per-thread data owned by the C API bridge.</summary>
    public object? NativeState;

    /// <summary>Containers whose repr is being computed on this thread (Py_ReprEnter), so that a
    /// self-referencing list prints as [...]. Owned by Objects/List/ReprGuard.</summary>
    public List<PyObject>? ReprInProgress;

    /// <summary>How many runs of Python code are active on this thread state; 0 when idle. The
    /// outermost one is a "call into the interpreter" for <see cref="HostControls"/>.</summary>
    public int CallDepth;

    /// <summary>Ticks counted in the current call (while a budget or hook is set).</summary>
    public long Ticks;

    /// <summary>The tick count at which the host's hook runs next.</summary>
    public long NextHookTick;

    /// <summary>PyThreadState_SetAsyncExc's exception (a class or an instance), raised at the
    /// next check of the eval breaker (set with the AsyncException flag, from any thread).</summary>
    public PyObject? AsyncException;

    /// <summary>What the next termination exception says (set with the Terminate flag).</summary>
    public volatile string? TerminationReason;

    /// <summary>When (Stopwatch ticks) a termination request was first put off because this
    /// thread ran cleanup code; 0 when none is (<see cref="HostControls.Poll"/>).</summary>
    public long TerminationDeferredSince;

    System.Threading.Timer? _deadline;

    internal ThreadState(Interpreter interpreter, long id)
    {
        Interpreter = interpreter;
        Id = id;
        OwnerThreadId = Environment.CurrentManagedThreadId;
    }

    public void RequestGilDrop() => SetBreaker(Isolated.Runtime.EvalBreaker.GilDropRequest);

    public void SetBreaker(EvalBreaker flag)
    {
        int old, updated;
        do
        {
            old = EvalBreaker;
            updated = old | (int)flag;
        } while (Interlocked.CompareExchange(ref EvalBreaker, updated, old) != old);
        if ((flag & StopRequests) != 0 && Volatile.Read(ref NestedCall) is { } nested) PassOn(nested, flag & StopRequests);
    }

    const EvalBreaker StopRequests = Isolated.Runtime.EvalBreaker.Interrupt | Isolated.Runtime.EvalBreaker.Terminate;

    /// <summary>The thread state this OS thread runs another interpreter's code on while this one
    /// waits in Interpreter.exec()/call() (set by the interpreters module); null otherwise.
    /// An interrupt or termination requested here is passed on to it, so that the nested call
    /// stops and returns, and this thread sees the request when it does.</summary>
    [CrossInterpreterLink]
    public ThreadState? NestedCall;

    /// <summary>Links <paramref name="nested"/> as this thread state's nested call (or unlinks with
    /// null); a stop request that came before the link is passed on at once.</summary>
    public void SetNestedCall(ThreadState? nested)
    {
        Volatile.Write(ref NestedCall, nested);
        // The full fence orders the write above before the read below; a requester sets the flag
        // (a full fence) before it reads NestedCall, so one of the two sides passes the request on.
        Interlocked.MemoryBarrier();
        if (nested is not null && (EvalBreaker & (int)StopRequests) is int pending and not 0)
            PassOn(nested, (EvalBreaker)pending);
    }

    void PassOn(ThreadState nested, EvalBreaker flags)
    {
        if ((flags & Isolated.Runtime.EvalBreaker.Terminate) != 0)
            nested.TerminationReason ??= $"interpreter {Interpreter.Id}, which called this one, was terminated";
        nested.SetBreaker(flags);
    }

    /// <summary>Starts the wall-clock budget: a timer that requests termination after
    /// <paramref name="ms"/> milliseconds (it also wakes blocking waits, which poll the flag).</summary>
    internal void ArmDeadline(long ms)
    {
        _deadline ??= new System.Threading.Timer(static state =>
        {
            var ts = (ThreadState)state!;
            HostControls.DeadlinePassed(ts, Volatile.Read(ref ts._deadlineMs));
        }, this, Timeout.Infinite, Timeout.Infinite);
        Volatile.Write(ref _deadlineMs, ms);
        // Periodic: a termination lets finally blocks run, and one that never ends is stopped by
        // the next firing (a termination request stops cleanup code too).
        _deadline.Change(ms, ms);
    }

    long _deadlineMs;

    internal void DisarmDeadline() => _deadline?.Change(Timeout.Infinite, Timeout.Infinite);

    /// <summary>Releases what the thread state holds outside the managed heap's reach (its timer).</summary>
    internal void DisposeHostResources()
    {
        _deadline?.Dispose();
        _deadline = null;
    }

    public void ClearBreaker(EvalBreaker flag)
    {
        int old, updated;
        do
        {
            old = EvalBreaker;
            updated = old & ~(int)flag;
        } while (Interlocked.CompareExchange(ref EvalBreaker, updated, old) != old);
    }

    // ---- the error indicator ----

    public bool HasError => CurrentException is not null;

    /// <summary>Sets the error indicator; returns null so callers can write
    /// <c>return ts.Raise(...)</c>.</summary>
    public PyObject? Raise(PyBaseException exception)
    {
        CurrentException = exception;
        return null;
    }

    public PyObject? Raise(ExceptionKind kind, string message) =>
        Raise(Interpreter.NewException(kind, message));

    public PyObject? Raise(PyType type, string message) =>
        Raise(Interpreter.NewException(type, message));

    /// <summary>PyErr_NoMemory: raises MemoryError without arguments.</summary>
    public PyObject? RaiseNoMemory() => Raise(Interpreter.NewMemoryError());

    /// <summary>Takes the error indicator (PyErr_Fetch-like), leaving it clear.</summary>
    public PyBaseException? FetchError()
    {
        var e = CurrentException;
        CurrentException = null;
        return e;
    }

    /// <summary>Throws the pending error as a <see cref="PyException"/> (cold paths only).</summary>
    public PyException ErrorAsException()
    {
        var e = FetchError() ?? Interpreter.NewException(ExceptionKind.SystemError, "error return without exception set");
        return new PyException(e);
    }
}
