using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Modules.Gc;
using Isolated.Modules.Weakref;

namespace Isolated.CApi.Exports;

/// <summary>PyGC_* (objimpl.h): the gc module's collect/enable/disable/isenabled. Memory is
/// the .NET collector's, so the enabled flag is recorded (gc.isenabled() sees it) but does not
/// stop .NET collections (it does stop the automatic collections of native cycles); PyGC_Collect
/// collects cycles through native instances' C fields, runs a full collection, the weakref
/// callbacks, tp_dealloc of native instances and capsule destructors it queued, and reports the
/// number of unreachable native instances it destroyed (the .NET collector does not count managed
/// objects).</summary>
internal static class GarbageCollector
{
    [UnmanagedCallersOnly(EntryPoint = "PyGC_Collect")]
    public static nint PyGC_Collect()
    {
        var ts = Api.Ts("PyGC_Collect");
        if (ts is null) return 0;
        try
        {
            // As CPython: an exception already set survives the collection.
            var saved = ts.FetchError();
            int found = GcModule.FullCollection(ts);
            // Native instances and capsules the collection found dead: tp_dealloc / destructors now.
            if (ts.Interpreter.NativeState is Bridge.NativeInterpreterState native) native.DrainPending(ts);
            ts.CurrentException = saved;
            return found;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static int SetEnabled(string function, bool? enable)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        var states = ModuleStates.Of(ts.Interpreter);
        bool was = states.GcEnabled;
        if (enable is { } e) states.GcEnabled = e;
        return was ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyGC_Enable")]
    public static int PyGC_Enable() => SetEnabled("PyGC_Enable", true);

    [UnmanagedCallersOnly(EntryPoint = "PyGC_Disable")]
    public static int PyGC_Disable() => SetEnabled("PyGC_Disable", false);

    [UnmanagedCallersOnly(EntryPoint = "PyGC_IsEnabled")]
    public static int PyGC_IsEnabled() => SetEnabled("PyGC_IsEnabled", null);
}
