using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;

namespace Isolated.CApi.Exports;

/// <summary>PyGILState_*: lets any thread, with or without a thread state, run code in the
/// main interpreter (as in CPython, the GILState API serves the main interpreter only).</summary>
internal static class GilState
{
    const int Locked = 0, Unlocked = 1;

    [UnmanagedCallersOnly(EntryPoint = "PyGILState_Ensure")]
    public static int PyGILState_Ensure()
    {
        try
        {
            var rt = ProcessRuntime.Instance;
            if (rt is null)
            {
                Fatal.Report("PyGILState_Ensure", "the runtime is not initialized");
                return Unlocked;
            }
            var bt = BoundaryThread.Current;
            if (bt.GilState is { } stale && stale.Interpreter.IsEnded)
            {
                // Left over from before a Py_Finalize/Py_Initialize cycle.
                bt.GilState = null;
                bt.GilStateCounter = 0;
                if (ReferenceEquals(bt.State, stale)) bt.State = null;
            }
            if (bt.GilState is null)
            {
                bt.GilState = rt.Main.NewThreadState();
                bt.GilStateCounter = 0;
            }
            var ts = bt.GilState;
            bt.GilStateCounter++;
            if (ReferenceEquals(bt.State, ts) && ts.Interpreter.Gil.IsHeldBy(ts)) return Locked;
            Threads.MakeCurrent(ts);
            return Unlocked;
        }
        catch (Exception e)
        {
            Fatal.Bug("PyGILState_Ensure", e);
            return Unlocked;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyGILState_Release")]
    public static void PyGILState_Release(int state)
    {
        try
        {
            var bt = BoundaryThread.Current;
            var ts = bt.GilState;
            if (ts is null || bt.GilStateCounter <= 0)
            {
                Fatal.Report("PyGILState_Release", "auto-releasing thread-state, but no thread-state for this thread");
                return;
            }
            if (!ReferenceEquals(bt.State, ts))
            {
                Fatal.Report("PyGILState_Release", "thread state mismatch: the thread state of PyGILState_Ensure is not current");
                return;
            }
            bt.GilStateCounter--;
            if (bt.GilStateCounter == 0)
            {
                // The thread state was made by Ensure: delete it (CPython deletes it too).
                Threads.MakeCurrent(null);
                ts.Interpreter.DeleteThreadState(ts);
                NativeThreadState.Release(ts);
                bt.GilState = null;
            }
            else if (state == Unlocked)
            {
                Threads.MakeCurrent(null);
            }
        }
        catch (Exception e)
        {
            Fatal.Bug("PyGILState_Release", e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyGILState_Check")]
    public static int PyGILState_Check()
    {
        var ts = BoundaryThread.Current.State;
        return ts is not null && ts.Interpreter.Gil.IsHeldBy(ts) ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyGILState_GetThisThreadState")]
    public static nint PyGILState_GetThisThreadState()
    {
        var ts = BoundaryThread.Current.GilState;
        return ts is null || ts.Interpreter.IsEnded ? 0 : NativeThreadState.Pointer(ts);
    }
}
