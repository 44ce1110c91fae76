using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.Modules.Thread;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>More of pystate.h, ceval.h and pythread.h: per-thread data, asynchronous exceptions,
/// interpreters made without a thread state, the deprecated GIL calls, pending calls and the
/// thread identity the C level shares with threading.get_ident().</summary>
internal static unsafe class ThreadStates
{
    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_GetDict")]
    public static nint PyThreadState_GetDict()
    {
        var ts = BoundaryThread.Current.State;
        if (ts is null) return 0;
        try { return Api.Borrow(ts, NativeThreadState.Dict(ts)); }
        catch (Exception e) { Fatal.Bug("PyThreadState_GetDict", e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_GetFrame")]
    public static nint PyThreadState_GetFrame(nint tstate)
    {
        var ts = NativeThreadState.FromPointer(tstate);
        if (ts is null) { Fatal.Report("PyThreadState_GetFrame", "NULL thread state"); return 0; }
        try { return Api.New(ts, Execution.Eval.GetFrame(ts, 0)); }
        catch (Exception e) { Fatal.Bug("PyThreadState_GetFrame", e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_SetAsyncExc")]
    public static int PyThreadState_SetAsyncExc(nuint id, nint exc)
    {
        var ts = Api.Ts("PyThreadState_SetAsyncExc");
        if (ts is null) return 0;
        try
        {
            PyObject? e = null;
            if (exc != 0 && (e = Api.Arg(ts, exc)) is null) return -1;
            foreach (var t in ts.Interpreter.Threads)
            {
                if ((nuint)t.OwnerThreadId != id) continue;
                Volatile.Write(ref t.AsyncException, e);
                if (e is null) t.ClearBreaker(EvalBreaker.AsyncException);
                else t.SetBreaker(EvalBreaker.AsyncException);
                return 1;
            }
            return 0;
        }
        catch (Exception ex) { Api.Fail(ts, ex); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyInterpreterState_New")]
    public static nint PyInterpreterState_New()
    {
        try
        {
            var rt = ProcessRuntime.Instance;
            if (rt is null)
            {
                Fatal.Report("PyInterpreterState_New", "the runtime is not initialized (call Py_Initialize first)");
                return 0;
            }
            var interp = rt.CreateInterpreter(InterpreterConfig.Isolated);
            interp.Whence = "C-API";
            return NativeInterpreterState.Of(interp).Pointer;
        }
        catch (Exception e)
        {
            Fatal.Bug("PyInterpreterState_New", e);
            return 0;
        }
    }

    /// <summary>The handle stays valid: Delete, which must follow, ends the interpreter.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyInterpreterState_Clear")]
    public static void PyInterpreterState_Clear(nint interpPtr)
    {
        var interp = NativeInterpreterState.FromPointer(interpPtr);
        if (interp is null) { Fatal.Report("PyInterpreterState_Clear", "NULL interpreter"); return; }
        foreach (var t in interp.Threads)
        {
            t.CurrentException = null;
            t.HandledException = null;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyInterpreterState_Delete")]
    public static void PyInterpreterState_Delete(nint interpPtr) => EndInterpreter(interpPtr, "PyInterpreterState_Delete");

    /// <summary>Ends the interpreter (its modules, threads' states, memory); its handle goes with it.</summary>
    static void EndInterpreter(nint interpPtr, string function)
    {
        try
        {
            var interp = NativeInterpreterState.FromPointer(interpPtr);
            if (interp is null) { Fatal.Report(function, "NULL interpreter"); return; }
            if (interp.IsEnded) return;
            if (interp.IsMain) { Fatal.Report(function, "cannot end the main interpreter (use Py_FinalizeEx)"); return; }
            var bt = BoundaryThread.Current;
            var holder = bt.State is { } cur && ReferenceEquals(cur.Interpreter, interp) ? cur : null;
            foreach (var t in interp.Threads) NativeThreadState.Release(t);
            interp.End(holder);
            if (holder is not null)
            {
                if (interp.Gil.IsHeldBy(holder)) interp.Gil.Release(holder);
                bt.State = null;
            }
        }
        catch (Exception e)
        {
            Fatal.Bug(function, e);
        }
    }

    /// <summary>PyEval_AcquireLock: takes the GIL of the current thread state's interpreter.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyEval_AcquireLock")]
    public static void PyEval_AcquireLock()
    {
        var ts = BoundaryThread.Current.State;
        if (ts is null) { Fatal.Report("PyEval_AcquireLock", "no current thread state"); return; }
        if (!ts.Interpreter.Gil.IsHeldBy(ts)) ts.Interpreter.Gil.Acquire(ts);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_ReleaseLock")]
    public static void PyEval_ReleaseLock()
    {
        var ts = BoundaryThread.Current.State;
        if (ts is not null && ts.Interpreter.Gil.IsHeldBy(ts)) ts.Interpreter.Gil.Release(ts);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_InitThreads")]
    public static void PyEval_InitThreads()
    {
        // Threads are always ready: every interpreter's GIL exists from its creation.
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_ThreadsInitialized")]
    public static int PyEval_ThreadsInitialized() => ProcessRuntime.Instance is null ? 0 : 1;

    [UnmanagedCallersOnly(EntryPoint = "Py_AddPendingCall")]
    public static int Py_AddPendingCall(delegate* unmanaged<nint, int> func, nint arg)
    {
        try
        {
            var rt = ProcessRuntime.Instance;
            if (rt is null || func == null) return -1;
            nint f = (nint)func;
            return rt.PendingCalls.TryAdd(rt.Main, ts => RunNative(ts, (delegate* unmanaged<nint, int>)f, arg)) ? 0 : -1;
        }
        catch (Exception e)
        {
            Fatal.Bug("Py_AddPendingCall", e);
            return -1;
        }
    }

    /// <summary>Calls a pending C function (-1 means it failed with an exception set).</summary>
    static bool RunNative(ThreadState ts, delegate* unmanaged<nint, int> func, nint arg)
    {
        var previous = Extensions.NativeCall.Enter(ts);
        int r;
        try { r = func(arg); }
        finally { Extensions.NativeCall.Leave(previous); }
        if (r == 0) return true;
        if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, "a pending call failed without setting an exception");
        return false;
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_MakePendingCalls")]
    public static int Py_MakePendingCalls()
    {
        var ts = Api.Ts("Py_MakePendingCalls");
        if (ts is null) return -1;
        try
        {
            if (!ts.Interpreter.IsMain) return 0;
            return ts.Interpreter.Runtime.PendingCalls.Run(ts) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>The ident threading.get_ident() shows for the calling thread.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyThread_get_thread_ident")]
    public static nuint PyThread_get_thread_ident() => (nuint)ThreadModule.CurrentIdent();

    [UnmanagedCallersOnly(EntryPoint = "PyThread_GetInfo")]
    public static nint PyThread_GetInfo()
    {
        var ts = Api.Ts("PyThread_GetInfo");
        if (ts is null) return 0;
        try
        {
            var sys = Isolated.Modules.Sys.SysState.Of(ts.Interpreter).SysModuleFor(ts);
            if (sys.Dict.GetStr("thread_info") is { } info) return Api.New(ts, info);
            ts.Raise(ExceptionKind.RuntimeError, "lost sys.thread_info");
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }
}
