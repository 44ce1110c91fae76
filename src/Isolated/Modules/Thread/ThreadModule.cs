using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Thread;

/// <summary>
/// <c>_thread</c>: real OS threads, each with its own ThreadState of the calling interpreter and
/// taking that interpreter's GIL; locks that release the GIL while they wait; thread-local data.
/// Thread identities (get_ident) are .NET managed thread ids: unique among live threads.
/// </summary>
public static class ThreadModule
{
    public const double TimeoutMax = 9223372036.0;

    public static long CurrentIdent() => Environment.CurrentManagedThreadId;

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_thread");
        m.Dict.SetStr("__doc__", interp.Str("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."));
        WeakrefModule.Add(m, "start_new_thread", StartNewThread);
        WeakrefModule.Add(m, "start_new", StartNewThread);
        WeakrefModule.Add(m, "allocate_lock", AllocateLock);
        WeakrefModule.Add(m, "allocate", AllocateLock);
        WeakrefModule.Add(m, "get_ident", static (ts, self, args, kw) => ts.Interpreter.Int(CurrentIdent()));
        WeakrefModule.Add(m, "get_native_id", static (ts, self, args, kw) => ts.Interpreter.Int(NativeThreadId()));
        WeakrefModule.Add(m, "_count", static (ts, self, args, kw) => ts.Interpreter.Int(Volatile.Read(ref ModuleStates.Of(ts.Interpreter).RunningThreads)));
        WeakrefModule.Add(m, "stack_size", StackSize);
        WeakrefModule.Add(m, "daemon_threads_allowed", static (ts, self, args, kw) => ts.Interpreter.Bool(ts.Interpreter.Config.AllowDaemonThreads || ts.Interpreter.IsMain));
        WeakrefModule.Add(m, "_is_main_interpreter", static (ts, self, args, kw) => ts.Interpreter.Bool(ts.Interpreter.IsMain));
        WeakrefModule.Add(m, "_set_sentinel", SetSentinel);
        WeakrefModule.Add(m, "interrupt_main", InterruptMain);
        WeakrefModule.Add(m, "exit", static (ts, self, args, kw) => ts.Raise(ExceptionKind.SystemExit, ""));
        WeakrefModule.Add(m, "exit_thread", static (ts, self, args, kw) => ts.Raise(ExceptionKind.SystemExit, ""));
        WeakrefModule.Add(m, "_excepthook", ExceptHook);
        m.Dict.SetStr("LockType", interp.Types.ThreadLock);
        m.Dict.SetStr("lock", interp.Types.ThreadLock);
        m.Dict.SetStr("RLock", interp.Types.ThreadRLock);
        m.Dict.SetStr("_local", interp.Types.ThreadLocal);
        m.Dict.SetStr("error", interp.ExceptionType(ExceptionKind.RuntimeError));
        m.Dict.SetStr("TIMEOUT_MAX", new PyFloat(interp.Types.Float, TimeoutMax));
        m.Dict.SetStr("_ExceptHookArgs", ExceptHookArgs(ts));
        return m;
    }

    static long NativeThreadId()
    {
        try { return Native.gettid(); }
        catch (Exception) { return Environment.CurrentManagedThreadId; }
    }

    /// <summary>_ExceptHookArgs: a 4-field structseq-like named tuple (exc_type, exc_value,
    /// exc_traceback, thread), built with collections-free means: a tuple subclass made by type().</summary>
    static PyObject ExceptHookArgs(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var ns = interp.NewDict();
        ns.SetStr("__module__", interp.Str("_thread"));
        ns.SetStr("__slots__", interp.EmptyTuple);
        string[] fields = ["exc_type", "exc_value", "exc_traceback", "thread"];
        var code = "def _make(ns):\n" +
                   "    def __new__(cls, seq):\n        return tuple.__new__(cls, seq)\n" +
                   "    ns['__new__'] = __new__\n" +
                   "    for i, n in enumerate(" + "('exc_type', 'exc_value', 'exc_traceback', 'thread')" + "):\n" +
                   "        ns[n] = property(lambda self, i=i: self[i])\n";
        _ = fields;
        var g = interp.NewDict();
        g.SetStr("__builtins__", Sys.SysState.Of(interp).Builtins);
        if (Isolated.Execution.PythonRun.RunString(ts, code, Isolated.Execution.Import.SourceMode.File, g, g) is null
            || Ops.Call(ts, g.GetStr("_make")!, ns) is null)
        {
            ts.CurrentException = null;
            return interp.Types.Tuple;
        }
        var made = Ops.Call(ts, interp.Types.Type, [interp.Str("_ExceptHookArgs"), interp.Tuple(interp.Types.Tuple), ns]);
        ts.CurrentException = null;
        return made ?? interp.Types.Tuple;
    }

    static PyObject? AllocateLock(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        ArgBinder.CheckPositional(ts, "allocate_lock", args, kw, 0, 0) ? new PyLock(ts.Interpreter.Types.ThreadLock) : null;

    static PyObject? StackSize(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "stack_size", args, kw, 0, 1)) return null;
        if (args.Length == 1)
        {
            if (!Ops.AsLong(ts, args[0], out long size)) return null;
            if (size != 0 && size < 32768) return ts.Raise(ExceptionKind.ValueError, "size not valid: " + size + " bytes");
        }
        return ts.Interpreter.Int(0);
    }

    /// <summary>_set_sentinel(): a lock that is released when the calling thread's state goes
    /// (threading's _tstate_lock, which join() waits on).</summary>
    static PyObject? SetSentinel(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        // Returned unlocked: threading acquires it at once and join() waits for our release.
        var l = new PyLock(ts.Interpreter.Types.ThreadLock);
        ThreadRunner.SetSentinel(ts, l);
        return l;
    }

    static PyObject? InterruptMain(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "interrupt_main", args, kw, 0, 1)) return null;
        var threads = ts.Interpreter.Threads;
        if (threads.Length > 0) threads[0].SetBreaker(EvalBreaker.Interrupt);
        return ts.Interpreter.None;
    }

    static PyObject? StartNewThread(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "start_new_thread", args, kw, 2, 3)) return null;
        var interp = ts.Interpreter;
        var func = args[0];
        if (func.Type.Slots.Call is null) return ts.Raise(ExceptionKind.TypeError, "first arg must be callable");
        if (args[1] is not PyTuple fargs) return ts.Raise(ExceptionKind.TypeError, "2nd arg must be a tuple");
        PyDict? kwargs = null;
        if (args.Length == 3)
        {
            if (args[2] is not PyDict d) return ts.Raise(ExceptionKind.TypeError, "optional 3rd arg must be a dictionary");
            kwargs = d;
        }
        if (!interp.Config.AllowThreads && !interp.IsMain)
            return ts.Raise(ExceptionKind.RuntimeError, "thread is not supported for isolated subinterpreters");
        if (Sys.SysState.Of(interp).Finalizing)
            return ts.Raise(ExceptionKind.RuntimeError, "can't create new thread at interpreter shutdown");
        return ThreadRunner.Start(ts, func, fargs, kwargs);
    }

    /// <summary>_thread._excepthook(args): threading.excepthook's default: prints
    /// "Exception in thread NAME:" and the traceback to sys.stderr.</summary>
    static PyObject? ExceptHook(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "_excepthook", args, kw, 1, 1)) return null;
        var interp = ts.Interpreter;
        var a = args[0];
        var excType = Ops.GetAttr(ts, a, "exc_type");
        if (excType is null) return null;
        if (excType is PyType t && t.IsSubtypeOf(interp.ExceptionType(ExceptionKind.SystemExit))) return interp.None;
        var value = Ops.GetAttr(ts, a, "exc_value");
        var thread = Ops.GetAttr(ts, a, "thread");
        if (value is null || thread is null) return null;
        string name;
        if (!ReferenceEquals(thread, interp.None) && Ops.GetAttr(ts, thread, "name") is PyStr n) name = n.Value;
        else { ts.CurrentException = null; name = CurrentIdent().ToString(); }
        if (!Isolated.Execution.TracebackPrinter.WriteToSysStderr(ts, $"Exception in thread {name}:\n")) return null;
        if (value is PyBaseException e && !Isolated.Execution.TracebackPrinter.PrintToSysStderr(ts, e)) return null;
        return interp.None;
    }
}
