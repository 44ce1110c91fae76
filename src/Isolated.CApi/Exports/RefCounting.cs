using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;

namespace Isolated.CApi.Exports;

/// <summary>The out-of-line parts of reference counting: Py_INCREF/Py_DECREF are inline in
/// object.h and call in only when a count leaves or reaches zero.</summary>
internal static unsafe class RefCounting
{
    [UnmanagedCallersOnly(EntryPoint = "_Py_Dealloc")]
    public static void _Py_Dealloc(nint op)
    {
        try
        {
            ObjectBridge.Dealloc(op);
        }
        catch (Exception e)
        {
            Fatal.Bug("_Py_Dealloc", e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "_Py_IncRefFromZero")]
    public static void _Py_IncRefFromZero(nint op)
    {
        try
        {
            ObjectBridge.CountedAgain(op);
        }
        catch (Exception e)
        {
            Fatal.Bug("_Py_IncRefFromZero", e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_IncRef")]
    public static void Py_IncRef(nint op)
    {
        if (op != 0 && (*NativeArena.RefCount(op))++ == 0) ObjectBridge.CountedAgain(op);
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_DecRef")]
    public static void Py_DecRef(nint op)
    {
        if (op != 0 && --(*NativeArena.RefCount(op)) == 0) ObjectBridge.Dealloc(op);
    }
}
