using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Thread;

/// <summary>Runs a Python callable on a new OS thread with its own ThreadState of the
/// interpreter, holding the interpreter's GIL while it runs Python code.</summary>
public static class ThreadRunner
{
    /// <summary>Each Python thread gets this much stack; deep recursion is caught by the
    /// runtime's own guards well before.</summary>
    const int StackBytes = 16 * 1024 * 1024;

    sealed class Work(Interpreter interp, PyObject func, PyTuple args, PyDict? kwargs)
    {
        public readonly Interpreter Interp = interp;
        public readonly PyObject Func = func;
        public readonly PyTuple Args = args;
        public readonly PyDict? Kwargs = kwargs;
        public readonly ManualResetEventSlim Started = new();
    }

    public static PyObject? Start(ThreadState ts, PyObject func, PyTuple args, PyDict? kwargs)
    {
        var interp = ts.Interpreter;
        var work = new Work(interp, func, args, kwargs);
        var states = ModuleStates.Of(interp);
        Interlocked.Increment(ref states.RunningThreads);
        var thread = new System.Threading.Thread(static o => Run((Work)o!), StackBytes) { IsBackground = true };
        try
        {
            thread.Start(work);
        }
        catch (OutOfMemoryException)
        {
            Interlocked.Decrement(ref states.RunningThreads);
            return ts.Raise(ExceptionKind.RuntimeError, "can't start new thread");
        }
        return interp.Int(thread.ManagedThreadId);
    }

    static void Run(Work work)
    {
        var interp = work.Interp;
        var states = ModuleStates.Of(interp);
        ThreadState? ts = null;
        try
        {
            if (interp.IsEnded) return;
            ts = interp.NewThreadState();
            interp.Gil.Acquire(ts);
            try
            {
                var result = CallWithKwargs(ts, work.Func, work.Args, work.Kwargs);
                if (result is null && ts.CurrentException is { } exc)
                {
                    ts.CurrentException = null;
                    if (!exc.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.SystemExit)) && exc is not Isolated.Execution.PyTermination)
                        Unraisable.Report(ts, exc, work.Func, "Exception ignored in thread started by");
                }
                PendingCalls.Run(ts);
            }
            catch (Exception e)
            {
                try { Isolated.Execution.TracebackPrinter.WriteToSysStderr(ts, "internal error in thread: " + e.Message + "\n"); }
                catch (Exception) { }
            }
            finally
            {
                ReleaseSentinel(ts);
                interp.Gil.Release(ts);
            }
        }
        catch (Exception)
        {
            // Fault containment: a runtime bug on a Python thread must not end the process
            // (an unhandled .NET exception on any thread would).
        }
        finally
        {
            if (ts is not null) interp.DeleteThreadState(ts);
            Interlocked.Decrement(ref states.RunningThreads);
        }
    }

    static PyObject? CallWithKwargs(ThreadState ts, PyObject func, PyTuple args, PyDict? kwargs)
    {
        if (kwargs is null || Ops.Length(ts, kwargs) == 0) return Ops.Call(ts, func, args.Items);
        var all = new List<PyObject>(args.Items.Length + 4);
        all.AddRange(args.Items);
        var names = new List<PyObject>();
        int pos = 0;
        while (kwargs.Next(ref pos, out var k, out var v))
        {
            if (k is not PyStr) return ts.Raise(ExceptionKind.TypeError, "keywords must be strings");
            names.Add(k);
            all.Add(v);
        }
        return Ops.Call(ts, func, all.ToArray(), ts.Interpreter.Tuple(names.ToArray()));
    }

    public static void SetSentinel(ThreadState ts, PyLock l) =>
        ModuleStates.Of(ts.Interpreter).Sentinels.AddOrUpdate(ts, l);

    static void ReleaseSentinel(ThreadState ts)
    {
        var states = ModuleStates.Of(ts.Interpreter);
        if (!states.Sentinels.TryGetValue(ts, out var l)) return;
        states.Sentinels.Remove(ts);
        lock (l.Semaphore)
        {
            if (l.Semaphore.CurrentCount == 0) l.Semaphore.Release();
        }
    }

    /// <summary>Before threading._shutdown runs: when threading was imported on a thread state that
    /// is gone (code run in this interpreter for another one, Interpreter.exec/call, on a thread
    /// that has moved on), _main_thread's lock would never be released and _shutdown would wait
    /// for it forever when called from another OS thread. Release it then, as CPython does when a
    /// thread state is deleted. On the importing OS thread _shutdown releases it itself.</summary>
    public static void ReleaseGoneMainThreadLock(ThreadState ts, PyModule threading)
    {
        if (threading.Dict.GetStr("_main_thread") is not { } main) return;
        var lockObj = Ops.GetAttr(ts, main, ts.Interpreter.Str("_tstate_lock"));
        var ident = lockObj is null ? null : Ops.GetAttr(ts, main, ts.Interpreter.Str("_ident"));
        ts.CurrentException = null;
        if (lockObj is not PyLock l || !l.IsLocked) return;
        if (ident is PyInt { IsSmall: true } i && i.Small == ThreadModule.CurrentIdent()) return;
        var states = ModuleStates.Of(ts.Interpreter);
        foreach (var live in ts.Interpreter.Threads)
            if (states.Sentinels.TryGetValue(live, out var held) && ReferenceEquals(held, l)) return;   // its thread runs
        lock (l.Semaphore)
        {
            if (l.Semaphore.CurrentCount == 0) l.Semaphore.Release();
        }
    }
}
