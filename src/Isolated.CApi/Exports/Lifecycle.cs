using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>Starting and stopping the runtime and its interpreters (pylifecycle.h).</summary>
internal static unsafe class Lifecycle
{
    [UnmanagedCallersOnly(EntryPoint = "Py_Initialize")]
    public static void Py_Initialize() => Initialize(installSignalHandlers: true);

    /// <summary>initsigs == 0: the host keeps its own signal handling (none installed).</summary>
    [UnmanagedCallersOnly(EntryPoint = "Py_InitializeEx")]
    public static void Py_InitializeEx(int initsigs) => Initialize(initsigs != 0);

    internal static void Initialize(bool installSignalHandlers = false)
    {
        try
        {
            if (ProcessRuntime.Instance is not null) return;
            var rt = ProcessRuntime.Start();
            SignalInterruptWatcher.EnsureStarted();
            var ts = rt.Main.NewThreadState();
            rt.Main.Gil.Acquire(ts);
            var bt = BoundaryThread.Current;
            bt.State = ts;
            bt.GilState = ts;
            bt.GilStateCounter = 1;
            if (installSignalHandlers) rt.InstallDefaultSignalHandlers(ts);
            SysSettings.ApplyPreInitOptions(ts);
        }
        catch (Exception e)
        {
            Fatal.Bug("Py_Initialize", e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_IsInitialized")]
    public static int Py_IsInitialized() => ProcessRuntime.Instance is null ? 0 : 1;

    [UnmanagedCallersOnly(EntryPoint = "Py_Finalize")]
    public static void Py_Finalize() => FinalizeRuntime();

    [UnmanagedCallersOnly(EntryPoint = "Py_FinalizeEx")]
    public static int Py_FinalizeEx() => FinalizeRuntime();

    internal static int FinalizeRuntime()
    {
        try
        {
            var rt = ProcessRuntime.Instance;
            if (rt is null) return 0;
            var bt = BoundaryThread.Current;
            if (bt.State is { } caller && !ReferenceEquals(caller.Interpreter, rt.Main))
            {
                Fatal.Report("Py_FinalizeEx", "called with a subinterpreter's thread state current; finalizing anyway");
            }
            // Subinterpreters first, then main; the caller's own interpreter is finalized with
            // the GIL its thread state holds, the others take theirs.
            var current = bt.State;
            foreach (var interp in rt.All().Where(i => !i.IsMain).Append(rt.Main))
            {
                var holder = current is not null && ReferenceEquals(current.Interpreter, interp) ? current : null;
                // Code still running in a subinterpreter (threads it started, calls into it) is
                // stopped first; one that does not stop is abandoned rather than torn down under it.
                if (!interp.IsMain && !interp.StopThreads(holder, Isolated.Runtime.Runtime.SubinterpreterStopGraceMs))
                {
                    interp.Abandon();
                    continue;
                }
                EndInterpreterState(interp, holder);
            }
            bt.State = null;
            bt.GilState = null;
            bt.GilStateCounter = 0;
            ProcessRuntime.Stop();
            RuntimeInfo.RunAtExitFunctions();
            // Give the memory back now: a host that finalizes expects its RSS to drop.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return 0;
        }
        catch (Exception e)
        {
            Fatal.Bug("Py_FinalizeEx", e);
            return -1;
        }
    }

    /// <summary>Ends an interpreter and releases the native handles of its thread states.</summary>
    static void EndInterpreterState(Interpreter interp, ThreadState? holder)
    {
        foreach (var ts in interp.Threads) NativeThreadState.Release(ts);
        interp.End(holder);
        if (holder is not null && interp.Gil.IsHeldBy(holder)) interp.Gil.Release(holder);
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_NewInterpreter")]
    public static nint Py_NewInterpreter()
    {
        try
        {
            return NewInterpreter(InterpreterConfig.Legacy, "Py_NewInterpreter", "legacy C-API");
        }
        catch (Exception e)
        {
            Fatal.Bug("Py_NewInterpreter", e);
            return 0;
        }
    }

    static nint NewInterpreter(InterpreterConfig config, string function, string whence)
    {
        var rt = ProcessRuntime.Instance;
        if (rt is null)
        {
            Fatal.Report(function, "the runtime is not initialized (call Py_Initialize first)");
            return 0;
        }
        var interp = rt.CreateInterpreter(config);
        interp.Whence = whence;
        var ts = interp.NewThreadState();
        Threads.MakeCurrent(ts);
        return NativeThreadState.Pointer(ts);
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PyStatus
    {
        public int Type;     // 0 ok, 1 error, 2 exit
        public nint Func;
        public nint ErrMsg;
        public int ExitCode;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PyInterpreterConfig
    {
        public int UseMainObmalloc;
        public int AllowFork;
        public int AllowExec;
        public int AllowThreads;
        public int AllowDaemonThreads;
        public int CheckMultiInterpExtensions;
        public int Gil;
    }

    const int DefaultGil = 0, SharedGil = 1, OwnGil = 2;

    static PyStatus StatusOk() => default;

    /// <summary>An error status whose strings live in the library's read-only data.</summary>
    static PyStatus StatusError(ReadOnlySpan<byte> message)
    {
        fixed (byte* m = message)
        fixed (byte* f = "Py_NewInterpreterFromConfig\0"u8)
            return new PyStatus { Type = 1, Func = (nint)f, ErrMsg = (nint)m };
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_NewInterpreterFromConfig")]
    public static PyStatus Py_NewInterpreterFromConfig(nint* tstateOut, PyInterpreterConfig* config)
    {
        try
        {
            if (tstateOut != null) *tstateOut = 0;
            if (tstateOut == null || config == null)
                return StatusError("NULL argument (tstate_p and config are required)\0"u8);
            if (ProcessRuntime.Instance is null)
                return StatusError("the runtime is not initialized (call Py_Initialize first)\0"u8);
            var c = *config;
            if (c.Gil is not (DefaultGil or SharedGil or OwnGil))
                return StatusError("invalid interpreter config 'gil' value\0"u8);
            foreach (int flag in new[] { c.UseMainObmalloc, c.AllowFork, c.AllowExec, c.AllowThreads, c.AllowDaemonThreads, c.CheckMultiInterpExtensions })
                if (flag is not (0 or 1))
                    return StatusError("invalid interpreter config: boolean fields must be 0 or 1\0"u8);
            var cfg = new InterpreterConfig
            {
                UseMainObmalloc = c.UseMainObmalloc != 0,
                AllowFork = c.AllowFork != 0,
                AllowExec = c.AllowExec != 0,
                AllowThreads = c.AllowThreads != 0,
                AllowDaemonThreads = c.AllowDaemonThreads != 0,
                CheckMultiInterpExtensions = c.CheckMultiInterpExtensions != 0,
                OwnGil = c.Gil == OwnGil,
            };
            switch (cfg.Validate())
            {
                case null: break;
                case InterpreterConfig.ErrorObmallocWithSinglePhase:
                    return StatusError("per-interpreter obmalloc does not support single-phase init extension modules\0"u8);
                case InterpreterConfig.ErrorOwnGilWithMainObmalloc:
                    return StatusError("per-interpreter GIL requires per-interpreter obmalloc\0"u8);
                case InterpreterConfig.ErrorDaemonWithoutThreads:
                    return StatusError("allow_daemon_threads requires allow_threads\0"u8);
                default:
                    return StatusError("invalid interpreter config\0"u8);
            }
            nint ts = NewInterpreter(cfg, "Py_NewInterpreterFromConfig", "C-API");
            if (ts == 0) return StatusError("could not create the interpreter\0"u8);
            *tstateOut = ts;
            return StatusOk();
        }
        catch (Exception e)
        {
            Fatal.Bug("Py_NewInterpreterFromConfig", e);
            return StatusError("internal error while creating the interpreter\0"u8);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyStatus_Exception")]
    public static int PyStatus_Exception(PyStatus status) => status.Type != 0 ? 1 : 0;

    [UnmanagedCallersOnly(EntryPoint = "PyStatus_IsError")]
    public static int PyStatus_IsError(PyStatus status) => status.Type == 1 ? 1 : 0;

    [UnmanagedCallersOnly(EntryPoint = "PyStatus_IsExit")]
    public static int PyStatus_IsExit(PyStatus status) => status.Type == 2 ? 1 : 0;

    [UnmanagedCallersOnly(EntryPoint = "Py_EndInterpreter")]
    public static void Py_EndInterpreter(nint tstate)
    {
        try
        {
            var ts = NativeThreadState.FromPointer(tstate);
            var bt = BoundaryThread.Current;
            if (ts is null)
            {
                Fatal.Report("Py_EndInterpreter", "NULL thread state");
                return;
            }
            if (!ReferenceEquals(bt.State, ts))
            {
                Fatal.Report("Py_EndInterpreter", "thread is not current");
                return;
            }
            var interp = ts.Interpreter;
            if (interp.IsMain)
            {
                Fatal.Report("Py_EndInterpreter", "cannot end the main interpreter (use Py_FinalizeEx)");
                return;
            }
            // As CPython: non-daemon threads are waited for (threading._shutdown) first. A thread
            // still running after that (a raw _thread thread, a daemon thread) makes CPython 3.12
            // abort the process ("not the last thread"); here it is terminated (only its finally
            // blocks run) and waited for, with this thread's GIL released, for a grace period.
            // One that still does not stop leaves the interpreter as it was, reported with
            // CPython's message, so the host can retry or leave it.
            if (interp.Threads.Length > 1) Isolated.Modules.Atexit.AtexitModule.JoinThreads(ts);
            if (interp.Threads.Length > 1)
            {
                interp.Gil.Release(ts);
                interp.StopThreads(ts, Isolated.Runtime.Runtime.SubinterpreterStopGraceMs);
                interp.Gil.Acquire(ts);
            }
            if (interp.Threads.Any(t => !ReferenceEquals(t, ts)))
            {
                Fatal.Report("Py_EndInterpreter", "not the last thread");
                return;
            }
            interp.End(ts);
            if (interp.Gil.IsHeldBy(ts)) interp.Gil.Release(ts);
            bt.State = null;
            NativeThreadState.Release(ts);
        }
        catch (Exception e)
        {
            Fatal.Bug("Py_EndInterpreter", e);
        }
    }
}
