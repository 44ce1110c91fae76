using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Atexit;

/// <summary><c>atexit</c>: handlers run last-registered first when the interpreter ends
/// (Interpreter.End calls <see cref="RunExitFuncs"/>) or on _run_exitfuncs().</summary>
public static class AtexitModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "atexit");
        m.Dict.SetStr("__doc__", interp.Str("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
        WeakrefModule.Add(m, "register", Register);
        WeakrefModule.Add(m, "unregister", Unregister);
        WeakrefModule.Add(m, "_clear", static (ts, s, a, k) => { ModuleStates.Of(ts.Interpreter).ExitFuncs.Clear(); return ts.Interpreter.None; });
        WeakrefModule.Add(m, "_ncallbacks", static (ts, s, a, k) => ts.Interpreter.Int(ModuleStates.Of(ts.Interpreter).ExitFuncs.Count));
        WeakrefModule.Add(m, "_run_exitfuncs", static (ts, s, a, k) => { RunExitFuncs(ts); return ts.Interpreter.None; });
        return m;
    }

    static PyObject? Register(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 1) return ts.Raise(ExceptionKind.TypeError, "register() takes at least 1 argument (0 given)");
        var func = args[0];
        if (func.Type.Slots.Call is null) return ts.Raise(ExceptionKind.TypeError, "the first argument must be callable");
        PyDict? kwargs = null;
        if (nkw > 0)
        {
            kwargs = ts.Interpreter.NewDict();
            for (int i = 0; i < nkw; i++) kwargs.SetStr(((PyStr)kw!.Items[i]).Value, args[npos + i]);
        }
        ModuleStates.Of(ts.Interpreter).ExitFuncs.Add((func, args[1..npos].ToArray(), kwargs));
        return func;
    }

    static PyObject? Unregister(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "unregister", args, kw, 1, 1)) return null;
        var list = ModuleStates.Of(ts.Interpreter).ExitFuncs;
        for (int i = list.Count - 1; i >= 0; i--)
        {
            if (list[i].Args is null) continue;
            int eq = Ops.RichCompareBool(ts, list[i].Func, args[0], CompareOp.Eq);
            if (eq < 0) return null;
            // As CPython: the slot is emptied, not removed (_ncallbacks still counts it).
            if (eq > 0) list[i] = (list[i].Func, null!, null);
        }
        return ts.Interpreter.None;
    }

    /// <summary>As CPython's finalization does first: threading._shutdown() waits for the
    /// non-daemon threads when threading was imported.</summary>
    public static void JoinThreads(ThreadState ts)
    {
        if (ts.Interpreter.Modules.GetStr("threading") is not PyModule threading) return;
        if (threading.Dict.GetStr("_shutdown") is not { } shutdown) return;
        // Py_EndInterpreter joins the threads before ending the interpreter, which joins them
        // again: the second _shutdown() would fail 'assert tlock is not None' (CPython calls it once).
        var states = ModuleStates.Of(ts.Interpreter);
        if (states.ThreadingShutDown) return;
        states.ThreadingShutDown = true;
        Isolated.Modules.Thread.ThreadRunner.ReleaseGoneMainThreadLock(ts, threading);
        if (Ops.Call(ts, shutdown) is null && ts.CurrentException is { } exc)
        {
            ts.CurrentException = null;
            Unraisable.Report(ts, exc, shutdown);
        }
    }

    /// <summary>Runs and clears the handlers, newest first; a failing handler is reported
    /// through sys.unraisablehook ("Exception ignored in atexit callback") and the rest still run.</summary>
    public static void RunExitFuncs(ThreadState ts)
    {
        JoinThreads(ts);
        if (ts.Interpreter.StdlibState is not ModuleStates states) return;
        var list = states.ExitFuncs;
        while (list.Count > 0)
        {
            var (func, fargs, kwargs) = list[^1];
            list.RemoveAt(list.Count - 1);
            if (fargs is null) continue;   // unregistered
            PyObject? result;
            if (kwargs is null) result = Ops.Call(ts, func, fargs);
            else
            {
                var all = new List<PyObject>(fargs);
                var names = new List<PyObject>();
                int pos = 0;
                while (kwargs.Next(ref pos, out var k, out var v)) { names.Add(k); all.Add(v); }
                result = Ops.Call(ts, func, all.ToArray(), ts.Interpreter.Tuple(names.ToArray()));
            }
            if (result is null && ts.CurrentException is { } exc)
            {
                ts.CurrentException = null;
                if (!exc.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.SystemExit)))
                    Unraisable.Report(ts, exc, func, "Exception ignored in atexit callback");
            }
        }
    }
}
