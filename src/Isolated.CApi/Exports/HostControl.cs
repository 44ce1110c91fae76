using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>The host's controls over an interpreter (isolated.h, issue 8): interrupt and
/// terminate from any thread, per-call budgets, a hook every N ticks, a memory cap. These take a
/// PyInterpreterState* rather than the current thread state, so a host's watchdog thread that
/// holds no GIL may call them; they never run Python code.</summary>
internal static unsafe class HostControl
{
    const int Continue = 0, Interrupt = 1, Terminate = 2;

    static Interpreter? Target(nint interp, string function)
    {
        var i = NativeInterpreterState.FromPointer(interp);
        if (i is null || i.IsEnded)
        {
            Fatal.Report(function, interp == 0 ? "NULL interpreter" : "the interpreter has ended");
            return null;
        }
        return i;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_Interrupt")]
    public static int PyIsolated_Interrupt(nint interp, int kind)
    {
        try
        {
            if (kind is not (Interrupt or Terminate)) return -1;
            var i = Target(interp, "PyIsolated_Interrupt");
            return i is null ? -1 : i.Host.Request(kind == Terminate ? StopKind.Terminate : StopKind.Interrupt);
        }
        catch (Exception e)
        {
            Fatal.Bug("PyIsolated_Interrupt", e);
            return -1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_SetBudget")]
    public static int PyIsolated_SetBudget(nint interp, long maxTicks, long maxMilliseconds)
    {
        try
        {
            if (maxTicks < 0 || maxMilliseconds < 0) return -1;
            var i = Target(interp, "PyIsolated_SetBudget");
            if (i is null) return -1;
            i.Host.SetBudget(maxTicks, maxMilliseconds);
            return 0;
        }
        catch (Exception e)
        {
            Fatal.Bug("PyIsolated_SetBudget", e);
            return -1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_SetHook")]
    public static int PyIsolated_SetHook(nint interp, delegate* unmanaged<nint, long, nint, int> hook, long every, nint userdata)
    {
        try
        {
            var i = Target(interp, "PyIsolated_SetHook");
            if (i is null) return -1;
            if (hook == null)
            {
                i.Host.SetHook(null, 0);
                return 0;
            }
            if (every <= 0) return -1;
            nint self = interp;
            nint fn = (nint)hook;
            i.Host.SetHook((ts, ticks) =>
            {
                int verdict = ((delegate* unmanaged<nint, long, nint, int>)fn)(self, ticks, userdata);
                return verdict switch { Interrupt => StopKind.Interrupt, Terminate => StopKind.Terminate, _ => StopKind.None };
            }, every);
            return 0;
        }
        catch (Exception e)
        {
            Fatal.Bug("PyIsolated_SetHook", e);
            return -1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_SetMemoryLimit")]
    public static int PyIsolated_SetMemoryLimit(nint interp, long bytes)
    {
        try
        {
            if (bytes < 0) return -1;
            var i = Target(interp, "PyIsolated_SetMemoryLimit");
            if (i is null) return -1;
            i.Host.Memory.SetLimit(bytes);
            return 0;
        }
        catch (Exception e)
        {
            Fatal.Bug("PyIsolated_SetMemoryLimit", e);
            return -1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_GetMemoryUsage")]
    public static long PyIsolated_GetMemoryUsage(nint interp)
    {
        try
        {
            var i = Target(interp, "PyIsolated_GetMemoryUsage");
            return i is null ? -1 : i.Host.Memory.Used;
        }
        catch (Exception e)
        {
            Fatal.Bug("PyIsolated_GetMemoryUsage", e);
            return -1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_GetNativeHeaders")]
    public static int PyIsolated_GetNativeHeaders(nint interp, long* live, long* parked)
    {
        try
        {
            var i = Target(interp, "PyIsolated_GetNativeHeaders");
            if (i is null) return -1;
            var arena = NativeInterpreterState.Of(i).Arena;
            if (live != null) *live = arena.LiveHeaders;
            if (parked != null) *parked = arena.ParkedHeaders;
            return 0;
        }
        catch (Exception e)
        {
            Fatal.Bug("PyIsolated_GetNativeHeaders", e);
            return -1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_ErrTerminated")]
    public static int PyIsolated_ErrTerminated()
    {
        var ts = BoundaryThread.Current.State;
        return ts?.CurrentException is PyTermination ? 1 : 0;
    }
}
