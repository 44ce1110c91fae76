using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>Thread states, interpreter states and the GIL (pystate.h, ceval.h). Every
/// interpreter has its own GIL, so making a thread state current takes its interpreter's GIL
/// and releases the previous one's.</summary>
internal static class Threads
{
    /// <summary>Makes <paramref name="ts"/> current on this thread: releases the GIL of the
    /// previous current thread state (if it holds it) and takes ts's. Returns the previous.</summary>
    internal static ThreadState? MakeCurrent(ThreadState? ts)
    {
        var bt = BoundaryThread.Current;
        var old = bt.State;
        if (ReferenceEquals(old, ts)) return old;
        if (old is not null && old.Interpreter.Gil.IsHeldBy(old)) old.Interpreter.Gil.Release(old);
        bt.State = null;
        if (ts is not null)
        {
            if (!ts.Interpreter.Gil.IsHeldBy(ts)) ts.Interpreter.Gil.Acquire(ts);
            ts.OwnerThreadId = Environment.CurrentManagedThreadId;
            bt.State = ts;
        }
        return old;
    }

    /// <summary>The current thread state, reporting the misuse when there is none.</summary>
    internal static ThreadState? Current(string function)
    {
        var ts = BoundaryThread.Current.State;
        if (ts is null)
            Fatal.Report(function, "the function must be called with the GIL held, after Python initialization and before Python finalization, but the GIL is released (the current Python thread state is NULL)");
        return ts;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_Get")]
    public static nint PyThreadState_Get()
    {
        var ts = Current("PyThreadState_Get");
        return ts is null ? 0 : NativeThreadState.Pointer(ts);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_Swap")]
    public static nint PyThreadState_Swap(nint tstate)
    {
        try
        {
            var ts = NativeThreadState.FromPointer(tstate);
            if (ts is not null && ts.Interpreter.IsEnded)
            {
                Fatal.Report("PyThreadState_Swap", "the thread state's interpreter has ended");
                return 0;
            }
            var old = MakeCurrent(ts);
            return old is null ? 0 : NativeThreadState.Pointer(old);
        }
        catch (Exception e)
        {
            Fatal.Bug("PyThreadState_Swap", e);
            return 0;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_New")]
    public static nint PyThreadState_New(nint interpPtr)
    {
        try
        {
            var interp = NativeInterpreterState.FromPointer(interpPtr);
            if (interp is null || interp.IsEnded)
            {
                Fatal.Report("PyThreadState_New", interp is null ? "NULL interpreter" : "the interpreter has ended");
                return 0;
            }
            return NativeThreadState.Pointer(interp.NewThreadState());
        }
        catch (Exception e)
        {
            Fatal.Bug("PyThreadState_New", e);
            return 0;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_Clear")]
    public static void PyThreadState_Clear(nint tstate)
    {
        var ts = NativeThreadState.FromPointer(tstate);
        if (ts is null) { Fatal.Report("PyThreadState_Clear", "NULL thread state"); return; }
        ts.CurrentException = null;
        ts.HandledException = null;
        ts.Execution = null;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_Delete")]
    public static void PyThreadState_Delete(nint tstate)
    {
        try
        {
            var ts = NativeThreadState.FromPointer(tstate);
            if (ts is null) { Fatal.Report("PyThreadState_Delete", "NULL thread state"); return; }
            var bt = BoundaryThread.Current;
            if (ReferenceEquals(bt.State, ts))
            {
                Fatal.Report("PyThreadState_Delete", "tstate is still current");
                return;
            }
            if (ReferenceEquals(bt.GilState, ts))
            {
                bt.GilState = null;
                bt.GilStateCounter = 0;
            }
            ts.Interpreter.DeleteThreadState(ts);
            NativeThreadState.Release(ts);
        }
        catch (Exception e)
        {
            Fatal.Bug("PyThreadState_Delete", e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_GetInterpreter")]
    public static nint PyThreadState_GetInterpreter(nint tstate)
    {
        var ts = NativeThreadState.FromPointer(tstate);
        if (ts is null) { Fatal.Report("PyThreadState_GetInterpreter", "NULL thread state"); return 0; }
        return NativeInterpreterState.Of(ts.Interpreter).Pointer;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyThreadState_GetID")]
    public static ulong PyThreadState_GetID(nint tstate)
    {
        var ts = NativeThreadState.FromPointer(tstate);
        if (ts is null) { Fatal.Report("PyThreadState_GetID", "NULL thread state"); return 0; }
        return (ulong)ts.Id;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyInterpreterState_Get")]
    public static nint PyInterpreterState_Get()
    {
        var ts = Current("PyInterpreterState_Get");
        return ts is null ? 0 : NativeInterpreterState.Of(ts.Interpreter).Pointer;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyInterpreterState_GetID")]
    public static long PyInterpreterState_GetID(nint interpPtr)
    {
        var interp = NativeInterpreterState.FromPointer(interpPtr);
        if (interp is null)
        {
            BoundaryThread.Current.State?.Raise(Objects.ExceptionKind.RuntimeError, "no interpreter provided");
            return -1;
        }
        return interp.Id;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyInterpreterState_Main")]
    public static nint PyInterpreterState_Main()
    {
        var rt = ProcessRuntime.Instance;
        return rt is null ? 0 : NativeInterpreterState.Of(rt.Main).Pointer;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyInterpreterState_GetDict")]
    public static nint PyInterpreterState_GetDict(nint interpPtr)
    {
        var interp = NativeInterpreterState.FromPointer(interpPtr);
        if (interp is null || interp.IsEnded) return 0;
        return ObjectBridge.Borrowed(interp, interp.Dict);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_SaveThread")]
    public static nint PyEval_SaveThread()
    {
        var ts = Current("PyEval_SaveThread");
        if (ts is null) return 0;
        MakeCurrent(null);
        return NativeThreadState.Pointer(ts);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_RestoreThread")]
    public static void PyEval_RestoreThread(nint tstate) => Attach(tstate, "PyEval_RestoreThread");

    [UnmanagedCallersOnly(EntryPoint = "PyEval_AcquireThread")]
    public static void PyEval_AcquireThread(nint tstate) => Attach(tstate, "PyEval_AcquireThread");

    static void Attach(nint tstate, string function)
    {
        try
        {
            var ts = NativeThreadState.FromPointer(tstate);
            if (ts is null) { Fatal.Report(function, "NULL thread state"); return; }
            if (ts.Interpreter.IsEnded) { Fatal.Report(function, "the thread state's interpreter has ended"); return; }
            MakeCurrent(ts);
        }
        catch (Exception e)
        {
            Fatal.Bug(function, e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_ReleaseThread")]
    public static void PyEval_ReleaseThread(nint tstate)
    {
        var ts = NativeThreadState.FromPointer(tstate);
        if (ts is null) { Fatal.Report("PyEval_ReleaseThread", "NULL thread state"); return; }
        if (!ReferenceEquals(BoundaryThread.Current.State, ts))
        {
            Fatal.Report("PyEval_ReleaseThread", "wrong thread state");
            return;
        }
        MakeCurrent(null);
    }
}
