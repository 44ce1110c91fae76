using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.CApi.Extensions;

namespace Isolated.CApi.Exports;

/// <summary>PyObject_Free, the other half of PyObject_Malloc (capi/objmem.c). Memory given to
/// PyObject_Init is a registered instance: freeing it must also forget the instance, which is
/// what a C type's tp_free does (vim sets tp_free to a wrapper of PyObject_Free).</summary>
internal static unsafe class ObjectMemory
{
    [UnmanagedCallersOnly(EntryPoint = "PyObject_Free")]
    public static void PyObject_Free(nint p)
    {
        if (p == 0) return;
        try
        {
            // Only the calling thread's interpreter can own an instance being freed under its GIL.
            var ts = BoundaryThread.Current.State;
            if (ts is not null && NativeInterpreterState.Of(ts.Interpreter).Instances.Contains(p))
                NativeInstances.Free(p);
            else
                NativeMemory.Free((void*)p);
        }
        catch (Exception e) { Fatal.Bug("PyObject_Free", e); }
    }
}
